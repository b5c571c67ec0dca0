// First: refuses an unsupported Node.js before any module (argon2's native one) is loaded.
import './node-version-check';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger, PinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { Clock } from './common/clock';
import { answerBrowsersOnGraphQL } from './common/graphql/browser-answer';
import { ConfigurationError, Settings, fastifyTrustProxy, loadSettings } from './config/settings';
import { DemoService } from './demo/demo.service';
import { DEMO_PASSWORD } from './demo/demo-data';
import { StartingServer } from './health/starting-server';
import { requestId } from './logging/logger-options';
import { RequestLog } from './logging/request-log';
import { StartLogger } from './logging/start-logger';
import { Metrics } from './metrics/metrics.service';
import { serveWebPage } from './web/web-page';

const SHUTDOWN_GRACE_MS = 10_000;

/** Builds the application (not listening yet): used by main and by the tests alike. */
export async function createApp(
  settings: Settings,
  overrides: { clock?: Clock; logDestination?: DestinationStream } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: settings.BODY_LIMIT_BYTES,
    trustProxy: fastifyTrustProxy(settings.TRUST_PROXY),
    logger: false,
    genReqId: requestId,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(settings, overrides), adapter, {
    bufferLogs: true,
    abortOnError: false, // a failed start throws (and main prints one line), never process.exit deep inside
  });
  app.useLogger(new StartLogger(app.get(Logger)));
  const fastify = app.getHttpAdapter().getInstance();
  // No landing page (Apollo's loaded its script from a CDN): helmet's headers, its content security
  // policy among them, on every answer. The middleware is built once: @fastify/helmet built it
  // anew on every request, parsing the policy each time (2% of a search's CPU).
  const securityHeaders = helmet({ crossOriginEmbedderPolicy: false });
  fastify.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
  );
  await serveWebPage(app);
  const requests = new RequestLog(PinoLogger.root, app.get(Metrics));
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => requests.finished(request, reply));
  answerBrowsersOnGraphQL(fastify);
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  return app;
}

async function main() {
  const settings = loadSettings();
  // Live but not ready while the database opens and migrates (health/starting-server.ts).
  const starting = await StartingServer.listen(settings.PORT, settings.HOST);
  let app: NestFastifyApplication;
  try {
    app = await createApp(settings);
  } finally {
    await starting.close();
  }
  process.once('SIGTERM', () => setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref());
  await app.listen(settings.PORT, settings.HOST);
  const url = `http://localhost:${settings.PORT}/graphql`;
  const logins = await app.get(DemoService).presentLogins();
  const lines = [
    `Haven is listening: the web page at http://localhost:${settings.PORT}/, GraphQL at ${url} (POST; subscriptions over graphql-ws on the same path)`,
  ];
  if (logins.length > 0) {
    lines.push(`Demo logins (password ${DEMO_PASSWORD}):`);
    for (const login of logins) lines.push(`  ${login.role.padEnd(21)} ${login.email}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const reason =
      error instanceof ConfigurationError ? error.message : error instanceof Error ? error.message : String(error);
    process.stderr.write(`haven: cannot start: ${reason.split('\n')[0]}\n`);
    process.exit(1);
  });
}
