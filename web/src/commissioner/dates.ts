/** Calendar dates (the API's Date scalar, YYYY-MM-DD, already London days) as people read them. */
const calendar = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });

/** "4 Mar 2026" for "2026-03-04". */
export function formatDate(value: string): string {
  return calendar.format(new Date(`${value}T00:00:00Z`));
}

/** An instant `days` days before `now`, for "the last N days". */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}
