import { addMonths, monthsToNextInspection } from './next-inspection';
import { Rating } from './overall-rating';

describe('addMonths', () => {
  it.each([
    ['2026-03-15', 6, '2026-09-15'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-12-01', 12, '2027-12-01'],
    ['2026-11-30', 24, '2028-11-30'],
    ['2026-07-31', 2, '2026-09-30'],
  ])('%s + %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('monthsToNextInspection', () => {
  const intervals = {
    INSPECTION_MONTHS_INADEQUATE: 6,
    INSPECTION_MONTHS_REQUIRES_IMPROVEMENT: 12,
    INSPECTION_MONTHS_GOOD: 24,
    INSPECTION_MONTHS_OUTSTANDING: 30,
  };

  it.each([
    [Rating.INADEQUATE, 6],
    [Rating.REQUIRES_IMPROVEMENT, 12],
    [Rating.GOOD, 24],
    [Rating.OUTSTANDING, 30],
  ])('gives %s its own interval', (rating, months) => {
    expect(monthsToNextInspection(rating, intervals)).toBe(months);
  });
});
