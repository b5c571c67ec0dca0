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

describe('the England and Wales bank holidays of 2026 and 2027 (gov.uk/bank-holidays)', () => {
  // As gov.uk lists them; the weekend days themselves (Boxing Day 2026, Christmas and Boxing Day
  // 2027) are not working days anyway, so only the weekdays off are compared.
  const GOV_UK: Record<string, string[]> = {
    '2026': [
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ],
    '2027': [
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ],
  };

  it.each(Object.keys(GOV_UK))('%s: the weekdays off are exactly the published list', (year) => {
    const weekdaysOff: string[] = [];
    for (let day = `${year}-01-01`; day.startsWith(year); day = addDays(day, 1)) {
      const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
      if (weekday !== 0 && weekday !== 6 && !isWorkingDay(day)) weekdaysOff.push(day);
    }
    expect(weekdaysOff).toEqual(GOV_UK[year]);
  });

  it('adds the one-off days EXTRA_BANK_HOLIDAYS names', () => {
    expect(isWorkingDay('2027-06-07')).toBe(true);
    expect(isWorkingDay('2027-06-07', ['2027-06-07'])).toBe(false);
    expect(addWorkingDays('2027-06-04', 1, ['2027-06-07'])).toBe('2027-06-08');
  });
});
