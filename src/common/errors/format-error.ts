import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError, Kind, ValueNode, parse, visit } from 'graphql';
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

export interface FormatErrorOptions {
  /** Production: no "Did you mean …?" suggestions, which let a stranger spell out the schema. */
  production?: boolean;
}

/** The formatError of every transport (HTTP and the websocket), with the service's settings. */
export function errorFormatter(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown) => formatError(formatted, error, options);
}

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
 * message with the request's reference (the details go to the log, never to the client). No
 * message repeats a value the client sent, in variables or written into the query.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: FormatErrorOptions = {},
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const path = formatted.path;
  const domain = domainErrorIn(original);
  const words = (message: string) => (options.production ? withoutSuggestions(message) : message);
  if (domain) {
    return {
      message: words(domain.message),
      path,
      extensions: {
        code: domain.code,
        ...(domain.reason && { reason: domain.reason }),
        ...(domain.field && { field: domain.field }),
      },
    };
  }
  if (isClientError(formatted, original)) {
    const { message, field } = describeInputError(formatted.message, original);
    return {
      message: words(message),
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

/** A DomainError thrown by a resolver, or raised about the request before any ran (operation-input.ts). */
function domainErrorIn(original: unknown): DomainError | undefined {
  if (original instanceof DomainError) return original;
  if (original instanceof GraphQLError && original.originalError instanceof DomainError) return original.originalError;
  return undefined;
}

/** A resolver that threw something of its own is a fault, whatever code it claimed. */
function isResolverFault(original: unknown): boolean {
  return original instanceof Error && !('extensions' in original) && original.name !== 'GraphQLError';
}

export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/**
 * graphql-js names the value it could not take, from the variables or as written into the query,
 * and that may be personal data: keep the field and the kind of problem, drop the value.
 */
export function describeInputError(message: string, error?: unknown): { message: string; field?: string } {
  const variable = /^Variable "\$([\w]+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/.exec(message);
  if (variable) {
    const field = variable[2] ?? variable[1];
    return { field, message: `${field}: ${explain(variable[3])}` };
  }
  const missing =
    /^Variable "\$([\w]+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/.exec(
      message,
    );
  if (missing) return { field: missing[1], message: `${missing[1]} is required.` };
  if (LITERAL_PROBLEM.test(message)) {
    const field = literalField(error) ?? /^Argument "(\w+)" has invalid value/.exec(message)?.[1];
    return field
      ? { field, message: `${field}: ${explain(message)}` }
      : { message: 'A value in the query is not valid.' };
  }
  // A syntax error quotes the token it stopped at, which may be a value: `found String "Jane Doe"`.
  if (message.startsWith('Syntax Error:'))
    return {
      message: message.replace(/\s*"((?:[^"\\]|\\.)*)"/g, (quoted, token: string) =>
        PUNCTUATOR.test(token) ? quoted : '',
      ),
    };
  return { message };
}

/** GraphQL's punctuation, which a syntax error may quote as it is: `Expected Name, found "}".` */
const PUNCTUATOR = /^(?:[!$&():=@[\]{|}]|\.\.\.)$/;

/** graphql-js's words for a value written into the query that does not fit its type. */
const LITERAL_PROBLEM =
  /^(?:Expected value of type "|(?:Int|Float|String|Boolean|ID) cannot represent |Enum "\w+" cannot represent |Value [\s\S]* does not exist in "\w+" enum|Expected a Date\b|Argument "\w+" has invalid value )/;

function explain(problem: string): string {
  const enumValue = /does not exist in "(\w+)" enum|^Enum "(\w+)" cannot represent/.exec(problem);
  if (enumValue) return `not one of the ${enumValue[1] ?? enumValue[2]} values.`;
  const field = /Field "(?:\w+\.)?(\w+)" of required type "([^"]+)" was not provided/.exec(problem);
  if (field) return `${field[1]} is required.`;
  const unknown = /Field "(\w+)" is not defined by type "(\w+)"/.exec(problem);
  if (unknown) return `${unknown[1]} is not a field of ${unknown[2]}.`;
  if (/^Expected value of type "[^"]+", found null/.test(problem)) return 'a value is required.';
  const expected = /^Expected value of type "\[*(\w+)/.exec(problem);
  if (expected) return `not a valid ${expected[1]}.`;
  if (/cannot represent|Expected type|Expected a|is not a valid|Invalid/i.test(problem)) {
    const type = /(Int|Float|String|Boolean|ID|DateTime|Date)\b/.exec(problem)?.[1];
    return type ? `not a valid ${type}.` : 'not a valid value.';
  }
  return 'not a valid value.';
}

/**
 * The argument path (`input.survivor.gender`) of the value an error points at, found again in the
 * query's text: a validation error carries the value's position, not the argument it belongs to.
 */
function literalField(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError) || !error.source || error.positions?.length !== 1) return undefined;
  const position = error.positions[0];
  let document;
  try {
    document = parse(error.source);
  } catch {
    return undefined;
  }
  let found: string | undefined;
  visit(document, {
    Argument(node) {
      found ??= pathTo(node.value, position, node.name.value);
    },
    VariableDefinition(node) {
      if (node.defaultValue) found ??= pathTo(node.defaultValue, position, node.variable.name.value);
    },
  });
  return found;
}

function pathTo(value: ValueNode, position: number, path: string): string | undefined {
  if (value.loc?.start === position) return path;
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const found = pathTo(field.value, position, `${path}.${field.name.value}`);
      if (found) return found;
    }
  }
  if (value.kind === Kind.LIST) {
    for (const [index, item] of value.values.entries()) {
      const found = pathTo(item, position, `${path}.${index}`);
      if (found) return found;
    }
  }
  return undefined;
}
