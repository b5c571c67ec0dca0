import { Client } from 'pg';

/**
 * A pg Client that gives a connection up when its answer does not come.
 *
 * The server cancels a statement at statement_timeout, and says so; but when the network between
 * the two goes silent (a half-open connection after a failover, a dropped route) nothing comes
 * back, and pg would wait for ever, with the request and its pool connection. Past `deadlineMs`
 * after a query was sent, the socket is closed: the query fails (a clean INTERNAL_SERVER_ERROR),
 * the client reports the error, and the pool throws the connection away and opens another.
 * pg's own query_timeout does not do this: it fails the query but keeps the connection, whose
 * next query then waits behind the answer that never comes.
 */
export function clientWithAnswerDeadline(deadlineMs: number): typeof Client {
  return class ClientWithAnswerDeadline extends Client {
    override query(...args: unknown[]): any {
      const answer: unknown = (Client.prototype.query as (...a: unknown[]) => unknown).apply(this, args);
      if (!(answer instanceof Promise)) return answer; // a callback or a submittable: not the service's way
      const deadline = setTimeout(() => this.giveUp(), deadlineMs);
      deadline.unref();
      return answer.finally(() => clearTimeout(deadline));
    }

    private giveUp(): void {
      const { stream } = (this as unknown as { connection: { stream: { destroy(error?: Error): void } } }).connection;
      stream.destroy(new Error(`No answer from the database in ${deadlineMs} ms: the connection is given up`));
    }
  } as unknown as typeof Client;
}
