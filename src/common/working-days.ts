import Holidays from 'date-holidays';

// England and Wales share their bank holidays (Scotland and Northern Ireland differ).
const ENGLAND_AND_WALES = new Holidays('GB', 'ENG');

/** YYYY-MM-DD plus whole calendar days. */
export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T12:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/**
 * A bank holiday in England and Wales, substitute days and one-off holidays included; `extra` adds
 * days the date library does not know yet (EXTRA_BANK_HOLIDAYS: a one-off proclaimed holiday).
 */
export function isBankHoliday(date: string, extra: readonly string[] = []): boolean {
  if (extra.includes(date)) return true;
  const holidays = ENGLAND_AND_WALES.isHoliday(new Date(`${date}T12:00:00Z`));
  return Array.isArray(holidays) && holidays.some((holiday) => holiday.type === 'public' || holiday.type === 'bank');
}

export function isWorkingDay(date: string, extra: readonly string[] = []): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(date, extra);
}

/** The date `count` working days after `date` (Monday to Friday, not bank holidays). */
export function addWorkingDays(date: string, count: number, extra: readonly string[] = []): string {
  let day = date;
  for (let added = 0; added < count;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, extra)) added += 1;
  }
  return day;
}

/** Working days from `from` to `to`, `from` excluded and `to` included (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, extra: readonly string[] = []): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, extra)) count += 1;
  return count;
}
