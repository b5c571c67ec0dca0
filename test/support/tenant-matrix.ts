import {
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** A selection set as a tree: a leaf field maps to null, an object field to its own selection. */
export type Selection = { [field: string]: Selection | null };

/** Wrappers of a Relay connection: they add no depth, so `placements` reaches as far as `placement`. */
const isWrapper = (type: GraphQLNamedType) => /(Connection|Edge)$/.test(type.name) || type.name === 'PageInfo';

/**
 * Every field of `type` that takes no required argument, objects followed `depth` levels deep: the
 * nested paths (placement → safehouse → address, provider → safehouses → beds) come from the schema,
 * not from a list someone remembered to write.
 */
export function selectionOf(type: GraphQLNamedType, depth: number): Selection | null {
  if (isLeafType(type)) return null;
  if (!isObjectType(type) && !isInterfaceType(type)) return { __typename: null };
  const selection: Selection = { __typename: null };
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) selection[field.name] = null;
    else {
      const next = isWrapper(named) ? depth : depth - 1;
      if (next <= 0) continue;
      const sub = selectionOf(named, next);
      if (sub) selection[field.name] = sub;
    }
  }
  return selection;
}

export function render(selection: Selection | null): string {
  if (!selection) return '';
  return ` { ${Object.entries(selection)
    .map(([name, sub]) => `${name}${render(sub)}`)
    .join(' ')} }`;
}

/** Removes the field at a response path (list indexes skipped); true when something was removed. */
export function prune(selection: Selection, path: readonly (string | number)[]): boolean {
  const names = path.filter((step): step is string => typeof step === 'string');
  let node: Selection | null = selection;
  for (const [i, name] of names.entries()) {
    if (!node || !(name in node)) return false;
    if (i === names.length - 1) {
      delete node[name];
      return true;
    }
    node = node[name];
  }
  return false;
}

/** The records of one tenant, by the names their ids go by in arguments and input fields. */
export interface TenantIds {
  providerId: string;
  safehouseId: string;
  bedId: string;
  freeBedId: string;
  placementId: string;
  survivorId: string;
  supportCaseId: string;
  assessmentId: string;
  supportWorkerId: string;
  assignmentId: string;
  planId: string;
  goalId: string;
  inspectionId: string;
  actionId: string;
  blockId: string;
  commissionerId: string;
  responderId: string;
  coordinatorUserId: string;
  supportWorkerUserId: string;
}

/** Which of a tenant's records a bare `id` argument means, by what the operation returns. */
const ID_BY_RETURN_TYPE: Record<string, keyof TenantIds> = {
  Placement: 'placementId',
  Safehouse: 'safehouseId',
  Provider: 'providerId',
  Survivor: 'survivorId',
  SupportCase: 'supportCaseId',
  RecoveryNeedsAssessment: 'assessmentId',
  MoveOnPlan: 'planId',
  Inspection: 'inspectionId',
  SupportWorker: 'supportWorkerId',
  Bed: 'bedId',
  User: 'supportWorkerUserId',
};

const ID_BY_NAME: Record<string, keyof TenantIds> = {
  placementId: 'placementId',
  safehouseId: 'safehouseId',
  bedId: 'bedId',
  providerId: 'providerId',
  survivorId: 'survivorId',
  supportCaseId: 'supportCaseId',
  assessmentId: 'assessmentId',
  planId: 'planId',
  goalId: 'goalId',
  assignmentId: 'assignmentId',
  actionId: 'actionId',
  blockId: 'blockId',
  supportWorkerId: 'supportWorkerId',
  ownerSupportWorkerId: 'supportWorkerId',
  commissionerId: 'commissionerId',
  organisationId: 'providerId',
  userId: 'supportWorkerUserId',
  actorId: 'coordinatorUserId',
  entityId: 'placementId',
};

/**
 * Arguments and input fields of which one is given, never both (a placement or its support case;
 * a new person or a case): the first of each pair that is present wins, so only access decides.
 */
const ONE_OF: readonly [string, string][] = [
  ['placementId', 'supportCaseId'],
  ['survivor', 'supportCaseId'],
];

function oneOf(record: Record<string, unknown>): Record<string, unknown> {
  for (const [kept, dropped] of ONE_OF) if (kept in record && dropped in record) delete record[dropped];
  return record;
}

