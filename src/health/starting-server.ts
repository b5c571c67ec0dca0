import { Server, createServer } from 'node:http';

/** Terminus's answers, as /health/live and /health/ready give them once the service is up. */
const LIVE = { status: 'ok', info: {}, error: {}, details: {} };
const MIGRATING = { status: 'down', message: 'starting: opening and migrating the database' };
const NOT_READY = { status: 'error', info: {}, error: { database: MIGRATING }, details: { database: MIGRATING } };

/**
 * What answers on the service's port while it starts: opening the database and running the
 * migrations can take minutes, and an orchestrator that finds nothing listening would take the
 * process for dead and restart it, mid-migration. Live, then; not ready; anything else 503 with a
 * Retry-After. main() closes it once the application is built, just before the application listens.
 */
export class StartingServer {
  private constructor(private readonly server: Server) {}

  static async listen(port: number, host: string): Promise<StartingServer> {
    const server = createServer((request, response) => {
      const path = request.url?.split('?')[0];
      const [status, body] =
        path === '/health/live'
          ? [200, LIVE]
          : path === '/health/ready'
            ? [503, NOT_READY]
            : [503, { errors: [{ message: 'Haven is starting; try again shortly.' }] }];
      response.writeHead(status, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'retry-after': '5',
      });
      response.end(JSON.stringify(body));
    });
    server.keepAliveTimeout = 1000; // a probe's kept-alive connection must not hold the port after close
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    return new StartingServer(server);
  }

  /** The port it listens on (PORT=0: the one the system chose). */
  get port(): number {
    return (this.server.address() as { port: number }).port;
  }

  /** Stops listening and ends its connections, so the application can take the port. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }
}
