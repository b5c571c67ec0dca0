import { HeaderMap } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  SelectionNode,
  SelectionSetNode,
  ValidationRule,
  ValueNode,
  validate,
  visit,
} from 'graphql';

/**
 * What a query costs is what it asks for, however it is spelt. graphql-armor's cost rule prices a
 * fragment (spread or inline) above the same fields written in place, and a page size passed as a
 * variable (as clients do) as one. So the rule is run on the query in a normal form: every fragment
 * written in place, and, once the variables are known, every `first: $x` / `last: $x` replaced by
 * the number. A client that shares fields through fragments pays what a client that copies them pays.
 */

/** The cost rule of a document with its fragments written in place: a validation rule (run once per document). */
export function queryCostRule(maxCost: number): ValidationRule {
  return (context) => ({
    Document: {
      enter(document) {
        const error = costRefusal(context.getSchema(), flattened(document, maxCost), maxCost);
        if (error) context.reportError(error);
        return false;
      },
    },
  });
}

/**
 * Once the variables are known: the refusal the query would have got with its page sizes written in
 * (BAD_USER_INPUT, the rule's message), or undefined. Nothing to do, and no cost, when no page size
 * is a variable.
 */
export function pageSizeRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  maxCost: number,
): GraphQLError | undefined {
  const inlined = withPageSizes(document, variables);
  if (!inlined) return undefined;
  const refusal = costRefusal(schema, flattened(inlined, maxCost), maxCost);
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

/**
 * The document's operations with every fragment written in place (fragment definitions dropped).
 * A fragment spread twice is written twice, as its fields would be: fragments nested to multiply
 * can grow a small document enormously, so past `maxCost` fields (each costs at least one) it stops
 * and the document is priced at `maxCost + 1` fields of one level, which the rule refuses.
 */
function flattened(document: DocumentNode, maxCost: number): DocumentNode {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  if (fragments.size === 0 && !hasInlineFragment(document)) return document;
  let budget = maxCost + 1;
  const flatten = (set: SelectionSetNode, within: readonly string[]): SelectionNode[] => {
    const selections: SelectionNode[] = [];
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (--budget < 0) throw new TooManyFields();
        selections.push(
          selection.selectionSet
            ? {
                ...selection,
                selectionSet: { ...selection.selectionSet, selections: flatten(selection.selectionSet, within) },
              }
            : selection,
        );
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        selections.push(...flatten(selection.selectionSet, within));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // an unknown or cyclic spread is graphql's own validation error; it costs nothing here
        if (fragment && !within.includes(name)) selections.push(...flatten(fragment.selectionSet, [...within, name]));
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
                selectionSet: { ...definition.selectionSet, selections: flatten(definition.selectionSet, []) },
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

/** A query of `maxCost + 1` plain fields: what a fragment bomb is priced as. */
function tooCostly(maxCost: number): DocumentNode {
  const field = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: 'query' as never,
        selectionSet: { kind: Kind.SELECTION_SET, selections: Array.from({ length: maxCost + 1 }, () => field) },
      },
    ],
  } as DocumentNode;
}

function hasInlineFragment(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    InlineFragment() {
      found = true;
      return false;
    },
  });
  return found;
}

/** The document with every `first: $x` / `last: $x` replaced by the variable's integer; null if none. */
function withPageSizes(document: DocumentNode, variables: Record<string, unknown>): DocumentNode | null {
  let changed = false;
  const inlined = visit(document, {
    Argument(node) {
      if (node.name.value !== 'first' && node.name.value !== 'last') return undefined;
      if (node.value.kind !== Kind.VARIABLE) return undefined;
      const size = variables[node.value.name.value];
      if (!Number.isInteger(size)) return undefined;
      changed = true;
      const value: ValueNode = { kind: Kind.INT, value: String(size) };
      return { ...node, value };
    },
  });
  return changed ? inlined : null;
}
