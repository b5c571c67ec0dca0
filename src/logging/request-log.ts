import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import { RequestContext } from '../common/request-context';
import { Metrics } from '../metrics/metrics.service';
import { clientRequestId } from './logger-options';

/**
 * What the GraphQL layer learnt of the operation a request carried, for the request's one log line
 * and its metrics: never its variables, its document or its answer.
 */
export interface OperationNote {
  /** query, mutation or subscription; unset when the document did not parse or name one. */
  type?: string;
  /** The client's name for it (a label for the log; metrics use the root field, from the schema). */
  name?: string;
  /** Its first root field, e.g. searchAvailability. */
  field?: string;
  errorCodes?: string[];
  userId?: string;
  role?: string;
}

const byRequest = new WeakMap<IncomingMessage, OperationNote>();
/**
 * The notes of requests Apollo is working on, by request id: Apollo hands its plugins a copy of the
 * context, not the object the context function made. Each leaves when its answer is ready, or at
 * the latest when the request's response has gone.
 */
const inProgress = new Map<string, OperationNote>();

/** Called with each GraphQL request's context: links the two, so the plugin can tell the log. */
export function noteOperationOf(request: FastifyRequest, ctx: RequestContext): void {
  const note: OperationNote = { userId: ctx.actor?.userId, role: ctx.actor?.role };
  byRequest.set(request.raw, note);
  inProgress.set(ctx.requestId, note);
}

/** Someone signed in during this request (the login mutation): the line names them, as later requests do. */
export function noteSignedIn(requestId: string, userId: string, role: string): void {
  const note = inProgress.get(requestId);
  if (note) Object.assign(note, { userId, role });
}

/** The operation's name, type, root field and the codes of the errors answered: an Apollo plugin. */
export const operationNotes = {
  async requestDidStart({ contextValue }: { contextValue: RequestContext }) {
    const note = inProgress.get(contextValue.requestId);
    if (!note) return {};
    return {
      async didResolveOperation({ operation }: { operation?: OperationDefinitionNode }) {
        describeOperation(note, operation);
      },
      async willSendResponse({ response }: { response: { body: { kind: string; singleResult?: ResultErrors } } }) {
        inProgress.delete(contextValue.requestId);
        if (response.body.kind === 'single') note.errorCodes = codesOf(response.body.singleResult?.errors);
      },
    };
  },
};

type ResultErrors = { errors?: readonly { extensions?: Record<string, unknown> }[] };

export function describeOperation(note: OperationNote, operation: OperationDefinitionNode | undefined): void {
  if (!operation) return;
  note.type = operation.operation;
  note.name = operation.name?.value;
  const first = operation.selectionSet.selections[0];
  note.field = first?.kind === 'Field' ? first.name.value : first ? `…${first.kind}` : undefined;
}

export function codesOf(errors: ResultErrors['errors']): string[] | undefined {
  if (!errors || errors.length === 0) return undefined;
  return [...new Set(errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
}

/** Requests not logged one by one: probes and scrapes, every few seconds (their metrics still count). */
const QUIET = /^\/(health\/|metrics$)/;

/**
 * One JSON line per HTTP request, when its answer has gone (a Fastify onResponse hook): the
 * request id, method, path (never the query string), status and duration; for GraphQL, the
 * operation's type, name and root field, the error codes answered and who asked (user id, role).
 * Never a body, variables or headers. And the same facts as metrics.
 */
export class RequestLog {
  constructor(
    private readonly logger: Logger,
    private readonly metrics: Metrics,
  ) {}

  finished(request: FastifyRequest, reply: FastifyReply): void {
    // Apollo refuses some bodies (a batch) after making their context but before any plugin hears
    // of them: their note leaves here, or every such request would leave one behind.
    inProgress.delete(request.id);
    const ms = reply.elapsedTime;
    const path = request.url.split('?')[0];
    // A request to /graphql that Apollo refused before any operation (not GraphQL, CSRF) is one too.
    const note = byRequest.get(request.raw) ?? (request.routeOptions.url === '/graphql' ? {} : undefined);
    if (note) {
      this.metrics.graphqlRequest(note.type ?? '-', note.field ?? '-', ms / 1000);
      if (note.errorCodes) for (const code of note.errorCodes) this.metrics.graphqlError(code);
    } else {
      this.metrics.httpRequest(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, ms / 1000);
    }
    if (QUIET.test(path) || !this.logger.isLevelEnabled(reply.statusCode >= 500 ? 'error' : 'info')) return;
    const label = clientRequestId(request.headers['x-request-id']);
    const line = {
      requestId: request.id,
      ...(label && { clientRequestId: label }),
      method: request.method,
      path,
      status: reply.statusCode,
      durationMs: Math.round(ms * 10) / 10,
      ...(note && graphqlFields(note)),
    };
    if (reply.statusCode >= 500) this.logger.error(line, note ? 'GraphQL request' : 'HTTP request');
    else this.logger.info(line, note ? 'GraphQL request' : 'HTTP request');
  }
}

/** Longer operation names are cut: a client cannot fill the log with one request. */
export const OPERATION_NAME_MAX = 100;

export function graphqlFields(note: OperationNote) {
  return {
    operationType: note.type ?? null,
    // the client's own text: at most OPERATION_NAME_MAX characters in the log
    operationName: note.name ? note.name.slice(0, OPERATION_NAME_MAX) : null,
    rootField: note.field ?? null,
    errors: note.errorCodes ?? [],
    userId: note.userId ?? null,
    role: note.role ?? null,
  };
}

/** How many requests' notes are held (a test checks that none stays behind). */
export function notesInProgress(): number {
  return inProgress.size;
}
