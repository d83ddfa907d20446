import type { CoverageRow } from '../api/policy-coverage-queries';
import type { DistributionRow } from '../api/training-distribution-queries';

export type CoverageCounts = Pick<
  CoverageRow,
  'people' | 'enrolled' | 'acknowledged' | 'enrolledAcknowledged' | 'languages'
>;

export type DistributionCounts = Pick<DistributionRow, 'people' | 'enrolled' | 'byStage'>;

/** Not started, then stages 1 to 3: the length of `byStage`. */
export const STAGE_BUCKETS = 4;

export function coverageTotals(rows: readonly CoverageRow[]): CoverageCounts {
  return rows.reduce<CoverageCounts>(
    (total, row) => ({
      people: total.people + row.people,
      enrolled: total.enrolled + row.enrolled,
      acknowledged: total.acknowledged + row.acknowledged,
      enrolledAcknowledged: total.enrolledAcknowledged + row.enrolledAcknowledged,
      languages: languageTotals([...total.languages, ...row.languages]),
    }),
    { people: 0, enrolled: 0, acknowledged: 0, enrolledAcknowledged: 0, languages: [] },
  );
}

/** People per language signed, summed over rows: most signed first, then by code. */
function languageTotals(entries: CoverageRow['languages']): CoverageRow['languages'] {
  const totals = new Map<CoverageRow['languages'][number]['language'], number>();
  for (const { language, people } of entries) {
    totals.set(language, (totals.get(language) ?? 0) + people);
  }
  return [...totals]
    .map(([language, people]) => ({ language, people }))
    .sort((a, b) => b.people - a.people || a.language.localeCompare(b.language));
}

export function distributionTotals(rows: readonly DistributionRow[]): DistributionCounts {
  return rows.reduce<DistributionCounts>(
    (total, row) => ({
      people: total.people + row.people,
      enrolled: total.enrolled + row.enrolled,
      byStage: total.byStage.map((count, stage) => count + (row.byStage[stage] ?? 0)),
    }),
    { people: 0, enrolled: 0, byStage: Array<number>(STAGE_BUCKETS).fill(0) },
  );
}

/** `part` as a share of `whole`, from 0 to 1; null when there is no whole to share. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
