/** The time zones this browser knows, UTC first; read when asked (a long list). */
export const knownTimeZones = (): string[] => [
  ...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]),
];

/** The known zones, with `zone` first when the browser does not know it (saved elsewhere). */
export const timeZonesWith = (known: readonly string[], zone: string | null): string[] =>
  zone === null || known.includes(zone) ? [...known] : [zone, ...known];
