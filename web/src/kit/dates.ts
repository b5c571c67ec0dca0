/** Dates and times as people in England and Wales read them, in London time whatever the device says. */
const ZONE = 'Europe/London';

const time = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
const dayAndTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const day = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'short', day: 'numeric', month: 'short' });
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

export function formatTime(value: string | Date): string {
  return time.format(new Date(value));
}

export function formatDayAndTime(value: string | Date): string {
  return dayAndTime.format(new Date(value));
}

export function formatDay(value: string | Date): string {
  return day.format(new Date(value));
}

/** YYYY-MM-DD of the London calendar day containing `value`. */
export function londonDay(value: string | Date = new Date()): string {
  return isoDay.format(new Date(value));
}

/** "4 min 05 s" until `until`, or null once it has passed. */
export function countdown(until: string | Date, now: Date): string | null {
  const ms = new Date(until).getTime() - now.getTime();
  if (ms <= 0) return null;
  const seconds = Math.floor(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** YYYY-MM-DD plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "Sat 28 Mar" for a YYYY-MM-DD (noon UTC is the same London day all year). */
export function formatDate(day: string): string {
  return formatDay(`${day}T12:00:00Z`);
}

/** "today", "tomorrow", "Sat 28 Mar". */
export function relativeDay(day: string, today = londonDay()): string {
  const diff = daysBetween(today, day);
  if (diff === 0) return 'today';
  if (diff === 1) return 'tomorrow';
  if (diff === -1) return 'yesterday';
  return formatDate(day);
}

const calendarWithYear = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** "4 Mar 2026" for "2026-03-04". */
export function formatLongDate(value: string): string {
  return calendarWithYear.format(new Date(`${value}T00:00:00Z`));
}

/** An instant `days` days before `now`, for "the last N days". */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}
