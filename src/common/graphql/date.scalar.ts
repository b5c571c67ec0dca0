import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** YYYY-MM-DD that names a real calendar day. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError('Expected a Date, YYYY-MM-DD.');
  }
  return value;
}

/** A calendar date, YYYY-MM-DD, in Europe/London. Kept as that string end to end. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD, in Europe/London.',
  serialize: (value) => {
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    throw new GraphQLError('Date cannot represent this value.');
  },
  parseValue: parse,
  // Not a GraphQLError: graphql-js then reports it at the value's place in the query, so the
  // refusal can name the field (format-error.ts), as it does for a variable.
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isCalendarDate(ast.value)) throw new TypeError('Expected a Date, YYYY-MM-DD.');
    return ast.value;
  },
});
