import fc from 'fast-check';
import { GraphQLError, Kind } from 'graphql';
import { DateTimeScalar, parseDateTime } from './date-time.scalar';

describe('DateTime', () => {
  it.each([
    ['2027-06-01T21:30:00Z', '2027-06-01T21:30:00.000Z'],
    ['2027-06-01t21:30:00z', '2027-06-01T21:30:00.000Z'],
    ['2027-06-01T22:30:00+01:00', '2027-06-01T21:30:00.000Z'],
    ['2027-06-01T16:30:00.25-05:00', '2027-06-01T21:30:00.250Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'], // a leap year's
    ['2026-10-25T01:30:00+01:00', '2026-10-25T00:30:00.000Z'], // London's repeated hour, made plain by its offset
  ])('reads %s as the instant %s', (text, instant) => {
    expect(parseDateTime(text)?.toISOString()).toBe(instant);
    expect((DateTimeScalar.parseValue(text) as Date).toISOString()).toBe(instant);
  });

  it.each([
    ['30 February', '2027-02-30T10:00:00Z'],
    ['29 February of a common year', '2027-02-29T10:00:00Z'],
    ['month 13', '2027-13-01T10:00:00Z'],
    ['24:00', '2027-06-01T24:00:00Z'],
    ['minute 60', '2027-06-01T10:60:00Z'],
    ['a leap second', '2027-06-30T23:59:60Z'],
    ['no offset (the server would guess it)', '2027-06-01T10:00:00'],
    ['a date alone', '2027-06-01'],
    ['an offset of 24 hours', '2027-06-01T10:00:00+24:00'],
    ['a space for T', '2027-06-01 10:00:00Z'],
    ['words', 'tomorrow night'],
    ['the empty string', ''],
  ])('refuses %s', (_what, text) => {
    expect(parseDateTime(text)).toBeUndefined();
    expect(() => DateTimeScalar.parseValue(text)).toThrow(GraphQLError);
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: text })).toThrow(TypeError);
  });

  it('refuses what is not a string', () => {
    for (const value of [0, 1796577044203, null, true, {}, new Date()]) {
      expect(() => DateTimeScalar.parseValue(value)).toThrow(GraphQLError);
    }
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '0' })).toThrow(TypeError);
  });

  it('reads back every instant it writes, to the millisecond', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true }),
        (d) => {
          const written = DateTimeScalar.serialize(d) as string;
          expect(written).toBe(d.toISOString());
          expect(parseDateTime(written)?.getTime()).toBe(d.getTime());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes nothing for an instant that is not one', () => {
    expect(() => DateTimeScalar.serialize(new Date(Number.NaN))).toThrow(GraphQLError);
    expect(() => DateTimeScalar.serialize('2027-02-30T10:00:00Z')).toThrow(GraphQLError);
  });
});
