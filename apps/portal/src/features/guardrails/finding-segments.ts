import type { Finding } from '@chorus/guardrails';

/** A stretch of a post, with the findings that cover all of it (none: nothing to see). */
export interface Segment {
  start: number;
  text: string;
  findings: readonly Finding[];
}

/**
 * Cuts a post at every edge of a finding, so that each stretch is covered by the same findings
 * throughout: overlapping findings (a restricted term inside a too long tail) both show.
 */
export function segmentsOf(text: string, findings: readonly Finding[]): Segment[] {
  const edges = new Set([0, text.length]);
  for (const finding of findings) {
    edges.add(clamp(finding.start, text.length));
    edges.add(clamp(finding.end, text.length));
  }
  const cuts = [...edges].sort((a, b) => a - b);
  return cuts.slice(1).map((end, index) => {
    const start = cuts[index]!;
    return {
      start,
      text: text.slice(start, end),
      findings: findings.filter((finding) => finding.start <= start && end <= finding.end),
    };
  });
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(offset, 0), length);
}
