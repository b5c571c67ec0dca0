import { addDays, addWorkingDays, isBankHoliday, isWorkingDay } from './working-days';

describe('working days in England and Wales', () => {
  it('counts 9 working days across Christmas and New Year', () => {
    // Wed 2026-12-23: 24th, 29th, 30th, 31st, Jan 4th..8th (25th, 28th substitute for Boxing Day, 1st off)
    expect(addWorkingDays('2026-12-23', 9)).toBe('2027-01-08');
  });

  it('skips Good Friday and Easter Monday', () => {
    // Easter 2027: Good Friday 26 March, Easter Monday 29 March
    expect(isBankHoliday('2027-03-26')).toBe(true);
    expect(isBankHoliday('2027-03-29')).toBe(true);
    expect(addWorkingDays('2027-03-24', 3)).toBe('2027-03-31');
  });

  it('knows a substitute bank holiday', () => {
    // Boxing Day 2026 is a Saturday: the substitute is Monday 28 December
    expect(isBankHoliday('2026-12-28')).toBe(true);
    expect(isWorkingDay('2026-12-28')).toBe(false);
  });

  it('knows a one-off bank holiday', () => {
    expect(isBankHoliday('2023-05-08')).toBe(true); // the coronation of King Charles III
    expect(isBankHoliday('2022-09-19')).toBe(true); // the state funeral of Queen Elizabeth II
  });

  it('starts counting the next working day from a weekend', () => {
    expect(addWorkingDays('2026-11-21', 1)).toBe('2026-11-23'); // Saturday → Monday
    expect(addWorkingDays('2026-11-22', 9)).toBe('2026-12-03'); // Sunday + 9
  });

  it('does not treat Scottish-only holidays as England and Wales ones', () => {
    expect(isBankHoliday('2026-11-30')).toBe(false); // St Andrew's Day
    expect(isBankHoliday('2027-01-04')).toBe(false); // 2 January substitute is Scotland's
  });

  it('adds calendar days across a month end', () => {
    expect(addDays('2026-11-22', 45)).toBe('2027-01-06');
  });
});
