const pad = (value: number) => String(value).padStart(2, '0');

/** An API moment as the value of a `datetime-local` input, in the viewer's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return '';
  return (
    `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}` +
    `T${pad(moment.getHours())}:${pad(moment.getMinutes())}`
  );
}

/** A `datetime-local` value (the viewer's time zone) as an API moment; null when empty. */
export function fromLocalInput(value: string): string | null {
  if (value === '') return null;
  // Without an offset, a date and time is read in the local time zone.
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? null : moment.toISOString();
}
