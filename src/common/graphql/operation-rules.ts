import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Injectable } from '@nestjs/common';
import {
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  OperationDefinitionNode,
  ParseOptions,
  ValidationRule,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { Settings } from '../../config/settings';
import { inputProblem, operationInputPlugin } from '../validation/operation-input';
import { pageSizeCostPlugin, pageSizeRefusal, queryCostRule } from './query-cost';

/** Most tokens in one document: parsing stops there, before a huge document is built. */
const MAX_TOKENS = 5000;
const MAX_DIRECTIVES = 20;

/**
 * The rules every GraphQL operation meets, whichever way it comes (POST /graphql or the websocket):
 * one definition, given to Apollo and to the subscription server alike, so that the two paths cannot
 * drift apart (CONTRACT.md, Sessions: the websocket is the same API as HTTP, not a side door).
 */
@Injectable()
export class OperationRules {
  /** graphql's own parser with a token limit: used by Apollo (`parseOptions`) and the socket. */
  readonly parseOptions: ParseOptions = { maxTokens: MAX_TOKENS };
  /**
   * Run after graphql's specified rules: depth, aliases, cost and directives (graphql-armor), and in
   * production no introspection.
   */
  readonly validationRules: readonly ValidationRule[];

  constructor(private readonly settings: Settings) {
    const armor = new ApolloArmor({
      maxDepth: { n: settings.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true },
      maxAliases: { n: settings.GRAPHQL_MAX_ALIASES },
      // priced by queryCostRule, on the query with its fragments written in place
      costLimit: { enabled: false },
      maxDirectives: { n: MAX_DIRECTIVES },
      // Its Apollo plugin parses the document a second time and turns every syntax error (over the
      // limit or not) into a 500; graphql's parser counts the tokens itself (parseOptions).
      maxTokens: { enabled: false },
      // formatError drops suggestions in production, for every transport and every kind of error.
      blockFieldSuggestion: { enabled: false },
    }).protect();
    this.validationRules = [
      ...armor.validationRules,
      queryCostRule(settings.GRAPHQL_MAX_COST),
      ...(settings.isProduction ? [NoSchemaIntrospectionCustomRule] : []),
    ];
  }

  /** Apollo's plugins for the rules that need more than validation: page sizes in variables, every value's text and nulls, transport. */
  apolloPlugins() {
    return [pageSizeCostPlugin(this.settings.GRAPHQL_MAX_COST), operationInputPlugin, subscriptionsOverSocket];
  }

  /** Parses with the token limit; throws graphql's syntax error. */
  parse(source: string): DocumentNode {
    return parse(source, this.parseOptions);
  }

  /** Every refusal of a document with its variables, as POST /graphql refuses them. */
  validate(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown>,
    operationName?: string | null,
  ): GraphQLError[] {
    const errors = validate(schema, document, [...specifiedRules, ...this.validationRules]);
    if (errors.length > 0) return [...errors];
    const refusal = pageSizeRefusal(schema, document, variables, this.settings.GRAPHQL_MAX_COST);
    if (refusal) return [refusal];
    const operation = operationOf(document, operationName);
    const problem =
      operation instanceof GraphQLError ? undefined : inputProblem(schema, document, operation, variables);
    return problem ? [new GraphQLError(problem.message, { originalError: problem })] : [];
  }
}

/** The operation a request names, as graphql-js resolves it; the errors it answers otherwise. */
export function operationOf(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | GraphQLError {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (operationName) {
    return (
      operations.find((operation) => operation.name?.value === operationName) ??
      new GraphQLError(`Unknown operation named "${operationName}".`)
    );
  }
  if (operations.length === 1) return operations[0];
  return new GraphQLError(
    operations.length === 0
      ? 'Must provide an operation.'
      : 'Must provide operation name if query contains multiple operations.',
  );
}

/** Subscriptions are the websocket's; over HTTP one would run its event mapper with no event (a fault). */
const subscriptionsOverSocket = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }: { operation?: OperationDefinitionNode }) {
        if (operation?.operation !== 'subscription') return;
        throw new GraphQLError('Subscriptions go over the websocket (graphql-ws on /graphql), not over HTTP.', {
          extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
        });
      },
    };
  },
};
