import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  GraphQLID,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { isUUID } from 'class-validator';
import { DomainError } from '../errors/domain-error';
import { CONTROL_CHARACTERS, INPUT_RULES, LINE_BREAKS, LONE_SURROGATE } from './input-rules';

/** A field of the operation that was given arguments. */
interface ArgumentSite {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

/** What the schema says of one value: whether `null` clears it, whether it may run over lines. */
interface Rule {
  clearable: boolean;
  multiLine: boolean;
}

/** Apollo keeps each query's parsed document, so the walk over its fields is done once per query. */
const sitesOfOperation = new WeakMap<OperationDefinitionNode, ArgumentSite[]>();

/**
 * The one check of every value an operation carries, in its arguments and variables, at any depth,
 * before any resolver runs (so a refused operation writes nothing):
 * - no control character in any text, and no half of a UTF-16 pair; tab, line feed and carriage
 *   return only where the field is `@MultiLine()`;
 * - no explicit `null` for an optional field or argument unless it is `@Clearable()`;
 * - no date and time that is not one (the DateTime scalar refuses them first; this stays behind it);
 * - no id that is not a UUID, in any argument or input field of type ID.
 * BAD_USER_INPUT names the field (`reason`, `input.survivor.preferredName`) and never repeats the value.
 * Variables that graphql-js cannot coerce are left to it: it refuses them, and formatError masks them.
 */
export function inputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): DomainError | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return undefined;
  for (const { field, node } of argumentSites(schema, document, operation)) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, coerced.coerced);
    } catch {
      return undefined; // graphql-js refuses the operation itself
    }
    const clearable = namesIn(field.extensions[INPUT_RULES.clearableArguments]);
    const multiLine = namesIn(field.extensions[INPUT_RULES.multiLineArguments]);
    for (const argument of field.args) {
      if (!Object.hasOwn(values, argument.name)) continue;
      const problem = checkValue(values[argument.name], argument.type, argument.name, {
        clearable: clearable.has(argument.name),
        multiLine: multiLine.has(argument.name),
      });
      if (problem) return problem;
    }
  }
  return undefined;
}

/**
 * Runs `inputProblem` on every operation over HTTP: a refusal is answered 400 with BAD_USER_INPUT,
 * as graphql-js answers a variable it cannot coerce.
 */
export const operationInputPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({
        schema,
        document,
        operation,
        request,
      }: {
        schema: GraphQLSchema;
        document: DocumentNode;
        operation?: OperationDefinitionNode;
        request: { variables?: Record<string, unknown> };
      }) {
        if (!operation) return;
        const problem = inputProblem(schema, document, operation, request.variables);
        if (problem)
          throw new GraphQLError(problem.message, { originalError: problem, extensions: { http: { status: 400 } } });
      },
    };
  },
};

function checkValue(value: unknown, type: GraphQLInputType, path: string, rule: Rule): DomainError | undefined {
  if (value === null) {
    // A null for a non-null type never gets here: graphql-js refuses it while coercing.
    return isNonNullType(type) || rule.clearable
      ? undefined
      : DomainError.badInput(path, `${path} cannot be null: leave it out, or give a value.`);
  }
  const nullable = getNullableType(type);
  if (isListType(nullable) && Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = checkValue(item, nullable.ofType, `${path}.${index}`, { ...rule, clearable: false });
      if (problem) return problem;
    }
    return undefined;
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    const everyFieldClearable = nullable.extensions[INPUT_RULES.clearable] === true;
    const fields = value as Record<string, unknown>;
    for (const field of Object.values(nullable.getFields())) {
      if (!Object.hasOwn(fields, field.name)) continue;
      const problem = checkValue(fields[field.name], field.type, `${path}.${field.name}`, {
        clearable: everyFieldClearable || field.extensions[INPUT_RULES.clearable] === true,
        multiLine: field.extensions[INPUT_RULES.multiLine] === true,
      });
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value === 'string') {
    // Every id this API hands out is a UUID: anything else names nothing, and goes no nearer SQL.
    if (getNamedType(type) === GraphQLID && !isUUID(value))
      return DomainError.badInput(path, `${path} is not a valid id.`);
    if (CONTROL_CHARACTERS.test(value))
      return DomainError.badInput(path, `${path} must not contain control characters.`);
    if (LONE_SURROGATE.test(value))
      return DomainError.badInput(path, `${path} is not valid text: it holds half of a character.`);
    if (!rule.multiLine && LINE_BREAKS.test(value))
      return DomainError.badInput(path, `${path} must be a single line, with no line breaks or tabs.`);
    return undefined;
  }
  if (value instanceof Date && Number.isNaN(value.getTime()))
    return DomainError.badInput(path, `${path} is not a date and time, such as 2026-03-01T21:30:00Z.`);
  return undefined;
}

/** Every field of the operation, and of the fragments it spreads, that was given arguments. */
function argumentSites(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): ArgumentSite[] {
  const known = sitesOfOperation.get(operation);
  if (known) return known;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const sites: ArgumentSite[] = [];
  const spread = new Set<string>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  for (let definition = pending.pop(); definition; definition = pending.pop()) {
    const typeInfo = new TypeInfo(schema);
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const field = typeInfo.getFieldDef();
          if (field && node.arguments && node.arguments.length > 0) sites.push({ field, node });
        },
        FragmentSpread(node) {
          const fragment = fragments.get(node.name.value);
          if (fragment && !spread.has(node.name.value)) {
            spread.add(node.name.value);
            pending.push(fragment);
          }
        },
      }),
    );
  }
  sitesOfOperation.set(operation, sites);
  return sites;
}

function namesIn(value: unknown): Set<string> {
  return new Set(Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : []);
}
