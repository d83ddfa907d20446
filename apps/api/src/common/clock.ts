import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The current time, from one place a test can set: code that decides by the time of day (quiet
 * hours, schedules) asks this rather than `new Date()`.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** Offers the one Clock to every module, so that a test sets the time for all of them at once. */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
