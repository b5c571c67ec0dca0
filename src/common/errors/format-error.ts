import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error';
import { ErrorCode } from './error-reason';

export const GENERIC_MESSAGE =
  'Something went wrong on our side. Please try again; if it keeps happening, quote the reference.';

/** Codes Apollo and graphql-js give to a request the client got wrong. */
const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * A request the client got wrong: a code graphql-js or Apollo give to such requests, or an error
 * about the request as a whole (no path, nothing thrown underneath, e.g. "Too many errors
 * processing variables").
 */
function isClientError(formatted: GraphQLFormattedError, original: unknown): boolean {
  if (isResolverFault(original)) return false;
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) return true;
  return !formatted.path && original instanceof GraphQLError && !original.originalError;
}

/**
 * The one place a failure becomes what a client sees: `extensions.code` from CONTRACT.md, a
 * `reason` for a broken rule, the `field` for bad input, and for anything unexpected a generic
 * message with the request's reference (the details go to the log, never to the client).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const path = formatted.path;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path,
      extensions: {
        code: original.code,
        ...(original.reason && { reason: original.reason }),
        ...(original.field && { field: original.field }),
      },
    };
  }
  if (isClientError(formatted, original)) {
    const { message, field } = describeInputError(formatted.message);
    return {
      message,
      locations: formatted.locations,
      path,
      extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, ...(field && { field }) },
    };
  }
  const reference = formatted.extensions?.requestId;
  return {
    message: GENERIC_MESSAGE,
    path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode, ...(reference ? { reference } : {}) },
  };
}

/** A resolver that threw something of its own is a fault, whatever code it claimed. */
function isResolverFault(original: unknown): boolean {
  return original instanceof Error && !('extensions' in original) && original.name !== 'GraphQLError';
}

/**
 * graphql-js describes a bad variable with the value that was sent, which may be personal data;
 * keep the path and the kind of problem, drop the value.
 */
export function describeInputError(message: string): { message: string; field?: string } {
  const variable = /^Variable "\$([\w]+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/.exec(message);
  if (variable) {
    const field = variable[2] ?? variable[1];
    return { field, message: `${field}: ${explain(variable[3])}` };
  }
  const missing = /^Variable "\$([\w]+)" of (?:required|non-null) type "([^"]+)" was not provided\.$/.exec(message);
  if (missing) return { field: missing[1], message: `${missing[1]} is required.` };
  return { message };
}

function explain(problem: string): string {
  const enumValue = /does not exist in "(\w+)" enum/.exec(problem);
  if (enumValue) return `not one of the ${enumValue[1]} values.`;
  const field = /Field "(\w+)" of required type "([^"]+)" was not provided/.exec(problem);
  if (field) return `${field[1]} is required.`;
  const unknown = /Field "(\w+)" is not defined by type "(\w+)"/.exec(problem);
  if (unknown) return `${unknown[1]} is not a field of ${unknown[2]}.`;
  if (/Expected value of type "([^"]+)", found null/.test(problem)) return 'a value is required.';
  if (/cannot represent|Expected type|is not a valid|Invalid/i.test(problem)) {
    const type = /(Int|Float|String|Boolean|ID|DateTime|Date)\b/.exec(problem)?.[1];
    return type ? `not a valid ${type}.` : 'not a valid value.';
  }
  return 'not a valid value.';
}
