import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';

/**
 * The web page for duty officers, coordinators and commissioners (web/, built by
 * `npm run build:web` into dist/web) is served at `/` by the service itself. It speaks only to the
 * public GraphQL API on /graphql, like any other client.
 */

/** Scripts, styles and the API on this origin only; nothing inline, nothing framed. */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The build names the script and stylesheet by their content's hash (web/build.mjs). */
const HASHED_ASSET = /-[A-Z0-9]{8}\.(js|css)(\.br|\.gz)?$/;

/** dist/web of the project this file belongs to (from src/web in tests, dist/src/web when built). */
export function webRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return join(folder, 'dist', 'web');
}

export async function serveWebPage(app: NestFastifyApplication, root = webRoot()): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) {
    app
      .getHttpAdapter()
      .getInstance()
      .get('/', async (_request, reply) =>
        reply.code(503).type('text/plain').send('The web page is not built: run `npm run build:web`.\n'),
      );
    return;
  }
  await app.register(fastifyStatic as never, {
    root,
    prefix: '/',
    preCompressed: true,
    wildcard: false,
    index: ['index.html'],
    allowedPath: (path: string) => !path.endsWith('sizes.json'),
    cacheControl: false,
    setHeaders: (reply: FastifyReply, path: string) => {
      reply.header('content-security-policy', WEB_CONTENT_SECURITY_POLICY);
      // The script and stylesheet have hashed names: cached for good. index.html is asked afresh.
      reply.header('cache-control', HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
