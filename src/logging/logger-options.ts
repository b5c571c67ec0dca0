import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { Settings } from '../config/settings';
import { serializeError, withSafeErrors } from './error-serializer';

/**
 * Fastify gives each request this id; pino-http logs it, the audit log keeps it and an error quotes
 * it as its reference. The server makes it: a client's X-Request-Id is only a label (clientRequestId).
 */
export function requestId(): string {
  return randomUUID();
}

const CLIENT_REQUEST_ID_LENGTH = 64;

/**
 * A client's X-Request-Id, kept beside the server's id to find its requests in the log: letters,
 * digits and `._:-` only, at most 64 characters, so the label can't forge a log line or carry much.
 */
export function clientRequestId(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const label = header.replace(/[^A-Za-z0-9._:-]/g, '').slice(0, CLIENT_REQUEST_ID_LENGTH);
  return label.length > 0 ? label : undefined;
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
    // One line per request comes from RequestLog (request-log.ts), GraphQL's included, when it is answered.
    autoLogging: false,
    customProps: (req: IncomingMessage) => {
      const label = clientRequestId(req.headers['x-request-id']);
      return { service: 'haven', ...(label && { clientRequestId: label }) };
    },
  };
  return { pinoHttp: stream ? [options, stream] : options };
}
