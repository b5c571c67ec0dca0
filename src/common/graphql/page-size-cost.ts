import { HeaderMap } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { DocumentNode, GraphQLError, GraphQLSchema, Kind, ValueNode, validate, visit } from 'graphql';

/**
 * graphql-armor's cost limit multiplies a list's cost by its `first` or `last` only when the
 * number is written in the query; passed as a variable (as clients do), it counted as one, so a
 * query refused with `first: 100` passed with `first: $n`. Once the variables are known, this runs
 * the same rule again on the document with those page sizes written in: the refusal the
 * written-in query would have got (BAD_USER_INPUT, the rule's message), or undefined.
 */
export function pageSizeRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  maxCost: number,
): GraphQLError | undefined {
  const inlined = withPageSizes(document, variables);
  if (!inlined) return undefined;
  let refusal: GraphQLError | undefined;
  const rule = costLimitRule({
    maxCost,
    propagateOnRejection: false,
    onReject: [(_context, error) => (refusal = error)],
  });
  validate(schema, inlined, [rule]);
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
