import { Logger } from '@nestjs/common';
import DataLoader from 'dataloader';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { sqlState } from '../database/postgres-errors';
import { Clock } from './clock';
import { DomainError } from './errors/domain-error';
import { Role } from './roles';

/** Who is calling: the user a live session names, with the role and organisation the user has now. */
export interface Actor {
  userId: string;
  role: Role;
  organisationId: string | null;
  /** The session (sign-in) the request came with; absent for work the service does itself. */
  sessionId?: string;
}

/**
 * The failures after which the database asks for the whole transaction to be run again, having
 * rolled it back: one of two transactions that wait on each other (deadlock_detected), or one that
 * a concurrent one made impossible to order (serialization_failure).
 */
const RUN_AGAIN = new Set(['40P01', '40001']);
/** Runs of a unit of work, the first included, before its failure is the caller's. */
export const TRANSACTION_ATTEMPTS = 3;

const logger = new Logger('Transaction');

/**
 * Everything a service method needs to know about the call it serves: who, which request, and the
 * entity manager to use. Every service method takes it first; inside `transaction` the manager is
 * the transaction's, so every statement of a unit of work runs on one connection.
 */
export class RequestContext {
  private loaders?: Map<string, DataLoader<unknown, unknown>>;

  constructor(
    private readonly dataSource: DataSource,
    readonly clock: Clock,
    readonly actor: Actor | undefined,
    readonly requestId: string,
    readonly clientAddress: string,
    /**
     * Why the presented token was refused, if one was presented and refused (or could not be
     * checked: the database did not answer), thrown by `user`.
     */
    readonly authFailure?: Error,
    readonly manager: EntityManager = dataSource.manager,
  ) {}

  /** The signed-in actor; UNAUTHENTICATED when there is none. */
  get user(): Actor {
    if (!this.actor) throw this.authFailure ?? DomainError.unauthenticated();
    return this.actor;
  }

  get inTransaction(): boolean {
    return this.manager.queryRunner?.isTransactionActive === true;
  }

  /**
   * Runs `work` in a transaction (joining the current one, if any). A transaction of its own that
   * the database rolled back as a deadlock's or a serialization failure's loser is run again, from
   * the start, up to TRANSACTION_ATTEMPTS runs: `work` must do nothing but through `tx` that a second
   * run would repeat (events and mail go after the commit, as they do).
   */
  async transaction<T>(work: (tx: RequestContext) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction((manager) => work(this.with(manager)));
      } catch (error) {
        const state = sqlState(error);
        if (attempt >= TRANSACTION_ATTEMPTS || state === undefined || !RUN_AGAIN.has(state)) throw error;
        logger.warn(
          { requestId: this.requestId, sqlState: state, attempt },
          'Transaction rolled back: running it again',
        );
        // apart, so that the two who met are not likely to meet again the same way
        await sleep(Math.random() * 20 * attempt);
      }
    }
  }

  /** A per-request DataLoader, created on first use: batches nested fields into one query. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    this.loaders ??= new Map();
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { cache: true });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** The same request, now on behalf of an actor who has just signed in. */
  signedInAs(actor: Actor): RequestContext {
    return new RequestContext(
      this.dataSource,
      this.clock,
      actor,
      this.requestId,
      this.clientAddress,
      undefined,
      this.manager,
    );
  }

  private with(manager: EntityManager): RequestContext {
    return new RequestContext(
      this.dataSource,
      this.clock,
      this.actor,
      this.requestId,
      this.clientAddress,
      this.authFailure,
      manager,
    );
  }

  /** A context for work the service does itself (start-up, demo data, scheduled purges). */
  static system(dataSource: DataSource, clock: Clock, requestId = 'system'): RequestContext {
    return new RequestContext(dataSource, clock, undefined, requestId, 'local');
  }
}
