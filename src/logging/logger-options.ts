import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { Settings } from '../config/settings';
import { serializeError, withSafeErrors } from './error-serializer';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Fastify gives each request this id (a caller's X-Request-Id when sane); pino-http logs it. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * JSON logs, one line per request with its id. Bodies are never logged (they carry personal
 * data), nor are credentials, nor what a failed statement sent to the database (error-serializer.ts).
 * `stream`: where the lines go (standard output when not given; tests read them).
 */
export function loggerOptions(settings: Settings, stream?: DestinationStream): Params {
  const options = {
    level: settings.LOG_LEVEL,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
    serializers: {
      // The path only: a GET query string could carry GraphQL variables.
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url?.split('?')[0],
      }),
      err: serializeError,
    },
    formatters: { log: withSafeErrors },
    autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health') === true },
    customProps: () => ({ service: 'haven' }),
  };
  return { pinoHttp: stream ? [options, stream] : options };
}
