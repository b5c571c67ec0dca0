import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from './date.scalar';

/**
 * RFC 3339's date-time: a real calendar day, a real time of day, and the offset from UTC, which is
 * never guessed (a time without one would be read in the server's own zone).
 */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$/;

const EXPECTED = 'Expected a DateTime: a date, a time and its offset from UTC, like 2027-06-01T21:30:00Z.';

/** The instant a DateTime names, or undefined when the text is not one (30 February, 24:00, no offset). */
export function parseDateTime(text: string): Date | undefined {
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, day, hours, minutes, seconds, , , , offsetHours, offsetMinutes] = match;
  if (!isCalendarDate(day) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  if (offsetHours !== undefined && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) return undefined;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

function parse(value: unknown): Date {
  const instant = typeof value === 'string' ? parseDateTime(value) : undefined;
  if (!instant) throw new GraphQLError(EXPECTED);
  return instant;
}

/**
 * The API's one DateTime: an instant, written as RFC 3339 with its offset and read strictly, so a
 * date that does not exist is refused (BAD_USER_INPUT naming the field) rather than moved to
 * another day. Answers are in UTC (`…Z`). Use it, never @nestjs/graphql's GraphQLISODateTime,
 * which takes whatever JavaScript's Date takes.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant, ISO-8601 with an offset, e.g. 2026-11-22T02:15:00Z.',
  serialize: (value) => {
    const instant = typeof value === 'string' ? parseDateTime(value) : value;
    if (instant instanceof Date && !Number.isNaN(instant.getTime())) return instant.toISOString();
    throw new GraphQLError('DateTime cannot represent this value.');
  },
  parseValue: parse,
  // Not a GraphQLError: graphql-js then reports it at the value's place in the query, so the
  // refusal can name the field (format-error.ts), as it does for a variable.
  parseLiteral: (ast) => {
    const instant = ast.kind === Kind.STRING ? parseDateTime(ast.value) : undefined;
    if (!instant) throw new TypeError(EXPECTED);
    return instant;
  },
});
