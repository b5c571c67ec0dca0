import fc from 'fast-check';
import {
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { INPUT_RULES } from '../../src/common/validation/input-rules';
import type { IdKind } from './hostile-world';

/** Real ids of existing rows by kind, so a generated request reaches the rules behind the id checks. */
export type IdPools = Partial<Record<IdKind, string[]>>;

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

/** Every C0 control, DEL and a few C1 controls: refused in any text, tab, line feed and CR aside in several-line text. */
export const CONTROL_CHARACTERS = [
  ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)),
  '\u007f',
  '\u0080',
  '\u0085',
  '\u009f',
];

/** A control character somewhere in otherwise ordinary text. */
const withControl = () =>
  fc
    .tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...CONTROL_CHARACTERS), fc.string({ maxLength: 20 }))
    .map(([before, control, after]) => `${before}${control}${after}`);

const string = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: withControl() },
    { weight: 1, arbitrary: fc.string({ minLength: 300, maxLength: 3000 }) },
  );

const int = () =>
  fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constantFrom(-2147483648, 2147483647, 0, -1, 366, 1000));

const float = () =>
  fc.oneof(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.constantFrom(0, -0.0001, 91, -181, 1e308, 1001));

const NASTY_IDS = ['not-an-id', '', "1' OR '1'='1", '00000000-0000-0000-0000-000000000000'];

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

/** Ids by the name of the argument or field that takes them. */
const ID_KINDS: Record<string, IdKind> = {
  placementId: 'placement',
  bedId: 'bed',
  safehouseId: 'safehouse',
  supportWorkerId: 'supportWorker',
  ownerSupportWorkerId: 'supportWorker',
  assignmentId: 'assignment',
  goalId: 'goal',
  planId: 'plan',
  actionId: 'action',
  inspectionId: 'inspection',
  survivorId: 'survivor',
  supportCaseId: 'supportCase',
  assessmentId: 'assessment',
  providerId: 'provider',
  commissionerId: 'commissioner',
  blockId: 'block',
  userId: 'user',
  actorId: 'user',
  organisationId: 'organisation',
};

/** What a bare `id` argument names, by operation. */
const ID_OF_OPERATION: Record<string, IdKind> = {
  updateSafehouse: 'safehouse',
  removeBed: 'bed',
  publishInspection: 'inspection',
  updateInspection: 'inspection',
  updateSupportWorker: 'supportWorker',
  eraseSurvivor: 'survivor',
  placement: 'placement',
  safehouse: 'safehouse',
  inspection: 'inspection',
  moveOnPlan: 'plan',
  survivor: 'survivor',
  provider: 'provider',
  supportCase: 'supportCase',
  closeSupportCase: 'supportCase',
};

/** Where a value sits: the operation, and the argument or field name that takes it. */
interface Site {
  operation: string;
  name: string;
}

function idPool(site: Site, ids: IdPools): string[] {
  const kind = site.name === 'id' ? ID_OF_OPERATION[site.operation] : ID_KINDS[site.name];
  const pool = kind ? ids[kind] : undefined;
  return pool && pool.length > 0 ? pool : Object.values(ids).flat();
}

/** Real ids mostly, and now and then one that names nothing or is no id at all. */
const id = (site: Site, ids: IdPools) => {
  const pool = idPool(site, ids);
  return fc.oneof(
    ...(pool.length > 0 ? [{ weight: 6, arbitrary: fc.constantFrom(...pool) }] : []),
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_IDS) },
    { weight: 1, arbitrary: string() },
  );
};

/**
 * An arbitrary of JSON values for a GraphQL input type: valid, nearly valid and plainly hostile.
 * Optional fields are left out, given, or given as `null`; required ones are now and then `null`.
 */
