import { ErrorCode, ErrorReason, codeForReason } from './error-reason';

/**
 * Every failure the service means to report. Its message is shown to the user as it is: a plain
 * sentence, never an internal name, SQL, or a value typed into a personal field.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: ErrorReason,
    /** The input field at fault, for BAD_USER_INPUT: e.g. `input.nights`. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** A broken business rule: the code follows from the reason. */
  static rule(reason: ErrorReason, message: string): DomainError {
    return new DomainError(codeForReason(reason), message, reason);
  }

  static badInput(field: string, message: string): DomainError {
    return new DomainError('BAD_USER_INPUT', message, undefined, field);
  }

  static notFound(what: string): DomainError {
    return new DomainError('NOT_FOUND', `No ${what} with that id was found.`);
  }

  static forbidden(message = 'You do not have access to this.'): DomainError {
    return new DomainError('FORBIDDEN', message);
  }

  static unauthenticated(message = 'Please sign in.'): DomainError {
    return new DomainError('UNAUTHENTICATED', message);
  }

  static conflict(message: string, reason?: ErrorReason): DomainError {
    return new DomainError('CONFLICT', message, reason);
  }
}
