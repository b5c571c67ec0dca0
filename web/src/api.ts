import { createClient, type Client } from 'graphql-ws';
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

/** The sign-out button: ends the session on the server too, so the token is no good anywhere. */
export function logOut(): void {
  const token = storedToken();
  if (token) {
    void fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { logout }' }),
      keepalive: true,
    }).catch(() => undefined); // the token expires by itself if the service cannot be reached
  }
  signOut();
}

const TIMEOUT_MS = 30_000;

/** One GraphQL operation over HTTP; resolves to `data` or throws an ApiError. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = storedToken();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    throw new ApiError('Haven could not be reached. Check the connection and try again.');
  }
  let body: { data?: T | null; errors?: GraphQLError[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`Haven answered with an error (HTTP ${response.status}). Try again in a moment.`);
  }
  const error = body.errors?.[0];
  if (error) {
    const { code, reason, field } = error.extensions ?? {};
    if (code === 'UNAUTHENTICATED' && token) signOut();
    throw new ApiError(error.message, code, reason, field);
  }
  if (!body.data) throw new ApiError('Haven gave no answer. Try again in a moment.');
  return body.data;
}

let live: Client | undefined;

/** The graphql-ws connection on /graphql, opened on first use with the session's token. */
function liveClient(): Client {
  if (!live) {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    live = createClient({
      url,
      lazy: true,
      retryAttempts: Infinity,
      connectionParams: () => {
        const token = storedToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    });
  }
  return live;
}

function closeLive(): void {
  void live?.dispose();
  live = undefined;
}

/** Subscribes; returns the function that stops it. */
export function subscribe<T>(
  query: string,
  variables: Record<string, unknown>,
  onData: (data: T) => void,
  onError: (error: ApiError) => void = () => undefined,
): () => void {
  return liveClient().subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.data) onData(result.data as T);
        else if (result.errors?.[0]) onError(new ApiError(result.errors[0].message));
      },
      error: () => onError(new ApiError('Live updates stopped. Reload the page to see the latest.')),
      complete: () => undefined,
    },
  );
}
