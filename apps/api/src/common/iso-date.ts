/** A date as the API sends it (ISO 8601), or null. */
export function isoOrNull(date: Date | null): string | null {
  return date?.toISOString() ?? null;
}
