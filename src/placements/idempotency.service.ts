import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

/** Keys are kept at least this long (CONTRACT.md: 24 hours). */
export const IDEMPOTENCY_KEY_HOURS = 48;

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
    const inserted = (await tx.manager.query(
      `INSERT INTO idempotency_key (user_id, operation, key, request_hash, result_id)
       VALUES ($1, $2, $3, $4, gen_random_uuid())
       ON CONFLICT DO NOTHING RETURNING key`,
      [userId, operation, key, requestHash],
    )) as unknown[];
    if (inserted.length === 0) {
      const existing = await tx.manager.findOneByOrFail(IdempotencyKeyEntity, { userId, operation, key });
      if (existing.requestHash !== requestHash) {
        throw DomainError.badInput('input.idempotencyKey', 'This idempotency key was used for a different request.');
      }
      return { replayedId: existing.resultId };
    }
    const result = await work();
    await tx.manager.update(IdempotencyKeyEntity, { userId, operation, key }, { resultId: result.id });
    return { result };
  }
}