/** Values that pass validation, so that only access decides. */
const VALUE_BY_NAME: Record<string, unknown> = {
  email: 'proof-matrix@test.example',
  password: 'a long enough password for the proof',
  languages: ['en'],
  acceptsGenders: ['WOMAN'],
  guestGender: 'WOMAN',
  gender: 'WOMAN',
  nrmStatus: 'REFERRED',
  adult: true,
  consentToReferral: true,
  open24Hours: true,
  instantBooking: true,
  nights: 2,
  maxCaseload: 3,
  sleeps: 1,
  dependants: 0,
  limit: 5,
  first: 5,
  latitude: 53.5,
  longitude: -2.2,
  radiusKm: 50,
  role: 'SECONDARY',
  decision: 'POSITIVE_REASONABLE_GROUNDS',
  destination: 'OTHER',
  reason: 'Checked by the tenant matrix',
  area: 'Leeds City Council',
  phone: '+44 20 7946 0001',
  outOfHoursPhone: '+44 20 7946 0001',
  inspectedOn: '2026-11-01',
  decidedOn: '2026-11-01',
  startsOn: '2026-01-01',
  postcode: 'M2 2BB',
  movedOnAt: () => new Date(Date.now() - 1000).toISOString(),
  ratings: ['SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED'].map((keyQuestion) => ({
    keyQuestion,
    rating: 'GOOD',
    summary: 'As seen',
  })),
};

const FUTURE = () => new Date(Date.now() + 3 * 86_400_000).toISOString();
const LATER = () => new Date(Date.now() + 5 * 86_400_000).toISOString();

/**
 * A valid value for an argument or input field: the tenant's record for an id, a plausible value
 * otherwise. Optional fields are left out unless they name one of the tenant's records (filters).
 */
export function valueFor(name: string, type: GraphQLInputType, ids: TenantIds, idFallback?: keyof TenantIds): unknown {
  if (isNonNullType(type)) return valueFor(name, type.ofType, ids, idFallback);
  if (name in ID_BY_NAME) return isListType(type) ? [ids[ID_BY_NAME[name]]] : ids[ID_BY_NAME[name]];
  if (isEnumType(type)) {
    const values = type.getValues().map((value) => value.value as unknown);
    return values.includes(VALUE_BY_NAME[name]) ? VALUE_BY_NAME[name] : values[0];
  }
  if (name in VALUE_BY_NAME) {
    const value = VALUE_BY_NAME[name];
    return typeof value === 'function' ? (value as () => unknown)() : value;
  }
  if (isListType(type)) return [valueFor(name, type.ofType, ids, idFallback)];
  if (isInputObjectType(type)) {
    const record: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      if (required || field.name in ID_BY_NAME) record[field.name] = valueFor(field.name, field.type, ids);
    }
    return oneOf(record);
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return ids[idFallback ?? 'placementId'];
    case 'String':
      return 'Checked by the tenant matrix';
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Date':
      return '2026-12-01';
    case 'DateTime':
      return name === 'until' || name === 'to' ? LATER() : FUTURE();
  }
  return null;
}

export interface MatrixOperation {
  kind: 'query' | 'mutation' | 'subscription';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function operationsOf(schema: GraphQLSchema): MatrixOperation[] {
  const of = (kind: MatrixOperation['kind'], type: GraphQLObjectType | null | undefined) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ kind, name: field.name, field }));
  return [
    ...of('query', schema.getQueryType()),
    ...of('mutation', schema.getMutationType()),
    ...of('subscription', schema.getSubscriptionType()),
  ];
}

/** The operation as a document and variables aimed at the tenant's records. */
export function requestFor(operation: MatrixOperation, ids: TenantIds, selection: Selection | null) {
  const { field } = operation;
  const idFallback = field.name === 'removeBed' ? 'bedId' : ID_BY_RETURN_TYPE[getNamedType(field.type).name];
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (required || arg.name in ID_BY_NAME || arg.name === 'filter')
      variables[arg.name] = valueFor(arg.name, arg.type, ids, idFallback);
  }
  oneOf(variables);
  const used = field.args.filter((arg) => arg.name in variables);
  const declarations = used.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const uses = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const query = `${operation.kind}${declarations ? `(${declarations})` : ''} { ${field.name}${uses ? `(${uses})` : ''}${render(selection)} }`;
  return { query, variables };
}
