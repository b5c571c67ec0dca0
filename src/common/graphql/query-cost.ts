import { HeaderMap } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  ArgumentNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLNamedType,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionNode,
  SelectionSetNode,
  ValidationRule,
  getNamedType,
  isInterfaceType,
  isObjectType,
  validate,
  visit,
} from 'graphql';

/**
 * What a query costs is what it asks for, however it is spelt. graphql-armor's cost rule prices a
 * fragment (spread or inline) above the same fields written in place, and multiplies a list's cost
 * only by a page size written in as a number. So the rule is run on the query in a normal form:
 * every fragment written in place, and every page size (`first`, `last`, `limit`) the number it
 * will be: the variable's value once known, else its default; the field's default when the query
 * leaves it out. A client pays for what it will get, however the query is spelt.
 */

/** The cost rule of a document with its fragments written in place: a validation rule (run once per document). */
export function queryCostRule(maxCost: number): ValidationRule {
  return (context) => ({
    Document: {
      enter(document) {
        const schema = context.getSchema();
        const error = costRefusal(schema, normalised(schema, document, maxCost, {}), maxCost);
        if (error) context.reportError(error);
        return false;
      },
    },
  });
}

/**
 * Once the variables are known: the refusal the query would have got with its page sizes written in
 * (BAD_USER_INPUT, the rule's message), or undefined. Nothing to do, and no cost, when no page size
 * is a variable (validation priced it with the defaults).
 */
export function pageSizeRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  maxCost: number,
): GraphQLError | undefined {
  if (!hasVariablePageSize(document)) return undefined; // priced already, in validation
  const refusal = costRefusal(schema, normalised(schema, document, maxCost, variables), maxCost);
  return refusal && new GraphQLError(refusal.message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The page-size cost over HTTP: a refusal is answered 400, as the written-in query would have been. */
export function pageSizeCostPlugin(maxCost: number) {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({
          document,
          request,
          schema,
        }: {
          document: DocumentNode;
          request: { variables?: Record<string, unknown> };
          schema: GraphQLSchema;
        }) {
          const refusal = pageSizeRefusal(schema, document, request.variables ?? {}, maxCost);
          if (!refusal) return null;
          return {
            http: { status: 400, headers: new HeaderMap() },
            body: {
              kind: 'single' as const,
              singleResult: { errors: [{ message: refusal.message, extensions: { code: 'BAD_USER_INPUT' } }] },
            },
          };
        },
      };
    },
  };
}

