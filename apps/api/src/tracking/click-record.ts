import type { VisitKind } from '@chorus/core';

/** One request to a tracked link, as captured, waiting to be written. */
export interface ClickRecord {
  /** Given at capture (see `newEventId`): writing the event again counts nothing. */
  id: string;
  shareId: string;
  /** Milliseconds since the epoch. */
  at: number;
  /** The organisation's calendar day of `at` (YYYY-MM-DD): the day it is counted on. */
  day: string;
  kind: VisitKind;
  crawler: string | null;
  visitor: string | null;
}

/** A click as the redirect sees it; the writer gives it its id. */
export type CapturedClick = Omit<ClickRecord, 'id'>;
