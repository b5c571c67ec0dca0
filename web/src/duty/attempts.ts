/**
 * An attempt to place someone in one bed for one stay, from the first tap on Hold until it ends: the
 * placement confirmed, the hold released or expired, or the officer giving up on it. It has one
 * idempotency key, sent with its holdBed and its confirmPlacement (keys are unique per user and
 * operation, so the two never clash). A request whose answer was lost can then be sent again and
 * Haven hands back what the first one did, instead of holding a second bed or booking twice.
 *
 * Attempts are kept in the tab's sessionStorage, so a reload on a bad signal keeps the key; they go
 * with the tab, at sign-out, and after KEEP_MS (well inside the 24 hours Haven keeps a key).
 */
export interface Attempt {
  key: string;
  /** The bed tapped, with `stay`; unknown for a hold made elsewhere and confirmed here. */
  bedId?: string;
  stay?: string;
  /** The hold, once Haven's answer arrived. */
  placementId?: string;
  startedAt: number;
}

/** What the store needs of sessionStorage (and a test's stand-in). */
export interface AttemptStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const ATTEMPTS_KEY = 'haven.duty.attempts';
export const KEEP_MS = 12 * 60 * 60 * 1000;

/** The stay as the hold sends it: the same stay, the same holdBed input, so a replay matches it. */
export function stayOf(input: { from?: unknown; nights: number; arrivingAt?: unknown }): string {
  return [input.from ?? 'now', input.nights, input.arrivingAt ?? ''].join('|');
}

export class AttemptStore {
  /** Used when storage fails (full, or refused): the attempts then last as long as the page. */
  private fallback: Attempt[] = [];

  constructor(
    private readonly storage: AttemptStorage | undefined,
    private readonly newKey: () => string,
    private readonly now: () => number,
  ) {}

  /** The open attempt on this bed for this stay, or a new one. */
  forBed(bedId: string, stay: string): Attempt {
    const attempts = this.read();
    const open = attempts.find((attempt) => attempt.bedId === bedId && attempt.stay === stay);
    if (open) return open;
    const attempt: Attempt = { key: this.newKey(), bedId, stay, startedAt: this.now() };
    this.write([...attempts, attempt]);
    return attempt;
  }

  /** The attempt that made this hold, or a new one for a hold made elsewhere (another tab, the list). */
  forPlacement(placementId: string): Attempt {
    const attempts = this.read();
    const open = attempts.find((attempt) => attempt.placementId === placementId);
    if (open) return open;
    const attempt: Attempt = { key: this.newKey(), placementId, startedAt: this.now() };
    this.write([...attempts, attempt]);
    return attempt;
  }

  /** The hold was made: its confirm goes with the same key. */
  held(key: string, placementId: string): void {
    this.write(this.read().map((attempt) => (attempt.key === key ? { ...attempt, placementId } : attempt)));
  }

  /** The attempt is over: its key is never sent again, and a new tap on the bed starts afresh. */
  end(key: string): void {
    this.write(this.read().filter((attempt) => attempt.key !== key));
  }

  /** The hold's attempt is over (confirmed, released, expired). */
  endPlacement(placementId: string): void {
    this.write(this.read().filter((attempt) => attempt.placementId !== placementId));
  }

  /** Every open attempt, oldest first. */
  open(): Attempt[] {
    return this.read();
  }

  /** Sign-out: nothing of this user's attempts stays in the tab. */
  clear(): void {
    this.fallback = [];
    try {
      this.storage?.removeItem(ATTEMPTS_KEY);
    } catch {
      // nothing stored, nothing to remove
    }
  }

  private read(): Attempt[] {
    let attempts = this.fallback;
    try {
      const stored = this.storage?.getItem(ATTEMPTS_KEY);
      const parsed: unknown = stored ? JSON.parse(stored) : undefined;
      if (Array.isArray(parsed)) attempts = parsed as Attempt[];
    } catch {
      // unreadable: the copy in memory stands
    }
    const oldest = this.now() - KEEP_MS;
    return attempts.filter((attempt) => attempt.startedAt >= oldest);
  }

  private write(attempts: Attempt[]): void {
    this.fallback = attempts;
    try {
      if (attempts.length === 0) this.storage?.removeItem(ATTEMPTS_KEY);
      else this.storage?.setItem(ATTEMPTS_KEY, JSON.stringify(attempts));
    } catch {
      // storage full or refused: the copy in memory serves this page
    }
  }
}
