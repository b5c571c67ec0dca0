import { ATTEMPTS_KEY, AttemptStore, KEEP_MS, stayOf, type AttemptStorage } from '../../web/src/duty/attempts';

/** sessionStorage as a map; `broken` makes every call throw, as a full or refused storage does. */
class MapStorage implements AttemptStorage {
  readonly items = new Map<string, string>();
  broken = false;

  getItem(key: string): string | null {
    if (this.broken) throw new Error('refused');
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.broken) throw new Error('full');
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    if (this.broken) throw new Error('refused');
    this.items.delete(key);
  }
}

function store(storage: AttemptStorage | undefined = new MapStorage(), start = Date.UTC(2026, 0, 10, 3, 0)) {
  let n = 0;
  let now = start;
  const attempts = new AttemptStore(
    storage,
    () => `key-${++n}`,
    () => now,
  );
  return { attempts, advance: (ms: number) => (now += ms) };
}

const NOW_ONE_NIGHT = stayOf({ nights: 1 });

describe('hold attempts: one idempotency key per (bed, stay) attempt', () => {
  it('gives the same key to every tap on one bed for one stay until the attempt ends', () => {
    const { attempts } = store();
    const first = attempts.forBed('bed-1', NOW_ONE_NIGHT);
    expect(attempts.forBed('bed-1', NOW_ONE_NIGHT).key).toBe(first.key);
    expect(attempts.forBed('bed-1', NOW_ONE_NIGHT).key).toBe(first.key);
    attempts.end(first.key);
    expect(attempts.forBed('bed-1', NOW_ONE_NIGHT).key).not.toBe(first.key);
  });

  it('gives another bed, or the same bed for another stay, a key of its own', () => {
    const { attempts } = store();
    const keys = new Set([
      attempts.forBed('bed-1', NOW_ONE_NIGHT).key,
      attempts.forBed('bed-2', NOW_ONE_NIGHT).key,
      attempts.forBed('bed-1', stayOf({ nights: 2 })).key,
      attempts.forBed('bed-1', stayOf({ from: '2026-01-11T20:00:00.000Z', nights: 1 })).key,
      attempts.forBed('bed-1', stayOf({ nights: 1, arrivingAt: '2026-01-10T05:00:00.000Z' })).key,
    ]);
    expect(keys.size).toBe(5);
  });

  it('says a stay as the hold sends it: arriving now is the same stay whenever it is tapped', () => {
    expect(stayOf({ nights: 3 })).toBe(stayOf({ nights: 3, from: undefined, arrivingAt: undefined }));
    expect(stayOf({ nights: 3 })).not.toBe(stayOf({ nights: 3, from: '2026-01-10T03:00:00.000Z' }));
  });

  it('keeps the key for the confirm once the hold is made, and ends it with the placement', () => {
    const { attempts } = store();
    const attempt = attempts.forBed('bed-1', NOW_ONE_NIGHT);
    attempts.held(attempt.key, 'placement-1');
    expect(attempts.forPlacement('placement-1').key).toBe(attempt.key);
    expect(attempts.forBed('bed-1', NOW_ONE_NIGHT).key).toBe(attempt.key);
    attempts.endPlacement('placement-1');
    expect(attempts.open()).toEqual([]);
    expect(attempts.forPlacement('placement-1').key).not.toBe(attempt.key);
  });

  it('starts an attempt for a hold made elsewhere, kept for its confirm', () => {
    const { attempts } = store();
    const attempt = attempts.forPlacement('placement-9');
    expect(attempt.bedId).toBeUndefined();
    expect(attempts.forPlacement('placement-9').key).toBe(attempt.key);
  });

  it('keeps attempts in the tab storage, so a reload sends the same key', () => {
    const storage = new MapStorage();
    const before = store(storage).attempts.forBed('bed-1', NOW_ONE_NIGHT);
    const afterReload = store(storage).attempts;
    expect(afterReload.forBed('bed-1', NOW_ONE_NIGHT).key).toBe(before.key);
    expect(JSON.parse(storage.items.get(ATTEMPTS_KEY)!)).toHaveLength(1);
  });

  it('forgets an attempt after KEEP_MS, well inside the 24 hours Haven keeps a key', () => {
    const { attempts, advance } = store();
    const old = attempts.forBed('bed-1', NOW_ONE_NIGHT);
    advance(KEEP_MS);
    expect(attempts.forBed('bed-1', NOW_ONE_NIGHT).key).toBe(old.key);
    advance(1);
    expect(attempts.forBed('bed-1', NOW_ONE_NIGHT).key).not.toBe(old.key);
    expect(KEEP_MS).toBeLessThan(24 * 60 * 60 * 1000);
  });

  it('clears every attempt at sign-out', () => {
    const storage = new MapStorage();
    const { attempts } = store(storage);
    attempts.forBed('bed-1', NOW_ONE_NIGHT);
    attempts.forPlacement('placement-1');
    attempts.clear();
    expect(attempts.open()).toEqual([]);
    expect(storage.items.has(ATTEMPTS_KEY)).toBe(false);
  });

  it('keeps its attempts in memory when the storage is refused, full or unreadable', () => {
    const storage = new MapStorage();
    storage.broken = true;
    const { attempts } = store(storage);
    const attempt = attempts.forBed('bed-1', NOW_ONE_NIGHT);
    expect(attempts.forBed('bed-1', NOW_ONE_NIGHT).key).toBe(attempt.key);

    const garbled = new MapStorage();
    garbled.items.set(ATTEMPTS_KEY, '{not json');
    expect(store(garbled).attempts.open()).toEqual([]);
    garbled.items.set(ATTEMPTS_KEY, '{"a":1}');
    expect(store(garbled).attempts.open()).toEqual([]);

    const { attempts: noStorage } = store(undefined);
    expect(noStorage.forBed('bed-1', NOW_ONE_NIGHT).key).toBe(noStorage.forBed('bed-1', NOW_ONE_NIGHT).key);
  });
});
