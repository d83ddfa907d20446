/** class-transformer helpers shared by the DTOs: text arrives trimmed, blank optional text as null. */
export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

export const trimOrNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : value;

/** Each text of a list trimmed (for lists of options, names...). */
export const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => trim({ value: item })) : value;
