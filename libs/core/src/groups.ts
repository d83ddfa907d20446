/** The managed lists people are grouped by, for targeting and analytics. */
export const GROUP_KINDS = ['department', 'location'] as const;

export type GroupKind = (typeof GROUP_KINDS)[number];

export function isGroupKind(value: unknown): value is GroupKind {
  return typeof value === 'string' && (GROUP_KINDS as readonly string[]).includes(value);
}