function costRefusal(schema: GraphQLSchema, document: DocumentNode, maxCost: number): GraphQLError | undefined {
  let refusal: GraphQLError | undefined;
  const rule = costLimitRule({
    maxCost,
    propagateOnRejection: false,
    onReject: [(_context, error) => (refusal = error)],
  });
  validate(schema, document, [rule]);
  return refusal && new GraphQLError(refusal.message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Thrown when writing the fragments in place passes more fields than any query may cost. */
class TooManyFields extends Error {}

/** The arguments that say how many items a list field gives: the cost rule multiplies by them. */
const PAGE_SIZE_ARGUMENTS = ['first', 'last', 'limit'];

/**
 * The document's operations in the form the cost rule prices rightly: every fragment written in
 * place (fragment definitions dropped), and every page size a number: `variables`' value, else the
 * variable's default, else, left out of the query, the field's own default. A `limit` is priced as
 * the rule prices a `first`. A fragment spread twice is written twice, as its fields would be:
 * fragments nested to multiply can grow a small document enormously, so past `maxCost` fields
 * (each costs at least one) it stops, and the document is priced as `maxCost + 1` plain fields,
 * which the rule refuses.
 */
function normalised(
  schema: GraphQLSchema,
  document: DocumentNode,
  maxCost: number,
  variables: Record<string, unknown>,
): DocumentNode {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let budget = maxCost + 1;
  const typeOf = (name: string | undefined) => (name ? schema.getType(name) : undefined) ?? undefined;

  const field = (
    node: FieldNode,
    parent: GraphQLNamedType | undefined,
    operation: OperationDefinitionNode,
  ): FieldNode => {
    if (--budget < 0) throw new TooManyFields();
    const definition =
      parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[node.name.value] : undefined;
    let args: readonly ArgumentNode[] = node.arguments ?? [];
    for (const name of PAGE_SIZE_ARGUMENTS) {
      const declared = definition?.args.find((arg) => arg.name === name);
      if (!declared) continue;
      const given = args.find((arg) => arg.name.value === name);
      const size = given ? pageSize(given.value, operation, variables) : declared.defaultValue;
      const priced = name === 'limit' ? 'first' : name;
      args = args.filter((arg) => arg.name.value !== name && arg.name.value !== priced);
      if (Number.isInteger(size)) args = [...args, intArgument(priced, size as number)];
    }
    const selectionSet = node.selectionSet && {
      ...node.selectionSet,
      selections: flatten(node.selectionSet, definition ? getNamedType(definition.type) : undefined, operation, []),
    };
    return { ...node, arguments: args, ...(selectionSet && { selectionSet }) };
  };

  const flatten = (
    set: SelectionSetNode,
    parent: GraphQLNamedType | undefined,
    operation: OperationDefinitionNode,
    within: readonly string[],
  ): SelectionNode[] => {
    const selections: SelectionNode[] = [];
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        selections.push(field(selection, parent, operation));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = typeOf(selection.typeCondition?.name.value) ?? parent;
        selections.push(...flatten(selection.selectionSet, type, operation, within));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // an unknown or cyclic spread is graphql's own validation error; it costs nothing here
        if (fragment && !within.includes(name)) {
          const type = typeOf(fragment.typeCondition.name.value);
          selections.push(...flatten(fragment.selectionSet, type, operation, [...within, name]));
        }
      }
    }
    return selections;
  };

  try {
    return {
      ...document,
      definitions: document.definitions.flatMap((definition) =>
        definition.kind === Kind.OPERATION_DEFINITION
          ? [
              {
                ...definition,
                selectionSet: {
                  ...definition.selectionSet,
                  selections: flatten(
                    definition.selectionSet,
                    schema.getRootType(definition.operation) ?? undefined,
                    definition,
                    [],
                  ),
                },
              },
            ]
          : [],
      ),
    };
  } catch (error) {
    if (!(error instanceof TooManyFields)) throw error;
    return tooCostly(maxCost);
  }
}

/** A page size argument's number: written in, the variable's value, or the variable's default. */
function pageSize(
  value: ArgumentNode['value'],
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): unknown {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind !== Kind.VARIABLE) return undefined;
  const name = value.name.value;
  if (variables[name] !== undefined && variables[name] !== null) return variables[name];
  const declared = operation.variableDefinitions?.find((definition) => definition.variable.name.value === name);
  return declared?.defaultValue?.kind === Kind.INT ? Number(declared.defaultValue.value) : undefined;
}

function intArgument(name: string, size: number): ArgumentNode {
  return {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: name },
    value: { kind: Kind.INT, value: String(size) },
  };
}

/** A query of `maxCost + 1` plain fields: what a fragment bomb is priced as. */
function tooCostly(maxCost: number): DocumentNode {
  const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: 'query' as never,
        selectionSet: { kind: Kind.SELECTION_SET, selections: Array.from({ length: maxCost + 1 }, () => typename) },
      },
    ],
  } as DocumentNode;
}

/**
 * Whether a page size is a variable somewhere in the document: only then do the variables change
 * the price. Asked on every request; Apollo hands the same parsed document to every request of
 * the same text, so the answer is kept per document rather than found by a walk each time.
 */
const variablePageSizes = new WeakMap<DocumentNode, boolean>();

function hasVariablePageSize(document: DocumentNode): boolean {
  let found = variablePageSizes.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Argument(node) {
        if (PAGE_SIZE_ARGUMENTS.includes(node.name.value) && node.value.kind === Kind.VARIABLE) found = true;
      },
    });
    variablePageSizes.set(document, found);
  }
  return found;
}
