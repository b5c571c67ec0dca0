import { Actor } from '../common/request-context';

/** What the database said about a session when it was last read. */
export interface SessionRecord {
  /** Null when no such session exists. */
  userId: string | null;
  /** Who is acting, while the session is live (not ended, its user active); else undefined. */
  actor: Actor | undefined;
  expiresAtMs: number;
}

interface Entry extends SessionRecord {
  checkedAtMs: number;
}

/**
 * Sessions this instance read recently, so a request costs no query: an entry is trusted for
 * `recheckMs` by the service's clock, then read again. That bounds how long another instance's
 * logout takes to reach this one. The instance that ends a session forgets it at once.
 *
 * A read that was under way while something was forgotten may have seen the row before the
 * change committed: its answer is used for its own request but not kept (the generation check).
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  constructor(
    private readonly capacity: number,
    private readonly recheckMs: number,
  ) {}

  /** The record read less than `recheckMs` ago (by `nowMs`), or undefined: read the database. */
  get(sessionId: string, nowMs: number): SessionRecord | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    // A clock moved back (tests do) counts as stale too.
    if (nowMs - entry.checkedAtMs >= this.recheckMs || nowMs < entry.checkedAtMs) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry;
  }

  /** Call before reading the database; hand the result to `put`. */
  begin(): number {
    return this.generation;
  }

  put(sessionId: string, record: SessionRecord, nowMs: number, startedAt: number): void {
    if (startedAt !== this.generation) return;
    this.entries.delete(sessionId);
    if (this.entries.size >= this.capacity) {
      // The oldest read goes first (a Map keeps insertion order, and a re-read re-inserts).
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(sessionId, { ...record, checkedAtMs: nowMs });
  }

  forgetSession(sessionId: string): void {
    this.generation += 1;
    this.entries.delete(sessionId);
  }

  forgetUser(userId: string): void {
    this.generation += 1;
    for (const [sessionId, entry] of this.entries) if (entry.userId === userId) this.entries.delete(sessionId);
  }

  get size(): number {
    return this.entries.size;
  }
}
