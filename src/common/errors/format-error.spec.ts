import { GraphQLError, buildSchema, parse, validate } from 'graphql';
import { DomainError } from './domain-error';
import { ErrorReason, codeForReason } from './error-reason';
import { GENERIC_MESSAGE, describeInputError, errorFormatter, formatError } from './format-error';

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

  it('keeps the field of a refusal raised before any resolver ran (the operation input check)', () => {
    const problem = DomainError.badInput('input.name', 'input.name cannot be null: leave it out, or give a value.');
    const raised = new GraphQLError(problem.message, { originalError: problem });
    expect(formatError({ message: problem.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, raised)).toEqual({
      message: problem.message,
      path: undefined,
      extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
    });
  });

  describe('values written into the query', () => {
    const schema = buildSchema(`
      enum Gender { WOMAN MAN }
      input PersonInput { name: String! gender: Gender languages: [String!] }
      type Query { people(first: Int, after: String, person: PersonInput): [String] }
    `);
    /** graphql-js's own validation errors for the query, formatted as Apollo hands them over. */
    const formattedErrors = (query: string, production = false) =>
      validate(schema, parse(query)).map((error) =>
        errorFormatter({ production })(
          { ...error.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
          new GraphQLError(error.message, { nodes: error.nodes, originalError: error }),
        ),
      );

    it.each([
      ['{ people(first: "Jane Doe") }', 'first', 'first: not a valid Int.'],
      ['{ people(after: 1234567) }', 'after', 'after: not a valid String.'],
      [
        '{ people(person: { name: "Ann", gender: JANE_DOE }) }',
        'person.gender',
        'person.gender: not one of the Gender values.',
      ],
      ['{ people(person: { name: 99, languages: ["en", 4411] }) }', 'person.name', 'person.name: not a valid String.'],
      [
        '{ people(person: { name: "Jane Doe", languages: ["en", 4411] }) }',
        'person.languages.1',
        'person.languages.1: not a valid String.',
      ],
    ])('%s is refused naming %s, without the value', (query, field, message) => {
      const [error] = formattedErrors(query);
      expect(error.message).toBe(message);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(JSON.stringify(error)).not.toMatch(/Jane|JANE|1234567|4411|\b99\b/);
    });

    it('drops "Did you mean" in production, for fields and values alike, and keeps it in development', () => {
      const query = '{ peeple { x } people(person: { name: "A", gender: WOMEN }) }';
      const production = formattedErrors(query, true).map((error) => error.message);
      expect(production.join(' ')).not.toMatch(/Did you mean|people"|WOMAN/);
      expect(production[0]).toBe('Cannot query field "peeple" on type "Query".');
      expect(formattedErrors(query, false)[0].message).toMatch(/Did you mean "people"\?/);
    });
  });

  it('masks the token a syntax error stopped at, keeping punctuation', () => {
    expect(describeInputError('Syntax Error: Expected Name, found String "Jane Doe".').message).toBe(
      'Syntax Error: Expected Name, found String.',
    );
    expect(describeInputError('Syntax Error: Expected Name, found "}".').message).toBe(
      'Syntax Error: Expected Name, found "}".',
    );
  });

  it('names the variable of a null given for a non-null type', () => {
    expect(describeInputError('Variable "$reason" of non-null type "String!" must not be null.')).toEqual({
      field: 'reason',
      message: 'reason is required.',
    });
  });
});
