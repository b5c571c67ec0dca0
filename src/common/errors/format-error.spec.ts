import { GraphQLError } from 'graphql';
import { DomainError } from './domain-error';
import { ErrorReason, codeForReason } from './error-reason';
import { GENERIC_MESSAGE, describeInputError, formatError } from './format-error';

describe('formatError', () => {
  it('gives every business reason a contract code', () => {
    for (const reason of Object.values(ErrorReason)) {
      expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(codeForReason(reason));
    }
  });

  it('sends a domain error with its code, reason and field', () => {
    const error = DomainError.rule(ErrorReason.BED_UNAVAILABLE, 'That bed has just been taken.');
    const wrapped = new GraphQLError(error.message, { originalError: error, path: ['holdBed'] });
    expect(formatError({ message: error.message, path: ['holdBed'] }, wrapped)).toEqual({
      message: 'That bed has just been taken.',
      path: ['holdBed'],
      extensions: { code: 'CONFLICT', reason: 'BED_UNAVAILABLE' },
    });
  });

  it('hides an unexpected error behind a generic message with the reference', () => {
    const fault = new Error('relation "organisation" does not exist');
    const wrapped = new GraphQLError(fault.message, { originalError: fault, path: ['providers'] });
    const formatted = formatError(
      { message: fault.message, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r-1', stacktrace: ['at x'] } },
      wrapped,
    );
    expect(formatted).toEqual({
      message: GENERIC_MESSAGE,
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR', reference: 'r-1' },
    });
  });

  it('keeps the path of a bad variable but not the value that was sent', () => {
    const described = describeInputError(
      'Variable "$input" got invalid value "Jane Doe" at "input.gender"; Value "Jane Doe" does not exist in "Gender" enum.',
    );
    expect(described).toEqual({ field: 'input.gender', message: 'input.gender: not one of the Gender values.' });
    expect(
      describeInputError(
        'Variable "$input" got invalid value { x: 1 }; Field "name" of required type "String!" was not provided.',
      ),
    ).toEqual({
      field: 'input',
      message: 'input: name is required.',
    });
    expect(describeInputError('Variable "$id" of required type "ID!" was not provided.')).toEqual({
      field: 'id',
      message: 'id is required.',
    });
  });
});
