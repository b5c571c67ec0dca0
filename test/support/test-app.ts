import { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino, { type DestinationStream } from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Clock } from '../../src/common/clock';
import { Settings, loadSettings } from '../../src/config/settings';
import { createApp } from '../../src/main';
import { DEMO_PASSWORD } from '../../src/demo/demo-data';
import { LogCapture } from './log-sweep';
import { TestDatabase, createTestDatabase } from './test-database';
import { WORLD_PASSWORD, World } from './world';

const JWT_SECRET = 'test-secret-that-is-long-enough-to-pass-validation';

/** A clock the test moves by hand: no sleeping for expiry. */
export class TestClock extends Clock {
  private offsetMs = 0;
  private fixed?: Date;

  override now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date(Date.now() + this.offsetMs);
  }

  set(instant: Date | string): void {
    this.fixed = new Date(instant);
  }

  reset(): void {
    this.fixed = undefined;
    this.offsetMs = 0;
  }

  advance(ms: number): void {
    if (this.fixed) this.fixed = new Date(this.fixed.getTime() + ms);
    else this.offsetMs += ms;
  }
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  text: string;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

/** The real AppModule on its own database, spoken to over HTTP. */
export class TestApp {
  readonly clock: TestClock;
  readonly world: World;

  private constructor(
    readonly app: NestFastifyApplication,
    readonly settings: Settings,
    private readonly database: TestDatabase,
    /** Every line this app logs, kept for the log sweep (test/support/log-sweep.ts). */
    readonly logs: LogCapture | undefined,
  ) {
    this.clock = app.get(Clock) as TestClock;
    this.world = new World(this);
  }

  /**
   * `database`: one the test made itself (e.g. to reach it through a proxy); dropped at close.
   * `logStream`: receives every log line (set LOG_LEVEL in `env` to have some).
   */
  static async start(
    env: Record<string, string> = {},
    options: { database?: TestDatabase; logStream?: DestinationStream } = {},
  ): Promise<TestApp> {
    const database = options.database ?? (await createTestDatabase());
    const logs = LogCapture.open();
    [WORLD_PASSWORD, DEMO_PASSWORD, JWT_SECRET].forEach((secret) => logs?.note(secret));
    const settings = loadSettings({
      NODE_ENV: 'test',
      // Everything, into the sweep's file; nothing on the console.
      LOG_LEVEL: logs ? 'debug' : 'silent',
      HAVEN_DEMO_DATA: 'false',
      JWT_SECRET,
      DATABASE_POOL_SIZE: '5',
      DATABASE_URL: database.url,
      ...env,
    });
    const logDestination =
      options.logStream && logs
        ? pino.multistream([logs.destination, options.logStream])
        : (options.logStream ?? logs?.destination);
    let app: NestFastifyApplication | undefined;
    try {
      app = await createApp(settings, { clock: new TestClock(), logDestination });
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
    } catch (error) {
      // A start that fails (on purpose, in some tests) leaves nothing behind: not the database it
      // made either (one the caller made stays the caller's).
      await app?.close().catch(() => undefined);
      logs?.close();
      if (!options.database) await database.drop();
      throw error;
    }
    return new TestApp(app, settings, database, logs);
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  async gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResponse<T>> {
    const call = request(this.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) call.set('authorization', `Bearer ${token}`);
    this.logs?.noteVariables(variables);
    const response = await call.send({ query, variables });
    return { status: response.status, text: response.text, ...(response.body as object) };
  }

  http() {
    return request(this.app.getHttpServer());
  }

  /** Listens on a free port of 127.0.0.1 (for a browser or a websocket); the base URL, no slash. */
  async listen(): Promise<string> {
    await this.app.listen(0, '127.0.0.1');
    const { port } = this.app.getHttpServer().address() as { port: number };
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    await this.logs?.noteStored(this.dataSource).catch(() => undefined); // a test may have broken the database on purpose
    await this.app.close();
    this.logs?.close();
    await this.database.drop();
  }
}

/** The first error's code, reason and field, for terse assertions. */
export function errorOf(response: GraphQLResponse) {
  const error = response.errors?.[0];
  return {
    code: error?.extensions?.code,
    reason: error?.extensions?.reason,
    field: error?.extensions?.field,
    message: error?.message,
  };
}
