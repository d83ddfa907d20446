import type { EscalationNetwork } from './advocacy';
import { renderMessage, type MessageKey, type MessageParams } from './messages';

/** An approved item as a chat message shows it. */
export interface ChatItem {
  id: string;
  title: string;
  summary: string | null;
  /** The site it comes from ("Acme Newsroom"), when known. */
  siteName: string | null;
  /** Absolute address of its thumbnail, served by Chorus and readable without signing in. */
  imageUrl: string | null;
}

/** A new report of a hostile comment, for the social media team's channel. */
export interface ChatReport {
  id: string;
  network: EscalationNetwork;
  /** The reported post's address, as the reporter gave it. */
  url: string;
  excerpt: string;
  description: string;
  /** Who reported it; null once their account is gone. */
  reporterName: string | null;
}

/** Where and in which language a message is written. */
export interface ChatMessageContext {
  /** The address people open Chorus at, without a trailing slash. */
  publicUrl: string;
  /** The channel's language (a UI language). */
  language: string;
}

/** What a message is about: an approved item, a new report, or the admin's test. */
export type ChatSubject =
  { kind: 'item'; item: ChatItem } | { kind: 'report'; report: ChatReport } | { kind: 'test' };

/** A sentence of the `chat` namespace, e.g. `chat:item.share`. */
export type ChatMessageKey = Extract<MessageKey, `chat:${string}`>;

/**
 * The catalogue's chat sentences in a channel's language, for the Slack and Teams builders:
 * `const say = chatWords(language); say('chat:item.from', { site })`.
 */
export function chatWords(language: string) {
  return (key: ChatMessageKey, params: MessageParams = {}): string =>
    renderMessage(language, key, params);
}

/** Whether a link a person typed may become a button (web addresses only). */
export function isWebLink(value: string, maxLength: number): boolean {
  if (value.length > maxLength) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
