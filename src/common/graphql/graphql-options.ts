import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyRequest } from 'fastify';
import { Settings } from '../../config/settings';
import { PlatformOrganisation } from '../../organisations/platform-organisation.model';
import { errorFormatter } from '../errors/format-error';
import { RequestContextFactory } from '../request-context.factory';
import { noteOperationOf, operationNotes } from '../../logging/request-log';
import { errorLogging } from './error-log';
import { DateTimeScalar } from './date-time.scalar';
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

/** POST /graphql. The websocket on the same path is SubscriptionServer's, with the same rules. */
export function graphqlOptions(
  settings: Settings,
  contexts: RequestContextFactory,
  rules: OperationRules,
): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // A field or argument typed Date without naming its scalar is the strict DateTime too.
    buildSchemaOptions: {
      orphanedTypes: [PlatformOrganisation],
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    },
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
      operationNotes,
      noStore,
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(), // /graphql in a browser: browser-answer.ts
    ] as unknown as ApolloDriverConfig['plugins'],
    fieldResolverEnhancers: ['guards'],
    formatError: errorFormatter({ production: settings.isProduction }),
    context: async (request: FastifyRequest) => {
      const ctx = await contexts.forHttp(request);
      noteOperationOf(request, ctx); // for the request's log line (logging/request-log.ts)
      return ctx;
    },
  };
}
