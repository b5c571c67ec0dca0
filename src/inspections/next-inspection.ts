import { Rating } from './overall-rating';

/** Months from an inspection to the next one, by the overall rating (settings, CONTRACT.md). */
export interface InspectionIntervals {
  INSPECTION_MONTHS_INADEQUATE: number;
  INSPECTION_MONTHS_REQUIRES_IMPROVEMENT: number;
  INSPECTION_MONTHS_GOOD: number;
  INSPECTION_MONTHS_OUTSTANDING: number;
}

export function monthsToNextInspection(rating: Rating, intervals: InspectionIntervals): number {
  switch (rating) {
    case Rating.INADEQUATE:
      return intervals.INSPECTION_MONTHS_INADEQUATE;
    case Rating.REQUIRES_IMPROVEMENT:
      return intervals.INSPECTION_MONTHS_REQUIRES_IMPROVEMENT;
    case Rating.GOOD:
      return intervals.INSPECTION_MONTHS_GOOD;
    case Rating.OUTSTANDING:
      return intervals.INSPECTION_MONTHS_OUTSTANDING;
  }
}

/**
 * A calendar date (YYYY-MM-DD) plus whole months; a day the target month lacks becomes its last
 * day (31 August + 6 months = 28 or 29 February), as PostgreSQL's date + interval does.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(target / 12);
  const targetMonth = (target % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}
