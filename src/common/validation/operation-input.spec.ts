import {
  GraphQLBoolean,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  getOperationAST,
  parse,
} from 'graphql';
import { DomainError } from '../errors/domain-error';
import { INPUT_RULES } from './input-rules';
import { inputProblem } from './operation-input';

/** graphql's DateTime of Nest, as lenient: an unreadable string becomes an invalid Date. */
const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  parseValue: (value) => new Date(value as string),
  parseLiteral: () => null,
});

const Person = new GraphQLInputObjectType({
  name: 'PersonInput',
  fields: {
    name: { type: GraphQLString },
    nickname: { type: GraphQLString, extensions: { [INPUT_RULES.clearable]: true } },
    story: { type: GraphQLString, extensions: { [INPUT_RULES.multiLine]: true } },
    languages: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
  },
});

const Update = new GraphQLInputObjectType({
  name: 'UpdateInput',
  fields: {
    person: { type: Person },
    size: { type: GraphQLInt, defaultValue: 3 },
    at: { type: DateTime },
  },
});

const Filter = new GraphQLInputObjectType({
  name: 'Filter',
  extensions: { [INPUT_RULES.clearable]: true },
  fields: { name: { type: GraphQLString }, active: { type: GraphQLBoolean } },
});

const Thing = new GraphQLObjectType({
  name: 'Thing',
  fields: {
    id: { type: GraphQLString },
    label: { type: GraphQLString, args: { language: { type: GraphQLString } } },
  },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      things: {
        type: new GraphQLList(Thing),
        args: { filter: { type: Filter }, after: { type: GraphQLString }, first: { type: GraphQLInt } },
        extensions: { [INPUT_RULES.clearableArguments]: ['filter', 'after'] },
      },
    },
  }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: {
      cancel: {
        type: Thing,
        args: { reason: { type: new GraphQLNonNull(GraphQLString) }, note: { type: GraphQLString } },
        extensions: { [INPUT_RULES.multiLineArguments]: ['note'] },
      },
      update: { type: Thing, args: { input: { type: new GraphQLNonNull(Update) } } },
    },
  }),
});

function problemOf(query: string, variables: Record<string, unknown> = {}): DomainError | undefined {
  const document = parse(query);
  return inputProblem(schema, document, getOperationAST(document)!, variables);
}

function refusal(query: string, variables: Record<string, unknown> = {}) {
  const problem = problemOf(query, variables);
  return problem && { code: problem.code, field: problem.field, message: problem.message };
}

const CANCEL = 'mutation($reason: String!, $note: String) { cancel(reason: $reason, note: $note) { id } }';
const UPDATE = 'mutation($input: UpdateInput!) { update(input: $input) { id } }';

describe('inputProblem', () => {
  it('refuses a NUL in a scalar argument, naming it, without repeating the text', () => {
    expect(refusal(CANCEL, { reason: 'Jane Doe\u0000' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
      message: 'reason must not contain control characters.',
    });
  });

  it('refuses every C0 control but tab, line feed and carriage return, DEL and the C1 controls', () => {
    for (const code of [0x01, 0x08, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f]) {
      expect(refusal(CANCEL, { reason: `a${String.fromCharCode(code)}b` })?.field).toBe('reason');
    }
    expect(problemOf(CANCEL, { reason: 'Zoë — “quoted” 💥 ½' })).toBeUndefined();
  });

  it('refuses half of a UTF-16 pair on its own, high or low, and keeps whole pairs', () => {
    for (const text of ['Ja\ud800ne', 'Ja\udfffne', 'end\ud83d', '\ude00start', '\ude00\ud83d']) {
      expect(refusal(CANCEL, { reason: text })).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'reason',
        message: 'reason is not valid text: it holds half of a character.',
      });
    }
    expect(problemOf(CANCEL, { reason: 'Ja\ud83d\ude00ne 💥' })).toBeUndefined();
  });

  it('finds control characters at any depth: input fields and list items', () => {
    expect(refusal(UPDATE, { input: { person: { name: 'Ann\u0007' } } })?.field).toBe('input.person.name');
    expect(refusal(UPDATE, { input: { person: { languages: ['en', 'r\u0000o'] } } })?.field).toBe(
      'input.person.languages.1',
    );
  });

  it('finds them in values written into the query, and in arguments of fields inside fragments', () => {
    expect(refusal('mutation { cancel(reason: "a\\u0000b") { id } }')?.field).toBe('reason');
    expect(
      refusal('query($l: String) { things { ...T } } fragment T on Thing { label(language: $l) }', { l: 'e\u001bn' })
        ?.field,
    ).toBe('language');
  });

  it('allows line breaks and tabs only where the field may run over several lines', () => {
    expect(problemOf(CANCEL, { reason: 'x', note: 'first line\r\n\tsecond' })).toBeUndefined();
    expect(refusal(CANCEL, { reason: 'one\nline' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
      message: 'reason must be a single line, with no line breaks or tabs.',
    });
    expect(problemOf(UPDATE, { input: { person: { story: 'It began\nthere.' } } })).toBeUndefined();
    expect(refusal(UPDATE, { input: { person: { name: 'Ann\tB' } } })?.field).toBe('input.person.name');
    expect(refusal(CANCEL, { reason: 'x', note: 'still \u0000 refused' })?.field).toBe('note');
  });

  it('refuses an explicit null for an optional field or argument that is not clearable', () => {
    expect(refusal(UPDATE, { input: { person: { name: null } } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.person.name',
      message: 'input.person.name cannot be null: leave it out, or give a value.',
    });
    expect(refusal(UPDATE, { input: { person: null } })?.field).toBe('input.person');
    expect(refusal(UPDATE, { input: { size: null } })?.field).toBe('input.size');
    expect(refusal(CANCEL, { reason: 'x', note: null })?.field).toBe('note');
    expect(refusal('query { things(first: null) { id } }')?.field).toBe('first');
  });

  it('takes null where it clears the field: a clearable field, every field of a clearable type, a clearable argument', () => {
    expect(problemOf(UPDATE, { input: { person: { nickname: null } } })).toBeUndefined();
    expect(problemOf('query { things(filter: { name: null, active: null }, after: null) { id } }')).toBeUndefined();
    expect(problemOf('query($f: Filter) { things(filter: $f) { id } }', { f: null })).toBeUndefined();
  });

  it('does not mistake a field left out, or a default, for a null', () => {
    expect(problemOf(UPDATE, { input: { person: {} } })).toBeUndefined();
    expect(problemOf(CANCEL, { reason: 'x' })).toBeUndefined();
  });

  it('refuses a date and time that is not one', () => {
    expect(refusal(UPDATE, { input: { at: 'yesterday' } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.at',
      message: 'input.at is not a date and time, such as 2026-03-01T21:30:00Z.',
    });
    expect(problemOf(UPDATE, { input: { at: '2026-03-01T21:30:00Z' } })).toBeUndefined();
  });

  it('leaves variables graphql-js cannot coerce to graphql-js, which refuses them itself', () => {
    expect(problemOf(CANCEL, { reason: 12 })).toBeUndefined();
    expect(problemOf(UPDATE, { input: { person: { name: 'A' }, nope: 1 } })).toBeUndefined();
  });
});
