import { Logger } from '@nestjs/common';
import Redis from 'ioredis';

/** The counters one sign-in attempt touches. */
export interface AttemptKeys {
  /** This account from this client address. */
  pair: string;
  /** This account from any address: the ceiling against a distributed guesser. */
  account: string;
  /** This client address, any account. */
  address: string;
}

/** How many failures each counter allows within its window. */
export interface AttemptLimits {
  pair: number;
  account: number;
  address: number;
  /**
   * A counter's failures are forgotten this long after the first of them; the failure that
   * reaches the limit starts a lock of this length.
   */
  windowMs: number;
}

export type LockScope = keyof AttemptKeys;

/** The outcome of a reservation: go ahead and check the password, or refuse (until when). */
export type Reservation = { locked: false } | { locked: true; scope: LockScope; untilMs: number };

/**
 * Failed sign-ins counted so that a limit holds however many attempts arrive at once: an attempt
 * reserves its failure in every counter BEFORE its password is checked, in one atomic step that
 * refuses when any counter is at its limit. A wrong password keeps the reservation; a right one
 * (or an attempt whose password was never checked) gives it back. So at most `limit` passwords
 * are ever checked per counter and window, and a refused attempt counts as nothing.
 *
 * Times are the caller's (the service's clock), in milliseconds.
 */
export interface LoginAttemptStore {
  reserve(keys: AttemptKeys, limits: AttemptLimits, nowMs: number): Promise<Reservation>;
  /** Gives a reservation back: the password was never checked. */
  release(keys: AttemptKeys, nowMs: number): Promise<void>;
  /** The password was right: gives the reservation back and clears the pair's failures. */
  succeed(keys: AttemptKeys, nowMs: number): Promise<void>;
  close(): Promise<void>;
}

const SCOPES: LockScope[] = ['pair', 'account', 'address'];

/**
 * One instance: counters in memory. Every method runs to its end without awaiting anything, and
 * JavaScript runs one such piece at a time, so a reservation is atomic.
 */
export class MemoryLoginAttempts implements LoginAttemptStore {
  private readonly counters = new Map<string, { count: number; untilMs: number }>();

  async reserve(keys: AttemptKeys, limits: AttemptLimits, nowMs: number): Promise<Reservation> {
    let locked: Reservation = { locked: false };
    for (const scope of SCOPES) {
      const count = this.count(keys[scope], nowMs);
      const untilMs = this.counters.get(keys[scope])?.untilMs ?? 0;
      if (count >= limits[scope] && (!locked.locked || untilMs > locked.untilMs)) {
        locked = { locked: true, scope, untilMs };
      }
    }
    if (locked.locked) return locked;
    for (const scope of SCOPES) {
      const count = this.count(keys[scope], nowMs) + 1;
      const untilMs =
        count === 1 || count >= limits[scope] ? nowMs + limits.windowMs : this.counters.get(keys[scope])!.untilMs;
      this.counters.set(keys[scope], { count, untilMs });
    }
    if (this.counters.size > 100_000) this.prune(nowMs);
    return locked;
  }

  async release(keys: AttemptKeys, nowMs: number): Promise<void> {
    for (const scope of SCOPES) this.giveBack(keys[scope], nowMs);
  }

  async succeed(keys: AttemptKeys, nowMs: number): Promise<void> {
    this.counters.delete(keys.pair);
    this.giveBack(keys.account, nowMs);
    this.giveBack(keys.address, nowMs);
  }

  async close(): Promise<void> {}

  private count(key: string, nowMs: number): number {
    const counter = this.counters.get(key);
    return counter && counter.untilMs > nowMs ? counter.count : 0;
  }

  private giveBack(key: string, nowMs: number): void {
    const counter = this.counters.get(key);
    if (!counter || counter.untilMs <= nowMs) return;
    if (counter.count <= 1) this.counters.delete(key);
    else counter.count -= 1;
  }

  private prune(nowMs: number) {
    for (const [key, counter] of this.counters) if (counter.untilMs <= nowMs) this.counters.delete(key);
  }
}

