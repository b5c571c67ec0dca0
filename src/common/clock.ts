import { Injectable } from '@nestjs/common';

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const LONDON_WALL_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

const DAY_MS = 24 * 60 * 60 * 1000;

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

const HOUR_MS = 60 * 60 * 1000;
let lastHour = Number.NaN;
let lastDate = '';

/**
 * The London calendar date of `instant`, YYYY-MM-DD. London's offset from UTC is a whole number of
 * hours and changes on the hour, so every instant of one UTC hour has one London date: the last
 * hour's answer is kept, as most calls (a search counted, a deadline checked) ask of the same hour.
 */
export function londonDate(instant: Date): string {
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  if (hour !== lastHour) {
    lastDate = LONDON_DATE.format(instant);
    lastHour = hour;
  }
  return lastDate;
}

/** London's offset from UTC at `instant`, in ms (0 in winter, one hour in summer). */
function londonOffsetMs(instant: Date): number {
  const part = Object.fromEntries(LONDON_WALL_CLOCK.formatToParts(instant).map(({ type, value }) => [type, +value]));
  const wallClock = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second);
  return wallClock - (instant.getTime() - instant.getUTCMilliseconds());
}

/**
 * `instant` moved by whole London calendar days: the same London wall-clock time `days` later,
 * across a clock change too (a night can be 23 or 25 hours). How a stay's nights are counted,
 * here and in the availability search's SQL alike.
 */
export function addLondonDays(instant: Date, days: number): Date {
  const sameUtcTime = new Date(instant.getTime() + days * DAY_MS);
  return new Date(sameUtcTime.getTime() + londonOffsetMs(instant) - londonOffsetMs(sameUtcTime));
}
