import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { Settings } from '../config/settings';

/**
 * Runs a hot statement as a named prepared statement, so each pooled connection parses and plans
 * it once (PostgreSQL keeps a generic plan after five custom ones) instead of on every call.
 *
 * Only on a PostgreSQL server, and only outside a transaction, on the pool's own connections: each
 * is a backend of its own, whose prepared statements end with it. PGlite is one backend session
 * behind every socket connection, so a name prepared by a connection the pool has since closed
 * would still be there and the next connection's Parse of it would fail (42P05, already exists):
 * there, and for a caller inside a transaction, the same text runs unnamed through the manager.
 */
@Injectable()
export class PreparedStatements {
  private readonly embedded: boolean;

  constructor(
    private readonly dataSource: DataSource,
    settings: Settings,
  ) {
    this.embedded = settings.isEmbeddedDatabase;
  }

  /** Whether `query` would run `text` as a named statement for this manager. */
  usesNamedStatement(manager: EntityManager): boolean {
    return !this.embedded && manager.queryRunner?.isTransactionActive !== true;
  }

  /** The rows, as `manager.query` answers them. */
  async query<Row>(manager: EntityManager, name: string, text: string, values: unknown[]): Promise<Row[]> {
    if (!this.usesNamedStatement(manager)) return (await manager.query(text, values)) as Row[];
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    return (await pool.query({ name, text, values })).rows as Row[];
  }
}
