// The part of pg-copy-streams (a development dependency, without types of its own) the data
// generator uses.
declare module 'pg-copy-streams' {
  import type { Writable } from 'node:stream';
  import type { Submittable } from 'pg';

  /** A `COPY ... FROM STDIN` query: write text rows to it, then end it. */
  export interface CopyStreamQuery extends Submittable, Writable {
    /** Rows copied, once the stream has finished. */
    rowCount: number;
  }

  export function from(text: string): CopyStreamQuery;
}
