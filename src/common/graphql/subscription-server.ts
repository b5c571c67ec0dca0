import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ExecutionArgs, GraphQLError, GraphQLFormattedError, Kind } from 'graphql';
import { CloseCode, Context, SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import { Settings } from '../../config/settings';
import { OperationNote, codesOf, describeOperation, graphqlFields } from '../../logging/request-log';
import { Metrics } from '../../metrics/metrics.service';
import { DomainError } from '../errors/domain-error';
import { errorFormatter } from '../errors/format-error';
import { RequestContext } from '../request-context';
import { RequestContextFactory } from '../request-context.factory';
import { noteErrors } from './error-log';
import { OperationRules, operationOf } from './operation-rules';

/**
 * How often every open socket's session is checked again: a socket whose session ended is closed
 * within this (plus however long the factory caches a session), well inside the contract's 5 s.
 */
const SESSION_SWEEP_MS = 1000;
/**
 * Operations one socket may run at once. The page runs two or three; every event is filtered,
 * resolved and sent once per subscription, so a socket with hundreds of copies of one would make
 * each change cost hundreds of sends.
 */
export const MAX_OPERATIONS_PER_SOCKET = 20;
/** On shutdown, how long a socket has to answer the close before it is cut. */
const CLOSE_GRACE_MS = 1000;

/** A socket past connection_init: the token it signed in with, checked again for every operation and by the sweep. */
interface SocketSession {
  socket: WebSocket;
  authorization: string;
  clientAddress: string;
  /** The request id of each running operation, for errors graphql-ws reports without its arguments. */
  requestIds: Map<string, string>;
}

/** An operation of a socket, from its subscribe message until it ends: for its one log line. */
interface OpenOperation {
  started: number;
  note: OperationNote;
  errorCodes: Set<string>;
}

type Connection = Context<Record<string, unknown> | undefined, { socket: WebSocket; request: IncomingMessage }>;

/**
 * graphql-ws on /graphql, the same API as POST /graphql (CONTRACT.md, Sessions): the token is
 * checked at connect, again for every operation (each with a context of its own: request id,
 * DataLoaders) and every SESSION_SWEEP_MS for every open socket, whose session's end closes it
 * with 4401; documents meet the same OperationRules; every error goes through formatError;
 * frames over BODY_LIMIT_BYTES close the socket (1009) unread. It carries subscriptions only.
 *
 * Nest's own subscription server (GraphQLModule `subscriptions`) is off: it checked the token once
 * per socket, shared one context among its operations, and skipped the rules.
 */
@Injectable()
export class SubscriptionServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SubscriptionServer.name);
  private readonly sessions = new Map<WebSocket, SocketSession>();
  /** Kept apart from `sessions`: an operation still ends (and is logged) after its socket's session. */
  private readonly operations = new WeakMap<WebSocket, Map<string, OpenOperation>>();
  private server?: {
    wss: WebSocketServer;
    dispose: () => void | Promise<void>;
    httpServer: Server;
    onUpgrade: UpgradeListener;
  };
  private sweep?: NodeJS.Timeout;
  private readonly formatError: ReturnType<typeof errorFormatter>;
  private sweeping = false;

  constructor(
    private readonly settings: Settings,
    private readonly contexts: RequestContextFactory,
    private readonly rules: OperationRules,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly adapterHost: HttpAdapterHost,
    private readonly metrics: Metrics,
  ) {
    this.formatError = errorFormatter({ production: settings.isProduction });
  }

  onApplicationBootstrap(): void {
    const wss = new WebSocketServer({ noServer: true, path: '/graphql', maxPayload: this.settings.BODY_LIMIT_BYTES });
    const { dispose } = useServer(
      {
        schema: this.schemaHost.schema,
        onConnect: (connection: Connection) => this.connect(connection),
        onSubscribe: (connection: Connection, id: string, payload: SubscribePayload) =>
          this.subscribe(connection, id, payload),
        onNext: (connection: Connection, id, _payload, args: ExecutionArgs, result) => {
          if (!result.errors) return undefined;
          const errors = this.present(result.errors.map(asApolloDoes), (args.contextValue as RequestContext).requestId);
          this.noteCodes(connection, id, errors);
          return { ...result, errors };
        },
        onError: (connection: Connection, id, _payload, errors) => {
          const session = this.sessions.get(connection.extra.socket);
          const requestId = session?.requestIds.get(id);
          session?.requestIds.delete(id);
          const formatted = this.present(errors, requestId);
          this.noteCodes(connection, id, formatted);
          this.ended(connection, id, requestId);
          return formatted;
        },
        onComplete: (connection: Connection, id) => {
          const session = this.sessions.get(connection.extra.socket);
          this.ended(connection, id, session?.requestIds.get(id));
          session?.requestIds.delete(id);
        },
        onClose: (connection: Connection) => void this.sessions.delete(connection.extra.socket),
      },
      wss,
    );
    wss.on('connection', (socket: WebSocket) => {
      // A socket's error is a bad frame from the client (too large, not UTF-8, unmasked): ws has
      // already closed it with the matching code (1009, 1007, 1002). graphql-ws's own listener would
      // print each one to stderr with its stack.
      socket.removeAllListeners('error');
      socket.on('error', (error: Error) =>
        this.logger.warn({ err: { message: error.message } }, 'Websocket closed: bad frame'),
      );
    });
    const httpServer = this.adapterHost.httpAdapter.getHttpServer() as Server;
    const onUpgrade: UpgradeListener = (request, socket, head) =>
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request)); // 400 for another path
    httpServer.on('upgrade', onUpgrade);
    this.server = { wss, dispose, httpServer, onUpgrade };
    this.sweep = setInterval(() => void this.sweepSessions(), SESSION_SWEEP_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweep);
    if (!this.server) return;
    const { wss, dispose, httpServer, onUpgrade } = this.server;
    this.server = undefined;
    httpServer.off('upgrade', onUpgrade);
    const cut = setTimeout(() => wss.clients.forEach((socket) => socket.terminate()), CLOSE_GRACE_MS);
    await dispose(); // every socket closed (1001), its subscriptions returned
    clearTimeout(cut);
  }

  /** connection_init: a missing or refused token closes the socket (4403). */
  private async connect(connection: Connection): Promise<boolean> {
    const { socket, request } = connection.extra;
    const authorization = connection.connectionParams?.authorization;
    const clientAddress = request.socket.remoteAddress ?? 'unknown';
    try {
      const ctx = await this.contexts.forConnection(authorization, clientAddress);
      if (!ctx.actor || typeof authorization !== 'string') return false;
      this.sessions.set(socket, { socket, authorization, clientAddress, requestIds: new Map() });
      return true;
    } catch (error) {
      this.logger.error({ err: error }, 'Could not check a websocket sign-in');
      socket.close(CloseCode.InternalServerError, 'Internal server error');
      return false;
    }
  }

  /**
   * One operation: a fresh context from the socket's token (an ended session closes the socket,
   * 4401), then the same parsing and validation as HTTP, and subscriptions only.
   */
  private async subscribe(
    connection: Connection,
    id: string,
    payload: SubscribePayload,
  ): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const open: OpenOperation = { started: performance.now(), note: {}, errorCodes: new Set() };
    let byId = this.operations.get(connection.extra.socket);
    if (!byId) this.operations.set(connection.extra.socket, (byId = new Map()));
    byId.set(id, open);
    const session = this.sessions.get(connection.extra.socket);
    if (!session) return [refusal(DomainError.unauthenticated())];
    if (byId.size > MAX_OPERATIONS_PER_SOCKET) {
      return [
        refusal(
          new DomainError(
            'BAD_USER_INPUT',
            `This connection already runs ${MAX_OPERATIONS_PER_SOCKET} subscriptions, the most one may: end one before starting another.`,
          ),
        ),
      ];
    }
    let ctx: RequestContext;
    try {
      ctx = await this.contexts.forConnection(session.authorization, session.clientAddress);
    } catch (error) {
      session.requestIds.set(id, randomUUID()); // the reference of the generic answer, and of the log line
      return [new GraphQLError('Could not check the sign-in.', { originalError: toError(error) })];
    }
    if (!ctx.actor && isFault(ctx.authFailure)) {
      session.requestIds.set(id, ctx.requestId);
      return [new GraphQLError('Could not check the sign-in.', { originalError: ctx.authFailure })];
    }
    if (!ctx.actor) {
      this.end(session);
      return [refusal(ctx.authFailure instanceof DomainError ? ctx.authFailure : DomainError.unauthenticated())];
    }
    session.requestIds.set(id, ctx.requestId);
    open.note.userId = ctx.actor.userId;
    open.note.role = ctx.actor.role;
    const schema = this.schemaHost.schema;
    const variables = payload.variables ?? {};
    let document;
    try {
      document = this.rules.parse(payload.query);
    } catch (error) {
      // As Apollo answers it: whatever stopped the parser, the document was at fault.
      return [
        error instanceof GraphQLError
          ? error
          : new GraphQLError(toError(error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
      ];
    }
    const invalid = this.rules.validate(schema, document, variables, payload.operationName);
    if (invalid.length > 0) return invalid;
    const operation = operationOf(document, payload.operationName);
    if (operation instanceof GraphQLError) return [operation];
    describeOperation(open.note, operation);
    if (operation.operation !== 'subscription') {
      return [
        new GraphQLError(
          'Queries and mutations go over HTTP (POST /graphql); this connection carries subscriptions only.',
          {
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ),
      ];
    }
    return {
      schema,
      document,
      operationName: payload.operationName,
      variableValues: variables,
      contextValue: ctx,
    };
  }

  private noteCodes(connection: Connection, id: string, errors: readonly GraphQLFormattedError[]): void {
    const open = this.operations.get(connection.extra.socket)?.get(id);
    for (const code of codesOf(errors) ?? []) open?.errorCodes.add(code);
  }

  /**
   * An operation ended (completed, refused, or its socket closed): one log line, as POST /graphql
   * writes one per request, its duration how long it lived; and its metrics.
   */
  private ended(connection: Connection, id: string, requestId: string | undefined): void {
    const byId = this.operations.get(connection.extra.socket);
    const open = byId?.get(id);
    if (!open) return;
    byId!.delete(id);
    const ms = performance.now() - open.started;
    open.note.errorCodes = open.errorCodes.size > 0 ? [...open.errorCodes] : undefined;
    this.metrics.graphqlRequest(open.note.type ?? '-', open.note.field ?? '-', ms / 1000);
    for (const code of open.errorCodes) this.metrics.graphqlError(code);
    this.logger.log(
      {
        requestId,
        transport: 'websocket',
        durationMs: Math.round(ms * 10) / 10,
        ...graphqlFields(open.note),
      },
      'GraphQL operation',
    );
  }

  /** What the client sees of errors: through formatError, as over HTTP, each tagged with its operation's request id. */
  private present(errors: readonly GraphQLError[], requestId: string | undefined): GraphQLFormattedError[] {
    noteErrors(errors, requestId);
    return errors.map((error) => {
      const formatted = error.toJSON();
      // graphql-ws wraps what a subscription's event source throws without a path (nor does it
      // know one): a DomainError underneath is still the service's own refusal.
      return this.formatError(
        formatted,
        !error.path && error.originalError instanceof DomainError ? error.originalError : error,
      );
    });
  }

  /**
   * Every open socket's token, checked again (once per distinct token): a socket whose session
   * ended is closed with 4401, which stops its subscriptions. Never two sweeps at once.
   */
  private async sweepSessions(): Promise<void> {
    if (this.sweeping || this.sessions.size === 0) return;
    this.sweeping = true;
    try {
      const byToken = new Map<string, SocketSession[]>();
      for (const session of this.sessions.values()) {
        const sharing = byToken.get(session.authorization);
        if (sharing) sharing.push(session);
        else byToken.set(session.authorization, [session]);
      }
      for (const [authorization, sharing] of byToken) {
        try {
          const ctx = await this.contexts.forConnection(authorization, sharing[0].clientAddress);
          if (!ctx.actor && !isFault(ctx.authFailure)) sharing.forEach((session) => this.end(session));
        } catch (error) {
          this.logger.warn({ err: error }, 'Could not check the session of an open websocket; trying again shortly');
        }
      }
    } finally {
      this.sweeping = false;
    }
  }

  /** The session ended: close the socket (4401); graphql-ws then returns its subscriptions. */
  private end(session: SocketSession): void {
    this.sessions.delete(session.socket);
    session.socket.close(CloseCode.Unauthorized, 'Your sign-in has ended; please sign in again.');
  }
}

type UpgradeListener = (request: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * Apollo gives a variable that does not fit its type (null for a required field, a string for a
 * Float) the code BAD_USER_INPUT before formatError sees it (requestPipeline's
 * isBadUserInputGraphQLError); graphql's subscribe, like its execute, gives it none.
 */
function asApolloDoes(error: GraphQLError): GraphQLError {
  const [node] = error.nodes ?? [];
  if (error.nodes?.length !== 1 || node.kind !== Kind.VARIABLE_DEFINITION || error.extensions.code) return error;
  const variable = `Variable "$${node.variable.name.value}" `;
  const about = ['has invalid value', 'got invalid value ', 'of required type ', 'of non-null type '];
  if (about.some((start) => error.message.startsWith(variable + start)))
    (error.extensions as Record<string, unknown>).code = 'BAD_USER_INPUT';
  return error;
}

/** A DomainError as graphql-ws carries errors (present() finds it underneath). */
function refusal(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { originalError: error });
}

/** The sign-in could not be checked (the database did not answer): not a reason to end a socket. */
function isFault(failure: Error | undefined): failure is Error {
  return failure !== undefined && !(failure instanceof DomainError);
}

function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
