import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

/** A key answers retries this long (CONTRACT.md), then it goes with what it remembers of the request. */
export const IDEMPOTENCY_KEY_HOURS = 24;
const HOUR_MS = 60 * 60 * 1000;
/** Rows per DELETE: each statement stays short on the embedded database's one connection. */
const FORGET_BATCH = 1000;

@Injectable()
export class IdempotencyService {
  /**
   * Runs `work` once per (user, operation, key). Must be called inside a transaction: the key is
   * taken first, so a concurrent retry waits for this transaction, then returns its result.
   * Returns `{ replayed: true, resultId }` for a retry, else the work's result.
   */
  async once<T extends { id: string }>(
    tx: RequestContext,
    operation: string,
    key: string | undefined,
    request: unknown,
    work: () => Promise<T>,
  ): Promise<{ replayedId?: string; result?: T }> {
    if (!key) return { result: await work() };
    const userId = tx.user.userId;
    const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
    // Twice at most: a key the hourly purge deleted between the INSERT and the read is taken afresh.
    for (let attempt = 0; ; attempt += 1) {
      const inserted = (await tx.manager.query(
        `INSERT INTO idempotency_key (user_id, operation, key, request_hash, result_id)
         VALUES ($1, $2, $3, $4, gen_random_uuid())
         ON CONFLICT DO NOTHING RETURNING key`,
        [userId, operation, key, requestHash],
      )) as unknown[];
      if (inserted.length > 0) break;
      const existing = await tx.manager.findOneBy(IdempotencyKeyEntity, { userId, operation, key });
      if (!existing && attempt === 0) continue;
      if (!existing) throw new Error('idempotency key vanished twice while it was being taken');
      if (existing.requestHash !== requestHash) {
        throw DomainError.badInput('input.idempotencyKey', 'This idempotency key was used for a different request.');
      }
      return { replayedId: existing.resultId };
    }
    const result = await work();
    await tx.manager.update(IdempotencyKeyEntity, { userId, operation, key }, { resultId: result.id });
    return { result };
  }

  /**
   * Deletes the keys older than IDEMPOTENCY_KEY_HOURS by the context's clock, and with them the
   * request's hash and result; a batch per statement, outside any transaction. Returns how many.
   */
  async forgetExpired(ctx: RequestContext): Promise<number> {
    const cutoff = new Date(ctx.clock.now().getTime() - IDEMPOTENCY_KEY_HOURS * HOUR_MS);
    let total = 0;
    for (;;) {
      const [{ n }]: { n: number }[] = await ctx.manager.query(
        `WITH gone AS (
           DELETE FROM idempotency_key k
            USING (SELECT user_id, operation, key FROM idempotency_key WHERE created_at < $1 LIMIT $2) old
            WHERE k.user_id = old.user_id AND k.operation = old.operation AND k.key = old.key
           RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
        [cutoff, FORGET_BATCH],
      );
      total += n;
      if (n < FORGET_BATCH) return total;
    }
  }
}