/**
 * Checks every counter and, when none is at its limit, counts the attempt in all three, in one
 * step (a script runs alone in Redis). A counter is a hash {count, until}; `until` is by the
 * caller's clock (set at the first failure, and again at the one that reaches the limit), and
 * the key's own expiry only tidies up.
 * KEYS: pair, account, address. ARGV: now, windowMs, then the three limits.
 * Returns {0, 0} when reserved, else {scope (1..3), until}.
 */
const RESERVE = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local counts = {}
local lockedScope, lockedUntil = 0, 0
for i = 1, 3 do
  local fields = redis.call('HMGET', KEYS[i], 'count', 'until')
  local count, untilMs = tonumber(fields[1]) or 0, tonumber(fields[2]) or 0
  if untilMs <= now then count = 0 end
  counts[i] = count
  if count >= tonumber(ARGV[2 + i]) and untilMs > lockedUntil then
    lockedScope, lockedUntil = i, untilMs
  end
end
if lockedScope > 0 then return {lockedScope, lockedUntil} end
for i = 1, 3 do
  local count = counts[i] + 1
  if count == 1 or count >= tonumber(ARGV[2 + i]) then
    redis.call('HSET', KEYS[i], 'count', count, 'until', now + window)
    redis.call('PEXPIRE', KEYS[i], window)
  else
    redis.call('HSET', KEYS[i], 'count', count)
  end
end
return {0, 0}
`;

/**
 * Gives a reservation back. KEYS: pair, account, address. ARGV: now, and 1 to clear the pair
 * (a right password) or 0 to decrement it (a password never checked).
 */
const GIVE_BACK = `
local now = tonumber(ARGV[1])
for i = 1, 3 do
  if i == 1 and ARGV[2] == '1' then
    redis.call('DEL', KEYS[1])
  else
    local fields = redis.call('HMGET', KEYS[i], 'count', 'until')
    local count, untilMs = tonumber(fields[1]) or 0, tonumber(fields[2]) or 0
    if untilMs > now and count > 1 then
      redis.call('HINCRBY', KEYS[i], 'count', -1)
    elseif untilMs > now and count == 1 then
      redis.call('DEL', KEYS[i])
    end
  end
end
return 0
`;

type ScriptedRedis = Redis & {
  havenReserveAttempt(...args: (string | number)[]): Promise<[number, number]>;
  havenGiveBackAttempt(...args: (string | number)[]): Promise<number>;
};

/** Several instances: counters in Redis, so a limit holds whichever instance is asked. */
export class RedisLoginAttempts implements LoginAttemptStore {
  private readonly logger = new Logger(RedisLoginAttempts.name);
  private readonly redis: ScriptedRedis;

  constructor(url: string) {
    const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
    redis.defineCommand('havenReserveAttempt', { numberOfKeys: 3, lua: RESERVE });
    redis.defineCommand('havenGiveBackAttempt', { numberOfKeys: 3, lua: GIVE_BACK });
    redis.on('error', (error) => this.logger.warn(`Redis: ${error.message}`));
    this.redis = redis as ScriptedRedis;
  }

  async reserve(keys: AttemptKeys, limits: AttemptLimits, nowMs: number): Promise<Reservation> {
    const [scope, untilMs] = await this.redis.havenReserveAttempt(
      ...this.keys(keys),
      nowMs,
      limits.windowMs,
      limits.pair,
      limits.account,
      limits.address,
    );
    return scope === 0 ? { locked: false } : { locked: true, scope: SCOPES[scope - 1], untilMs: Number(untilMs) };
  }

  async release(keys: AttemptKeys, nowMs: number): Promise<void> {
    await this.redis.havenGiveBackAttempt(...this.keys(keys), nowMs, 0);
  }

  async succeed(keys: AttemptKeys, nowMs: number): Promise<void> {
    await this.redis.havenGiveBackAttempt(...this.keys(keys), nowMs, 1);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }

  private keys(keys: AttemptKeys): string[] {
    return SCOPES.map((scope) => `haven:signin:${keys[scope]}`);
  }
}
