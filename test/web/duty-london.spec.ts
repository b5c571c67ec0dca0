import { fromLondonInput, toLondonInput } from '../../web/src/duty/london';

const at = (iso: string) => new Date(iso);

describe('London wall-clock time for the arrival input', () => {
  it('reads and writes GMT in winter and BST in summer', () => {
    expect(toLondonInput(at('2026-01-15T12:00:00Z'))).toBe('2026-01-15T12:00');
    expect(toLondonInput(at('2026-07-01T12:00:00Z'))).toBe('2026-07-01T13:00');
    expect(fromLondonInput('2026-01-15T12:00')).toEqual(at('2026-01-15T12:00:00Z'));
    expect(fromLondonInput('2026-07-01T13:00')).toEqual(at('2026-07-01T12:00:00Z'));
  });

  it('crosses midnight into the previous UTC day in summer', () => {
    expect(fromLondonInput('2026-06-01T00:30')).toEqual(at('2026-05-31T23:30:00Z'));
    expect(toLondonInput(at('2026-05-31T23:30:00Z'))).toBe('2026-06-01T00:30');
  });

  describe('when the clocks go forward (29 March 2026, 01:00 GMT becomes 02:00 BST)', () => {
    it('writes the last minute of GMT and the first of BST', () => {
      expect(toLondonInput(at('2026-03-29T00:59:00Z'))).toBe('2026-03-29T00:59');
      expect(toLondonInput(at('2026-03-29T01:00:00Z'))).toBe('2026-03-29T02:00');
    });

    it('reads times either side of the change', () => {
      expect(fromLondonInput('2026-03-29T00:30')).toEqual(at('2026-03-29T00:30:00Z'));
      expect(fromLondonInput('2026-03-29T02:00')).toEqual(at('2026-03-29T01:00:00Z'));
      expect(fromLondonInput('2026-03-29T03:00')).toEqual(at('2026-03-29T02:00:00Z'));
    });

    it('reads a time that never happened (01:30) as the hour after: 02:30 BST', () => {
      const instant = fromLondonInput('2026-03-29T01:30')!;
      expect(instant).toEqual(at('2026-03-29T01:30:00Z'));
      expect(toLondonInput(instant)).toBe('2026-03-29T02:30');
    });
  });

  describe('when the clocks go back (25 October 2026, 02:00 BST becomes 01:00 GMT)', () => {
    it('writes the hour that happens twice as 01:xx both times', () => {
      expect(toLondonInput(at('2026-10-25T00:30:00Z'))).toBe('2026-10-25T01:30');
      expect(toLondonInput(at('2026-10-25T01:30:00Z'))).toBe('2026-10-25T01:30');
      expect(toLondonInput(at('2026-10-25T00:59:00Z'))).toBe('2026-10-25T01:59');
      expect(toLondonInput(at('2026-10-25T01:00:00Z'))).toBe('2026-10-25T01:00');
    });

    it('reads times either side of the change', () => {
      expect(fromLondonInput('2026-10-25T00:30')).toEqual(at('2026-10-24T23:30:00Z'));
      expect(fromLondonInput('2026-10-25T02:00')).toEqual(at('2026-10-25T02:00:00Z'));
      expect(fromLondonInput('2026-10-24T23:00')).toEqual(at('2026-10-24T22:00:00Z'));
    });

    it('reads the hour that happens twice as its second time, in GMT', () => {
      expect(fromLondonInput('2026-10-25T01:30')).toEqual(at('2026-10-25T01:30:00Z'));
    });
  });

  it('reads back every quarter hour it writes across both change days, the repeated hour aside', () => {
    for (const day of ['2026-03-28T12:00:00Z', '2026-10-24T12:00:00Z']) {
      const start = at(day).getTime();
      for (let minutes = 0; minutes <= 24 * 60; minutes += 15) {
        const instant = new Date(start + minutes * 60_000);
        const back = fromLondonInput(toLondonInput(instant))!;
        // 00:00–00:59 UTC on 25 October is 01:xx BST, written the same as 01:xx GMT an hour later.
        const repeated = instant >= at('2026-10-25T00:00:00Z') && instant < at('2026-10-25T01:00:00Z');
        expect(back.getTime() - instant.getTime()).toBe(repeated ? 3_600_000 : 0);
      }
    }
  });

  it('refuses what is not a date and time', () => {
    expect(fromLondonInput('')).toBeNull();
    expect(fromLondonInput('tomorrow night')).toBeNull();
    expect(fromLondonInput('2026-03-29')).toBeNull();
  });
});
