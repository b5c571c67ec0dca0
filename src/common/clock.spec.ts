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
