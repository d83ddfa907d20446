import {
  ESCALATION_NETWORKS,
  INPUT_LIMITS,
  MAX_URL_LENGTH,
  type EscalationNetwork,
} from '@chorus/core';
import { z } from 'zod';
import { requiredText, type FormMessage } from '../../../lib/forms';
import type { ReportCommentBody } from './use-report-comment';

/**
 * A report as its form checks it; the output is the body the API takes. `network` is the one
 * picked by hand: until one is, the report is about the network the link's address tells.
 */
export const reportSchema = z
  .object({
    url: requiredText(MAX_URL_LENGTH, 'reports.problems.urlRequired').refine(
      (url) => hostOf(url) !== null,
      { error: 'reports.problems.urlInvalid' satisfies FormMessage },
    ),
    network: z.enum(ESCALATION_NETWORKS).nullable(),
    excerpt: requiredText(INPUT_LIMITS.escalationExcerpt, 'reports.problems.excerptRequired'),
    description: z.string().trim().max(INPUT_LIMITS.escalationDescription),
  })
  .refine((values) => reportedNetwork(values) !== null, {
    path: ['network'],
    error: 'reports.problems.networkRequired' satisfies FormMessage,
    // Said together with the other fields' problems, not once they are solved.
    when: () => true,
  })
  .transform((values): ReportCommentBody => ({
    url: values.url,
    network: reportedNetwork(values) ?? 'other',
    excerpt: values.excerpt,
    ...(values.description === '' ? {} : { description: values.description }),
  }));

export type ReportValues = z.input<typeof reportSchema>;

export const EMPTY_REPORT: ReportValues = { url: '', network: null, excerpt: '', description: '' };

/** The network picked by hand, else the one the link leads to; null when neither tells. */
export function reportedNetwork(values: {
  url: string;
  network: EscalationNetwork | null;
}): EscalationNetwork | null {
  const { url, network } = values;
  return network ?? networkOfUrl(url);
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
  ['threads.com', 'threads'],
  ['threads.net', 'threads'],
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
