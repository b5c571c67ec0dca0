import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * Hands every error from a resolver, guard or pipe to Apollo as it is, where formatError and the
 * error-logging plugin deal with it (Nest's default handler would log expected errors as faults).
 * HTTP routes (health) keep Nest's usual answer.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
