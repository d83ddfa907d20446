import { countPost, overflowOffset, postWithLink, type VariantNetwork } from '@chorus/core';
import type { Finding } from './findings';

/**
 * The length check: whether a post, with its link appended as it will be shared, fits the
 * network. The counting is `@chorus/core`'s (`countPost`, as `measurePost` counts); the finding
 * spans the text from the first character past the limit to the end, so the author sees what
 * does not fit.
 */

/** The length finding for a post, or null when it fits (or the network has no limit). */
export function findLength(text: string, network: VariantNetwork, link = ''): Finding | null {
  const { post, offset } = postWithLink(text, link);
  const counted = countPost(post, network);
  if (!counted.over || !counted.network || counted.limit === null) return null;
  const { length, limit } = counted;
  const overflow = overflowOffset(post, counted.network) ?? post.length;
  // The part past the limit, in the text; when only the appended link is past it, its last character.
  const start = Math.max(0, Math.min(overflow - offset, lastCharacterStart(text)));
  const end = text.length;
  return {
    kind: 'length',
    severity: 'block',
    start,
    end,
    key: network === 'any' ? 'guardrails:lengthAnyNetwork' : 'guardrails:length',
    params: { network: counted.network, length, limit },
    match: text.slice(start, end),
    limit,
    length,
  };
}

/** Where the text's last character starts (a surrogate pair is one character); 0 when empty. */
function lastCharacterStart(text: string): number {
  return text.length - ([...text.slice(-2)].at(-1)?.length ?? 0);
}
