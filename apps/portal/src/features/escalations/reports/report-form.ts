import { ESCALATION_NETWORKS, type EscalationNetwork } from '@chorus/core';
import type { ReportCommentBody } from './use-report-comment';

/** A report as its form holds it. */
export interface ReportValues {
  url: string;
  network: EscalationNetwork | null;
  excerpt: string;
  description: string;
}

export const EMPTY_REPORT: ReportValues = { url: '', network: null, excerpt: '', description: '' };

export type ReportProblem = 'urlRequired' | 'urlInvalid' | 'networkRequired' | 'excerptRequired';

export function isEscalationNetwork(value: unknown): value is EscalationNetwork {
  return typeof value === 'string' && (ESCALATION_NETWORKS as readonly string[]).includes(value);
}

/** What keeps the form from being sent, field by field. */
export function reportProblems(
  values: ReportValues,
): Partial<Record<keyof ReportValues, ReportProblem>> {
  const problems: Partial<Record<keyof ReportValues, ReportProblem>> = {};
  const url = values.url.trim();
  if (url === '') problems.url = 'urlRequired';
  else if (hostOf(url) === null) problems.url = 'urlInvalid';
  if (values.network === null) problems.network = 'networkRequired';
  if (values.excerpt.trim() === '') problems.excerpt = 'excerptRequired';
  return problems;
}

/** The body for a report without problems. */
export function reportBody(values: ReportValues): ReportCommentBody {
  const description = values.description.trim();
  return {
    url: values.url.trim(),
    network: values.network ?? 'other',
    excerpt: values.excerpt.trim(),
    ...(description === '' ? {} : { description }),
  };
}

/** The sites of each network, by their domain; Mastodon has no one domain. */
const DOMAINS: [string, EscalationNetwork][] = [
  ['linkedin.com', 'linkedin'],
  ['x.com', 'x'],
  ['twitter.com', 'x'],
  ['facebook.com', 'facebook'],
  ['fb.com', 'facebook'],
  ['fb.watch', 'facebook'],
  ['instagram.com', 'instagram'],
  ['xing.com', 'xing'],
  ['bsky.app', 'bluesky'],
  ['reddit.com', 'reddit'],
  ['redd.it', 'reddit'],
  ['tiktok.com', 'tiktok'],
  ['youtube.com', 'youtube'],
  ['youtu.be', 'youtube'],
];

/** The network a link leads to, when its address tells; null otherwise. */
export function networkOfUrl(url: string): EscalationNetwork | null {
  const host = hostOf(url.trim());
  if (host === null) return null;
  const found = DOMAINS.find(([domain]) => host === domain || host.endsWith(`.${domain}`));
  return found ? found[1] : null;
}

/** The host of an http(s) address with a domain, or null when it is not one. */
function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
    return web && parsed.hostname.includes('.') ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}