export function arbitraryFor(type: GraphQLInputType, site: Site, ids: IdPools, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type))
    return fc.oneof(
      { weight: 12, arbitrary: valueFor(type.ofType, site, ids, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  return fc.oneof(
    { weight: 5, arbitrary: valueFor(type, site, ids, depth) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

function valueFor(type: GraphQLInputType, site: Site, ids: IdPools, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, site, ids, depth);
  if (isListType(type)) {
    const item = arbitraryFor(type.ofType, site, ids, depth + 1);
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
    for (const field of fields)
      record[field.name] = arbitraryFor(field.type, { ...site, name: field.name }, ids, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.record(record, { requiredKeys: required });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'String':
        return fc.oneof(
          { weight: 4, arbitrary: string() },
          { weight: 1, arbitrary: fc.constant(plainText(site.name)) },
        );
      case 'Int':
        return int();
      case 'Float':
        return float();
      case 'Boolean':
        return fc.boolean();
      case 'ID':
        return id(site, ids);
      case 'DateTime':
        return dateTime();
      case 'Date':
        return date();
    }
  }
  return fc.anything();
}

/** Text that passes a field's own checks, so a null or a control character elsewhere is what gets looked at. */
function plainText(name: string): string {
  const byName: Record<string, string> = {
    languages: 'en',
    language: 'ro',
    preferLanguage: 'ckb',
    postcode: 'M1 1AA',
    opensAt: '09:00',
    closesAt: '17:00',
    idempotencyKey: 'hostile-key-0001',
    email: 'someone@test.example',
    password: 'a password long enough',
    outOfHoursPhone: '+44 20 7946 0000',
  };
  return byName[name] ?? 'Plain words';
}

/** A value of the type that its own checks would take: real ids, short plain text, dates near the world's day. */
export function plausibleFor(type: GraphQLInputType, site: Site, ids: IdPools, depth = 0): unknown {
  if (isNonNullType(type)) return plausibleFor(type.ofType, site, ids, depth);
  if (isListType(type)) return depth > 3 ? [] : [plausibleFor(type.ofType, site, ids, depth + 1)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    if (depth > 3) return value;
    for (const field of Object.values(type.getFields()))
      value[field.name] = plausibleFor(field.type, { ...site, name: field.name }, ids, depth + 1);
    return value;
  }
  const numbers: Record<string, number> = { latitude: 53.48, longitude: -2.24, radiusKm: 10, days: 7, first: 5 };
  switch (type.name) {
    case 'String':
      return plainText(site.name);
    case 'ID':
      return idPool(site, ids)[0] ?? '00000000-0000-4000-8000-000000000000';
    case 'Int':
    case 'Float':
      return numbers[site.name] ?? 1;
    case 'Boolean':
      return ['adult', 'consentToReferral', 'open24Hours'].includes(site.name);
    case 'DateTime':
      return '2026-11-20T12:00:00.000Z';
    case 'Date':
      return '2026-11-25';
    default:
      return null;
  }
}

/** A path to one value in the variables (`input`, `goals`, 0, `description`) and what the schema says of it. */
export interface ValueSite {
  path: (string | number)[];
  type: GraphQLInputType;
  /** A `null` there clears the field rather than being refused (`@Clearable()`). */
  clearable: boolean;
}

/** Every value of a plausible set of variables: the optional ones for `null`, the texts for control characters. */
export function valueSites(field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): ValueSite[] {
  const clearableArguments = field.extensions[INPUT_RULES.clearableArguments];
  const sites: ValueSite[] = [];
  const walk = (value: unknown, type: GraphQLInputType, path: (string | number)[], clearable: boolean) => {
    sites.push({ path, type, clearable });
    const named = isNonNullType(type) ? type.ofType : type;
    if (isListType(named) && Array.isArray(value))
      value.forEach((item, index) => walk(item, named.ofType, [...path, index], false));
    else if (isInputObjectType(named) && value && typeof value === 'object') {
      const everyField = named.extensions[INPUT_RULES.clearable] === true;
      for (const inner of Object.values(named.getFields()))
        if (inner.name in value)
          walk(
            (value as Record<string, unknown>)[inner.name],
            inner.type,
            [...path, inner.name],
            everyField || inner.extensions[INPUT_RULES.clearable] === true,
          );
    }
  };
  for (const argument of field.args)
    walk(
      variables[argument.name],
      argument.type,
      [argument.name],
      Array.isArray(clearableArguments) && clearableArguments.includes(argument.name),
    );
  return sites;
}

/** The variables with the value at `path` replaced. */
export function replaced(variables: Record<string, unknown>, path: (string | number)[], value: unknown) {
  const copy = structuredClone(variables);
  let node: any = copy;
  for (const step of path.slice(0, -1)) node = node[step];
  node[path.at(-1)!] = value;
  return copy;
}

export function isText(type: GraphQLInputType): boolean {
  if (isNonNullType(type)) return isText(type.ofType);
  const named: GraphQLNamedType = getNamedType(type);
  return !isListType(type) && (named.name === 'String' || named.name === 'ID');
}

export interface Operation {
  kind: 'query' | 'mutation' | 'subscription';
  name: string;
  field: GraphQLField<unknown, unknown>;
  query: string;
  /** Hostile variables. */
  variables: fc.Arbitrary<Record<string, unknown>>;
  /** One set of variables its own checks would take. */
  plausible: Record<string, unknown>;
}

/** Every query and mutation of the schema that takes arguments (mutations all), with its variables. */
export function operationsOf(schema: GraphQLSchema, ids: IdPools): Operation[] {
  return rootsOf(ids, [
    { kind: 'mutation', type: schema.getMutationType() },
    { kind: 'query', type: schema.getQueryType() },
  ]);
}

/** Every subscription of the schema, the same way (for the websocket). */
export function subscriptionsOf(schema: GraphQLSchema, ids: IdPools): Operation[] {
  return rootsOf(ids, [{ kind: 'subscription', type: schema.getSubscriptionType() }]);
}

function rootsOf(
  ids: IdPools,
  roots: { kind: Operation['kind']; type: GraphQLObjectType | null | undefined }[],
): Operation[] {
  return roots.flatMap(({ kind, type }) =>
    Object.values(type?.getFields() ?? {})
      .filter((field) => kind !== 'query' || field.args.length > 0)
      .map((field) => {
        const declarations = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
        const uses = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
        const selection = /^\[?(Boolean|String|Int|Float|ID)!?\]?!?$/.test(field.type.toString())
          ? ''
          : ' { __typename }';
        const query = `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${uses ? `(${uses})` : ''}${selection} }`;
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        const plausible: Record<string, unknown> = {};
        for (const arg of field.args) {
          const site = { operation: field.name, name: arg.name };
          record[arg.name] = arbitraryFor(arg.type, site, ids);
          plausible[arg.name] = plausibleFor(arg.type, site, ids);
        }
        return {
          kind,
          name: field.name,
          field,
          query,
          variables: fc.record(record) as fc.Arbitrary<Record<string, unknown>>,
          plausible,
        };
      }),
  );
}

/** What came back, whatever carried it. */
export interface Answer {
  /** HTTP status; a transport without one reports 200. */
  status: number;
  text: string;
  data?: unknown;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** How the fuzz reaches the service: HTTP here; a websocket transport plugs in the same way. */
export interface Transport {
  name: string;
  send(query: string, variables: Record<string, unknown>, token: string): Promise<Answer>;
}

/** Requests run and their outcomes: the first error's code, or `ok`. */
export class FuzzCounts {
  readonly outcomes = new Map<string, number>();
  requests = 0;

  count(answer: Answer): void {
    this.requests += 1;
    const outcome = answer.errors?.[0]?.extensions?.code ?? (answer.status >= 400 ? `HTTP ${answer.status}` : 'ok');
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
  }

  toString(): string {
    const outcomes = [...this.outcomes.entries()].sort((a, b) => b[1] - a[1]);
    return `${this.requests} requests (${outcomes.map(([code, n]) => `${code} ${n}`).join(', ')})`;
  }
}
