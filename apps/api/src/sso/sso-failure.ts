import type { SsoErrorReason } from '@chorus/core';

/**
 * A single sign-on that signed nobody in. The browser goes back to the sign-in page with the
 * reason; the message, for the log, says exactly what happened.
 */
export class SsoFailure extends Error {
  constructor(
    readonly reason: SsoErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'SsoFailure';
  }
}
