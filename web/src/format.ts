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

/** Words for an enum value: PRE_NRM_EMERGENCY -> "pre NRM emergency". */
export function words(value: string): string {
  return value
    .toLowerCase()
    .split('_')
    .map((part) => (['nrm', 'rg', 'cg'].includes(part) ? part.toUpperCase() : part))
    .join(' ');
}
