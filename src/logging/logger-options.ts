import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { Settings } from '../config/settings';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Fastify gives each request this id (a caller's X-Request-Id when sane); pino-http logs it. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * JSON logs, one line per request with its id. Bodies are never logged (they carry personal
 * data), nor are credentials. `destination`: where the lines go instead of stdout (the tests keep
 * every line to sweep for secrets).
 */
export function loggerOptions(settings: Settings, destination?: DestinationStream): Params {
  const options: Options = {
    level: settings.LOG_LEVEL,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
    serializers: {
      // The path only: a GET query string could carry GraphQL variables.
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url?.split('?')[0],
      }),
    },
    autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health') === true },
    customProps: () => ({ service: 'haven' }),
  };
  return { pinoHttp: destination ? [options, destination] : options };
}
