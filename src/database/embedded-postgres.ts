import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { ConfigurationError } from '../config/settings';

/**
 * The embedded PostgreSQL (PGlite) behind a PostgreSQL wire-protocol socket, so the service talks
 * to it through the ordinary `pg` driver exactly as it talks to a real server: one code path.
 *
 * PGlite runs every connection's statements on one queue and holds a transaction's connection
 * until it ends, so all statements of a unit of work must go through the transaction's manager.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly socketDir: string,
    private readonly lockFile: string | undefined,
    /** True when the data folder was created by this start (or the database is in memory). */
    readonly isNew: boolean,
  ) {}

  /** `location` is `memory` or a folder path. */
  static async start(location: string, maxConnections: number): Promise<EmbeddedPostgres> {
    const inMemory = location === 'memory' || location === 'memory://';
    const dataDir = inMemory ? undefined : resolve(location);
    let isNew = true;
    let lockFile: string | undefined;
    if (dataDir) {
      isNew = !existsSync(join(dataDir, 'PG_VERSION'));
      mkdirSync(dataDir, { recursive: true });
      lockFile = takeLock(dataDir);
    }
    try {
      const db = await PGlite.create({ dataDir, extensions: { btree_gist } });
      const socketDir = mkdtempSync(join(tmpdir(), 'haven-pglite-'));
      const server = new PGLiteSocketServer({
        db,
        path: join(socketDir, '.s.PGSQL.5432'),
        maxConnections,
      });
      await server.start();
      return new EmbeddedPostgres(db, server, socketDir, lockFile, isNew);
    } catch (error) {
      if (lockFile) rmSync(lockFile, { force: true });
      throw error;
    }
  }

  /** Connection settings for `pg`: a Unix socket folder, as libpq and node-postgres expect it. */
  get connection() {
    return { host: this.socketDir, port: 5432, username: 'postgres', database: 'postgres' };
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    rmSync(this.socketDir, { recursive: true, force: true });
    if (this.lockFile) rmSync(this.lockFile, { force: true });
  }
}

/** PGlite does not lock its folder, and two processes on one folder corrupt it: take a lock file. */
function takeLock(dataDir: string): string {
  const lockFile = join(dataDir, 'haven.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return lockFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8'));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new ConfigurationError(
          `the embedded database in ${dataDir} is in use by process ${holder}; stop it or set DATABASE_URL`,
        );
      }
      rmSync(lockFile, { force: true }); // left by a process that has gone
    }
  }
  throw new ConfigurationError(`could not lock the embedded database in ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
