import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DomainError } from '../errors/domain-error';
import { clientRequestId } from '../../logging/logger-options';
import { RequestContext } from '../request-context';

const logger = new Logger('GraphQL');

/**
 * Tags every error with the request id (the reference a user quotes), and logs the unexpected
 * ones in full; formatError then decides what the client sees. For HTTP and the websocket alike.
 */
export function noteErrors(errors: readonly GraphQLError[], requestId: string | undefined, clientLabel?: string): void {
  for (const error of errors) {
    (error.extensions as Record<string, unknown>).requestId = requestId;
    const cause = unexpectedCause(error);
    if (cause !== undefined)
      logger.error(
        { requestId, ...(clientLabel && { clientRequestId: clientLabel }), path: error.path, err: cause },
        'Unexpected error',
      );
  }
}

/**
 * What went wrong underneath, when the service did not mean it. A field's error is expected when a
 * DomainError caused it; an error of the request as a whole (syntax, validation, variables) is
 * expected unless it wraps something thrown elsewhere (a plugin, a subscription's event source).
 */
function unexpectedCause(error: GraphQLError): unknown {
  if (error.path) {
    const original = unwrapResolverError(error);
    return original instanceof DomainError ? undefined : original;
  }
  const cause = error.originalError;
  return cause && !(cause instanceof GraphQLError) && !(cause instanceof DomainError) ? cause : undefined;
}

/** noteErrors as an Apollo plugin. */
export const errorLogging = {
  async requestDidStart() {
    return {
      async didEncounterErrors({
        errors,
        contextValue,
        request,
      }: {
        errors: readonly GraphQLError[];
        contextValue?: RequestContext;
        request?: { http?: { headers: Map<string, string> } };
      }) {
        noteErrors(errors, contextValue?.requestId, clientRequestId(request?.http?.headers.get('x-request-id')));
      },
    };
  },
};
