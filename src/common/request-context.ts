import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
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

  /** Runs `work` in a transaction (joining the current one, if any). */
  async transaction<T>(work: (tx: RequestContext) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    return this.dataSource.transaction((manager) => work(this.with(manager)));
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
