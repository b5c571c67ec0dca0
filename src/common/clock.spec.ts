import { addLondonDays, londonDate } from './clock';

describe('addLondonDays', () => {
  it('keeps the London wall-clock time across the spring clock change (a 23-hour night)', () => {
    // Sat 28 Mar 2026 20:00 GMT; the clocks go forward at 01:00 on Sunday 29th.
    expect(addLondonDays(new Date('2026-03-28T20:00:00Z'), 2).toISOString()).toBe('2026-03-30T19:00:00.000Z');
    expect(addLondonDays(new Date('2026-03-28T20:00:00Z'), 1).toISOString()).toBe('2026-03-29T19:00:00.000Z');
  });

  it('keeps it across the autumn change (a 25-hour night)', () => {
    // Sat 24 Oct 2026 20:00 BST (19:00 UTC); the clocks go back at 02:00 on Sunday 25th.
    expect(addLondonDays(new Date('2026-10-24T19:00:00Z'), 1).toISOString()).toBe('2026-10-25T20:00:00.000Z');
  });

  it('is plain 24-hour days when no change falls between, and keeps milliseconds', () => {
    expect(addLondonDays(new Date('2026-11-22T23:30:00.250Z'), 3).toISOString()).toBe('2026-11-25T23:30:00.250Z');
    expect(addLondonDays(new Date('2026-07-01T23:30:00Z'), 1).toISOString()).toBe('2026-07-02T23:30:00.000Z');
    expect(londonDate(addLondonDays(new Date('2026-07-01T23:30:00Z'), 1))).toBe('2026-07-03');
  });
});

describe('londonDate', () => {
  const fresh = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', dateStyle: 'short' });

  it('gives the London date at midnight either side of both 2026 clock changes', () => {
    expect(londonDate(new Date('2026-03-28T23:59:59.999Z'))).toBe('2026-03-28');
    expect(londonDate(new Date('2026-03-29T00:00:00Z'))).toBe('2026-03-29');
    expect(londonDate(new Date('2026-07-01T22:59:59.999Z'))).toBe('2026-07-01'); // 23:59 BST
    expect(londonDate(new Date('2026-07-01T23:00:00Z'))).toBe('2026-07-02'); // midnight BST
    expect(londonDate(new Date('2026-10-24T22:59:59.999Z'))).toBe('2026-10-24');
    expect(londonDate(new Date('2026-10-24T23:00:00Z'))).toBe('2026-10-25');
    expect(londonDate(new Date('2026-10-25T23:59:59.999Z'))).toBe('2026-10-25'); // GMT again
    expect(londonDate(new Date('2026-10-26T00:00:00Z'))).toBe('2026-10-26');
  });

  it('agrees with a fresh conversion at every instant of a year, asked in order and out of order', () => {
    const start = Date.UTC(2026, 0, 1);
    const instants: number[] = [];
    for (let at = start; at < Date.UTC(2027, 0, 1); at += 7 * 60_000 + 13_001) instants.push(at);
    const shuffled = instants.map((at, i) => instants[(i * 7919) % instants.length]);
    for (const at of [...instants, ...shuffled]) {
      expect(londonDate(new Date(at))).toBe(fresh.format(at));
    }
    expect(() => londonDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
