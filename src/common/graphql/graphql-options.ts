import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyRequest } from 'fastify';
import { Settings } from '../../config/settings';
import { PlatformOrganisation } from '../../organisations/platform-organisation.model';
import { formatError } from '../errors/format-error';
import { RequestContext } from '../request-context';
import { RequestContextFactory } from '../request-context.factory';
import { errorLogging } from './error-log';
import { OperationRules } from './operation-rules';

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

export function graphqlOptions(
  settings: Settings,
  contexts: RequestContextFactory,
  rules: OperationRules,
): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { orphanedTypes: [PlatformOrganisation] },
    // Refused in production by the shared rules (NoSchemaIntrospectionCustomRule), over HTTP and the
    // websocket alike; Apollo's own switch would add a second rule with other words.
    introspection: true,
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: rules.parseOptions,
    validationRules: [...rules.validationRules],
    // Nest sees @apollo/server's ESM typings and this CommonJS build its CJS ones: same objects.
    plugins: [
      ...rules.apolloPlugins(),
      errorLogging,
      noStore,
      ApolloServerPluginCacheControlDisabled(),
      ...(settings.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ] as unknown as ApolloDriverConfig['plugins'],
    fieldResolverEnhancers: ['guards'],
    formatError,
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
