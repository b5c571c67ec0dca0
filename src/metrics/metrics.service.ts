import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DATABASE } from '../database/database.module';
import { Database } from '../database/data-source';

/** A delivery of a notification, by its channel, and how it went. */
export type NotificationChannel = 'email' | 'push';
/** What became of one attempt (notification-sender.ts): `failed` is given up for good, `retry` will be tried again. */
export type DeliveryOutcome = 'sent' | 'retry' | 'failed' | 'dropped' | 'lease-lost';

/** Seconds: from a quick read (a few ms) to a slow search under load. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** What node-postgres's pool tells about itself (pg.Pool). */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The service's Prometheus metrics (GET /metrics), one registry per application. Modules inject
 * this and call the method for what happened; the names, labels and buckets live here only.
 * Labels are bounded: an operation is its type and first root field (a name from the schema,
 * never the client's operation name), an error its code, a status one of the enum's. Children of
 * a labelled metric are made once and kept, so counting on a hot path (the search) allocates nothing.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  private readonly graphqlDuration = new Histogram({
    name: 'haven_graphql_request_duration_seconds',
    help: 'GraphQL operations over HTTP and the websocket, by type and first root field: count and duration',
    labelNames: ['type', 'operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly graphqlErrors = new Counter({
    name: 'haven_graphql_errors_total',
    help: 'Errors answered to GraphQL operations, by code (BAD_USER_INPUT, FORBIDDEN, INTERNAL_SERVER_ERROR…)',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'haven_http_request_duration_seconds',
    help: 'HTTP requests outside GraphQL, by route and status class: count and duration',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly searches = new Counter({
    name: 'haven_searches_total',
    help: 'Availability searches, by whether they found a house (result="found") or none (result="none")',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly holds = new Counter({
    name: 'haven_holds_total',
    help: 'Beds held (a replayed hold with the same idempotency key is not counted again)',
    registers: [this.registry],
  });
  private readonly placementChanges = new Counter({
    name: 'haven_placement_status_changes_total',
    help: 'Committed placement changes, by the status they left the placement in',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });
  private readonly notificationDeliveries = new Counter({
    name: 'haven_notification_deliveries_total',
    help: 'Notifications sent, by channel (email, push) and outcome (delivered, failed)',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly found = this.searches.labels('found');
  private readonly none = this.searches.labels('none');
  private readonly operations = new Map<string, Map<string, Histogram.Internal<'type' | 'operation'>>>();
  private readonly errorCodes = new Map<string, Counter.Internal>();

  constructor(@Inject(DATABASE) database: Database) {
    const pool = poolOf(database);
    new Gauge({
      name: 'haven_db_pool_connections',
      help: 'Connections of this instance to the database, by state: in_use (lent to a request) or idle. The embedded database serves one',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        this.set({ state: 'in_use' }, pool ? pool.totalCount - pool.idleCount : 0);
        this.set({ state: 'idle' }, pool?.idleCount ?? 0);
      },
    });
    new Gauge({
      name: 'haven_db_pool_waiting',
      help: 'Requests waiting for a database connection of this instance',
      registers: [this.registry],
      collect() {
        this.set(pool?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: 'haven_db_pool_size',
      help: 'Most connections this instance opens to the database',
      registers: [this.registry],
      collect() {
        this.set(database.dataSource.driver.options.extra?.max ?? 0);
      },
    });
    // Process and runtime: CPU, memory, handles, and nodejs_eventloop_lag_seconds with its percentiles.
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
  }

  /** One GraphQL operation answered: `operation` its first root field (or `-` when it had none). */
  graphqlRequest(type: string, operation: string, seconds: number): void {
    let byOperation = this.operations.get(type);
    if (!byOperation) this.operations.set(type, (byOperation = new Map()));
    let child = byOperation.get(operation);
    if (!child) byOperation.set(operation, (child = this.graphqlDuration.labels(type, operation)));
    child.observe(seconds);
  }

  graphqlError(code: string): void {
    let child = this.errorCodes.get(code);
    if (!child) this.errorCodes.set(code, (child = this.graphqlErrors.labels(code)));
    child.inc();
  }

  /** An HTTP request outside GraphQL; `route` the matched route's pattern (bounded), never the URL. */
  httpRequest(method: string, route: string, statusCode: number, seconds: number): void {
    this.httpDuration.labels(method, route, `${Math.floor(statusCode / 100)}xx`).observe(seconds);
  }

  search(housesFound: number): void {
    (housesFound > 0 ? this.found : this.none).inc();
  }

  hold(): void {
    this.holds.inc();
  }

  placementChanged(status: string): void {
    this.placementChanges.labels(status).inc();
  }

  notificationDelivery(channel: NotificationChannel, outcome: DeliveryOutcome): void {
    this.notificationDeliveries.labels(channel, outcome).inc();
  }

  /** The text GET /metrics answers. */
  async scrape(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

function poolOf({ dataSource }: Database): PoolCounts | undefined {
  const pool = (dataSource.driver as unknown as { master?: Partial<PoolCounts> }).master;
  return pool && typeof pool.totalCount === 'number' ? (pool as PoolCounts) : undefined;
}
