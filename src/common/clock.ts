import { Injectable } from '@nestjs/common';

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The time, injectable so tests can move it instead of sleeping. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date in Europe/London, YYYY-MM-DD. */
  today(): string {
    return londonDate(this.now());
  }
}

export function londonDate(instant: Date): string {
  return LONDON_DATE.format(instant);
}
