import { Logger } from '@nestjs/common';
import Redis from 'ioredis';

/** Counts failed sign-ins per key within a window. */
export interface LoginAttemptStore {
  /** Failures counted for the key in its current window. */
  count(key: string): Promise<number>;
  /** Adds a failure; the window starts at the first one. */
  fail(key: string, windowMs: number): Promise<void>;
  clear(key: string): Promise<void>;
  close(): Promise<void>;
}

/** One instance: counters in memory. */
export class MemoryLoginAttempts implements LoginAttemptStore {
  private readonly counters = new Map<string, { count: number; until: number }>();

  async count(key: string): Promise<number> {
    const counter = this.counters.get(key);
    if (!counter) return 0;
    if (counter.until <= Date.now()) {
      this.counters.delete(key);
      return 0;
    }
    return counter.count;
  }

  async fail(key: string, windowMs: number): Promise<void> {
    const now = Date.now();
    const counter = this.counters.get(key);
    if (counter && counter.until > now) counter.count += 1;
    else this.counters.set(key, { count: 1, until: now + windowMs });
    if (this.counters.size > 100_000) this.prune(now);
  }

  async clear(key: string): Promise<void> {
    this.counters.delete(key);
  }

  async close(): Promise<void> {}

  private prune(now: number) {
    for (const [key, counter] of this.counters) if (counter.until <= now) this.counters.delete(key);
  }
}

/** Several instances: counters in Redis, so a limit holds whichever instance is asked. */
export class RedisLoginAttempts implements LoginAttemptStore {
  private readonly logger = new Logger(RedisLoginAttempts.name);
  private readonly redis: Redis;

  constructor(url: string) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
    this.redis.on('error', (error) => this.logger.warn(`Redis: ${error.message}`));
  }

  async count(key: string): Promise<number> {
    return Number((await this.redis.get(`haven:login:${key}`)) ?? 0);
  }

  async fail(key: string, windowMs: number): Promise<void> {
    await this.redis.multi().incr(`haven:login:${key}`).pexpire(`haven:login:${key}`, windowMs, 'NX').exec();
  }

  async clear(key: string): Promise<void> {
    await this.redis.del(`haven:login:${key}`);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
