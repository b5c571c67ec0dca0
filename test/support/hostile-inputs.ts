import fc from 'fast-check';
import {
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** Strings an attacker or a tired hand might send. */
const NASTY_STRINGS = [
  '',
  ' ',
  "'; DROP TABLE placement; --",
  '1 OR 1=1',
  '<script>alert(1)</script>',
  '\u0000',
  '../../etc/passwd',
  '%s%s%s%n',
  '💥'.repeat(300),
  'x'.repeat(10_000),
  '${jndi:ldap://x}',
  '{"$gt": ""}',
];

const string = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 1, arbitrary: fc.string({ minLength: 300, maxLength: 3000 }) },
  );

const int = () =>
  fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constantFrom(-2147483648, 2147483647, 0, -1, 366, 1000));

const float = () =>
  fc.oneof(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.constantFrom(0, -0.0001, 91, -181, 1e308, 1001));

const id = () =>
  fc.oneof(
    fc.uuid(),
    fc.constantFrom('not-an-id', '', "1' OR '1'='1", '00000000-0000-0000-0000-000000000000'),
    string(),
  );

const dateTime = () =>
  fc.oneof(
    fc
      .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    fc.constantFrom('yesterday', '2026-13-45T99:00:00Z', '2026-02-30T00:00:00Z', '', '0000-00-00T00:00:00Z', 'NaN'),
  );

const date = () =>
  fc.oneof(
    fc
      .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom('2026-02-30', '2026-13-01', '26-01-01', 'tomorrow', '', '2026/01/01'),
  );

/** An arbitrary of JSON values for a GraphQL input type: valid, nearly valid and plainly hostile. */
export function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type))
    return fc.oneof(
      { weight: 12, arbitrary: arbitraryFor(type.ofType, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  if (isListType(type)) {
    const item = arbitraryFor(type.ofType, depth + 1);
    return fc.oneof(
      { weight: 8, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 200, maxLength: 400 }) },
    );
  }
  if (isEnumType(type))
    return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.value as string)), fc.constant('NOT_A_VALUE'));
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) record[field.name] = arbitraryFor(field.type, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.record(record, { requiredKeys: required });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'String':
        return string();
      case 'Int':
        return int();
      case 'Float':
        return float();
      case 'Boolean':
        return fc.boolean();
      case 'ID':
        return id();
      case 'DateTime':
        return dateTime();
      case 'Date':
        return date();
    }
  }
  return fc.anything();
}

export interface Operation {
  name: string;
  query: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

/** Every mutation of the schema, as a query with variables and an arbitrary of those variables. */
export function mutationsOf(schema: GraphQLSchema): Operation[] {
  return operationsOf('mutation', schema.getMutationType());
}

/** Every subscription of the schema, the same way (for the websocket). */
export function subscriptionsOf(schema: GraphQLSchema): Operation[] {
  return operationsOf('subscription', schema.getSubscriptionType());
}

function operationsOf(kind: 'mutation' | 'subscription', root: GraphQLObjectType | null | undefined): Operation[] {
  if (!root) return [];
  return Object.values(root.getFields()).map((field) => {
    const declarations = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const uses = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const selection = /^(Boolean|String|Int|Float|ID)!?$/.test(field.type.toString()) ? '' : ' { __typename }';
    const query = `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${uses ? `(${uses})` : ''}${selection} }`;
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const arg of field.args) record[arg.name] = arbitraryFor(arg.type);
    return { name: field.name, query, variables: fc.record(record) as fc.Arbitrary<Record<string, unknown>> };
  });
}
