import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from './gql/graphql';
import { forgetToken, storedToken } from './session';

/** An error to show as it is: the API's own message, or plain words for a failed connection. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly reason?: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * No answer came back (no connection, a timeout, a gateway's error page): the request may or may not
 * have reached Haven and done its work. Sending it again is safe only with the same idempotency key.
 */
export class UnansweredError extends ApiError {}

interface GraphQLError {
  message: string;
  extensions?: { code?: string; reason?: string; field?: string };
}

const listeners = new Set<() => void>();

/** Called when the service says the session is over (token expired or refused). */
export function onSignedOut(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function signOut(): void {
  forgetToken();
  closeLive();
  for (const listener of listeners) listener();
}

const TIMEOUT_MS = 30_000;

/**
 * A GraphQL document with the types of its answer and its variables: written with `graphql(...)`
 * from `./gql` and typed by `npm run codegen` from schema.graphql, so a schema change that breaks
 * the page fails `npm run typecheck`.
 */
export type Document<Answer, Variables> = TypedDocumentString<Answer, Variables>;

/**
 * `timeoutMs` gives up waiting sooner than the default. `token`: a session's token to use instead
 * of the stored one (at sign-out, when it is already forgotten), with `keepalive` so the request
 * outlives the page.
 */
interface PostOptions {
  timeoutMs?: number;
  token?: string;
  keepalive?: boolean;
}

/**
 * One GraphQL operation over HTTP; resolves to `data` or throws an ApiError (an UnansweredError
 * when no answer came back).
 */
export async function gql<Answer, Variables>(
  document: Document<Answer, Variables>,
  variables: Variables,
  options: PostOptions = {},
): Promise<Answer> {
  return post<Answer>(document.toString(), variables, options);
}

/**
 * A document made at run time, that no generator can see (one alias per item asked for): typed by
 * its caller. Everything else goes through `gql`.
 */
export async function gqlBuilt<Answer>(query: string, variables: Record<string, unknown>): Promise<Answer> {
  return post<Answer>(query, variables, {});
}

async function post<Answer>(query: string, variables: unknown, options: PostOptions): Promise<Answer> {
  const stored = options.token === undefined;
  const token = options.token ?? storedToken();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS),
      keepalive: options.keepalive,
    });
  } catch {
    throw new UnansweredError('Haven could not be reached. Check the connection and try again.');
  }
  let body: { data?: Answer | null; errors?: GraphQLError[] };
  try {
    body = await response.json();
  } catch {
    throw new UnansweredError(`Haven answered with an error (HTTP ${response.status}). Try again in a moment.`);
  }
  const error = body.errors?.[0];
  if (error) {
    const { code, reason, field } = error.extensions ?? {};
    if (code === 'UNAUTHENTICATED' && token && stored) signOut();
    throw new ApiError(error.message, code, reason, field);
  }
  if (!body.data) throw new ApiError('Haven gave no answer. Try again in a moment.');
  return body.data;
}

let live: Client | undefined;

/** The live connection: `live` only while the socket is open and Haven has acknowledged it. */
export type LiveState = 'off' | 'connecting' | 'live';

let liveState: LiveState = 'off';
const liveStateListeners = new Set<(state: LiveState) => void>();

function setLiveState(state: LiveState): void {
  if (state === liveState) return;
  liveState = state;
  for (const listener of liveStateListeners) listener(state);
}

export function currentLiveState(): LiveState {
  return liveState;
}

/** Called on each change of the live connection's state; returns the function that stops it. */
export function onLiveState(listener: (state: LiveState) => void): () => void {
  liveStateListeners.add(listener);
  return () => liveStateListeners.delete(listener);
}

/** The graphql-ws connection on /graphql, opened on first use with the session's token. */
function liveClient(): Client {
  if (!live) {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    // A client closed at sign-out may still report its closing: only the current one's events count.
    const ours = (state: LiveState) => () => {
      if (live === client) setLiveState(state);
    };
    const client = createClient({
      url,
      lazy: true,
      retryAttempts: Infinity,
      connectionParams: () => {
        const token = storedToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      on: { connecting: ours('connecting'), connected: ours('live'), closed: ours('off') },
    });
    live = client;
  }
  return live;
}

function closeLive(): void {
  void live?.dispose();
  live = undefined;
  setLiveState('off');
}

/** Subscribes; returns the function that stops it. */
export function subscribe<Answer, Variables>(
  document: Document<Answer, Variables>,
  variables: Variables,
  onData: (data: Answer) => void,
  onError: (error: ApiError) => void = () => undefined,
): () => void {
  return liveClient().subscribe<Answer>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        if (result.data) onData(result.data as Answer);
        else if (result.errors?.[0]) onError(new ApiError(result.errors[0].message));
      },
      error: () => onError(new ApiError('Live updates stopped. Reload the page to see the latest.')),
      complete: () => undefined,
    },
  );
}
