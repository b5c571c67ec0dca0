import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { Settings } from '../../config/settings';
import { clientRequestId } from '../../logging/logger-options';
import { PlatformOrganisation } from '../../organisations/platform-organisation.model';
import { DomainError } from '../errors/domain-error';
import { errorFormatter } from '../errors/format-error';
import { RequestContext } from '../request-context';
import { RequestContextFactory } from '../request-context.factory';
import { operationInputPlugin } from '../validation/operation-input';
import { pageSizeCostPlugin } from './page-size-cost';

const logger = new Logger('GraphQL');

/**
 * The most tokens a document may have. graphql-js counts them while parsing (Apollo's parseOptions),
 * so a refusal is a syntax error answered 400; graphql-armor's own count threw from a plugin hook,
 * which Apollo answers 500, and it did the same to every plain syntax error.
 */
export const MAX_TOKENS = 5000;

/**
 * Tags every error with the request id (the reference a user quotes), and logs the unexpected
 * ones in full; formatError then decides what the client sees.
 */
const errorLogging = {
  async requestDidStart() {
    return {
      async didEncounterErrors({
        errors,
        contextValue,
        request,
      }: {
        errors: readonly GraphQLError[];
        contextValue?: RequestContext;
        request?: { http?: { headers: Map<string, string> } };
      }) {
        for (const error of errors) {
          (error.extensions as Record<string, unknown>).requestId = contextValue?.requestId;
          const original = unwrapResolverError(error);
          if (
            original instanceof DomainError ||
            (original instanceof GraphQLError && original === error && !error.path)
          )
            continue;
          const label = clientRequestId(request?.http?.headers.get('x-request-id'));
          logger.error(
            {
              requestId: contextValue?.requestId,
              ...(label && { clientRequestId: label }),
              path: error.path,
              err: original,
            },
            'Unexpected error',
          );
        }
      },
    };
  },
};

/**
 * Every answer is personal or live: never stored by a browser or a proxy. Apollo's cache-control
 * plugin (off: nothing here has a cache hint) said the same, but by wrapping every field's resolver
 * to collect hints, which cost more than a tenth of a search's CPU.
 */
const noStore = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }: { response: { http: { headers: Map<string, string> } } }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/** graphql-ws's context for one connection: what onConnect verified is kept on `extra`. */
interface SubscriptionConnection {
  connectionParams?: Record<string, unknown>;
  extra: {
    request?: { socket?: { remoteAddress?: string } };
    requestContext: RequestContext;
  };
}

function isSubscriptionConnection(value: unknown): value is SubscriptionConnection {
  return typeof value === 'object' && value !== null && 'extra' in value && 'connectionParams' in value;
}

export function graphqlOptions(settings: Settings, contexts: RequestContextFactory): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: settings.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true },
    maxAliases: { n: settings.GRAPHQL_MAX_ALIASES },
    costLimit: { maxCost: settings.GRAPHQL_MAX_COST },
    maxDirectives: { n: 20 },
    maxTokens: { enabled: false },
    // formatError drops suggestions in production, for every transport and every kind of error.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { orphanedTypes: [PlatformOrganisation] },
    introspection: !settings.isProduction,
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    // Nest sees @apollo/server's ESM typings and this CommonJS build its CJS ones: same objects.
    plugins: [
      ...armor.plugins,
      pageSizeCostPlugin(settings.GRAPHQL_MAX_COST),
      operationInputPlugin,
      errorLogging,
      noStore,
      ApolloServerPluginCacheControlDisabled(),
      ...(settings.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ] as unknown as ApolloDriverConfig['plugins'],
    fieldResolverEnhancers: ['guards'],
    formatError: errorFormatter({ production: settings.isProduction }),
    context: (request: FastifyRequest | SubscriptionConnection) =>
      isSubscriptionConnection(request) ? request.extra.requestContext : contexts.forHttp(request),
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // Authenticated at connect: a missing or bad token closes the socket (4403 Forbidden).
        onConnect: async (connection: SubscriptionConnection) => {
          const ctx = await contexts.forConnection(
            connection.connectionParams?.authorization,
            connection.extra.request?.socket?.remoteAddress ?? 'unknown',
          );
          if (!ctx.actor) return false;
          connection.extra.requestContext = ctx;
          return true;
        },
      },
    } as unknown as ApolloDriverConfig['subscriptions'],
  };
}
