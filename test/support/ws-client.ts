import { Client, FormattedExecutionResult, createClient } from 'graphql-ws';
import type { GraphQLFormattedError } from 'graphql';
import WebSocket from 'ws';
import type { LogCapture } from './log-sweep';

/** The websocket URL of a service listening at `baseUrl` (TestApp.listen). */
export function socketUrl(baseUrl: string): string {
  return baseUrl.replace(/^http/, 'ws') + '/graphql';
}

export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** One operation on a TestSocket, as the client saw it. */
export class SocketOperation {
  /** The `next` payloads, in order. */
  readonly results: FormattedExecutionResult<Record<string, unknown>, unknown>[] = [];
  /** The errors of an `error` message: the server refused the operation. */
  refused?: readonly GraphQLFormattedError[];
  /** The socket closed under it. */
  closeCode?: number;
  completed = false;
  /** Every message of this operation, as JSON, for sweeping for leaks. */
  readonly raw: string[] = [];
  stop: () => void = () => undefined;

  get ended(): boolean {
    return this.completed || this.refused !== undefined || this.closeCode !== undefined;
  }

  /** The errors it was answered with: the refusal's, or those of its first result. */
  get errors(): readonly GraphQLFormattedError[] {
    return this.refused ?? this.results.find((result) => result.errors)?.errors ?? [];
  }

  /** Waits for a first answer (a result, a refusal, the end); a running subscription has none within `ms`. */
  async answered(ms = 300): Promise<boolean> {
    await until(() => this.results.length > 0 || this.ended, ms).catch(() => undefined);
    return this.results.length > 0 || this.ended;
  }
}

/** A graphql-ws connection as a test drives it: every operation's messages recorded, and the close code. */
export class TestSocket {
  private closeCode?: number;
  private acknowledged = false;
  private readonly client: Client;

  private constructor(
    url: string,
    token: string | undefined,
    private readonly logs: LogCapture | undefined,
  ) {
    this.client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined, // refusals are asserted through closedWith
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      on: {
        connected: () => (this.acknowledged = true),
        closed: (event) => (this.closeCode = (event as { code?: number }).code ?? -1),
      },
    });
  }

  /** `logs`: the app's log sweep (TestApp.logs), told of the variables sent, as TestApp.gql tells it. */
  static open(url: string, token?: string, logs?: LogCapture): TestSocket {
    return new TestSocket(url, token, logs);
  }

  get closedWith(): number | undefined {
    return this.closeCode;
  }

  /** Resolves once the server acknowledged connection_init; throws when it closed the socket instead. */
  async ready(ms = 5000): Promise<this> {
    await until(() => this.acknowledged || this.closeCode !== undefined, ms);
    if (!this.acknowledged) throw new Error(`the socket closed with ${this.closeCode}`);
    return this;
  }

  subscribe(query: string, variables: Record<string, unknown> = {}, operationName?: string): SocketOperation {
    const operation = new SocketOperation();
    this.logs?.noteVariables(variables);
    operation.stop = this.client.subscribe(
      { query, variables, ...(operationName ? { operationName } : {}) },
      {
        next: (value) => {
          operation.results.push(value);
          operation.raw.push(JSON.stringify(value));
        },
        error: (error: unknown) => {
          if (Array.isArray(error)) operation.refused = error as GraphQLFormattedError[];
          else operation.closeCode = (error as { code?: number }).code ?? -1;
          operation.raw.push(JSON.stringify(error));
        },
        complete: () => (operation.completed = true),
      },
    );
    return operation;
  }

  /** Sends one operation and waits for its first answer: for a refused document, its errors. */
  async ask(query: string, variables: Record<string, unknown> = {}, operationName?: string, ms = 2000) {
    const operation = this.subscribe(query, variables, operationName);
    await operation.answered(ms);
    operation.stop();
    return operation;
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}
