import Holidays from 'date-holidays';

// England and Wales share their bank holidays (Scotland and Northern Ireland differ).
const ENGLAND_AND_WALES = new Holidays('GB', 'ENG');

/** YYYY-MM-DD plus whole calendar days. */
export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T12:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/** A bank holiday in England and Wales, substitute days and one-off holidays included. */
export function isBankHoliday(date: string): boolean {
  const holidays = ENGLAND_AND_WALES.isHoliday(new Date(`${date}T12:00:00Z`));
  return Array.isArray(holidays) && holidays.some((holiday) => holiday.type === 'public' || holiday.type === 'bank');
}

export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(date);
}

/** The date `count` working days after `date` (Monday to Friday, not bank holidays). */
export function addWorkingDays(date: string, count: number): string {
  let day = date;
  for (let added = 0; added < count;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) added += 1;
  }
  return day;
}
