import type { AnalyticsDimension } from '@chorus/core';
import type { TFunction } from 'i18next';
import { isContentKind, isShareNetwork } from '../../lib/value-guards';
import type { BreakdownRow } from './analytics-types';

/**
 * How a breakdown row is named: networks and kinds in the reader's language, the rest by the
 * name the API sends; a row without a key is "No department", "No campaign", and so on.
 */
export function breakdownLabel(
  by: AnalyticsDimension,
  row: Pick<BreakdownRow, 'key' | 'label'>,
  t: TFunction,
): string {
  if (row.key === null) return t(`analytics.breakdown.none.${by}`);
  if (by === 'network' && isShareNetwork(row.key)) return t(`networks.${row.key}`);
  if (by === 'kind' && isContentKind(row.key)) return t(`content.kinds.${row.key}`);
  return row.label ?? row.key;
}
