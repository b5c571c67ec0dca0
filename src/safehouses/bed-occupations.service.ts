import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { ErrorReason } from '../common/errors/error-reason';
import { RequestContext } from '../common/request-context';
import { EXCLUSION_VIOLATION, sqlState } from '../database/postgres-errors';
import { BedOccupationEntity, OccupationKind } from './bed-occupation.entity';

export interface Claim {
  bedId: string;
  kind: OccupationKind;
  from: Date;
  /** null: open-ended (an ARRIVED placement). */
  until: Date | null;
  expiresAt?: Date | null;
  placementId?: string | null;
  blockId?: string | null;
}

/**
 * The one way to claim a bed (holds and placements of the placements issue use it too): it frees the
 * bed's expired holds, then inserts, and lets the exclusion constraint decide any race.
 */
@Injectable()
export class BedOccupationsService {
  /** Must run inside the caller's transaction (ctx from `ctx.transaction`). */
  async claim(tx: RequestContext, claim: Claim): Promise<BedOccupationEntity> {
    const now = tx.clock.now();
    await this.lockBed(tx, claim.bedId);
    await this.releaseExpiredHolds(tx, claim.bedId, now);
    return this.refusingOverlaps(tx, async () => {
      const [row] = (await tx.manager.query(
        `INSERT INTO bed_occupation (bed_id, kind, period, live, expires_at, placement_id, block_id)
         VALUES ($1, $2, tstzrange($3, $4, '[)'), TRUE, $5, $6, $7)
         RETURNING id`,
        [
          claim.bedId,
          claim.kind,
          claim.from,
          claim.until,
          claim.expiresAt ?? null,
          claim.placementId ?? null,
          claim.blockId ?? null,
        ],
      )) as { id: string }[];
      return tx.manager.findOneByOrFail(BedOccupationEntity, { id: row.id });
    });
  }

  /**
   * A placement's claim becomes firm (`expiresAt` null: CONFIRMED) or lapses at `expiresAt`
   * (awaiting the provider's answer: kept as a HOLD, so it frees the bed by itself).
   */
  async settle(tx: RequestContext, placementId: string, expiresAt: Date | null): Promise<void> {
    await this.lockBedOf(tx, placementId);
    await tx.manager.query(
      `UPDATE bed_occupation SET kind = CASE WHEN $2::timestamptz IS NULL THEN 'PLACEMENT' ELSE 'HOLD' END, expires_at = $2
        WHERE placement_id = $1 AND live`,
      [placementId, expiresAt],
    );
  }

  /** A placement's new period: open-ended on arrival, closed at the departure. */
  async reperiod(tx: RequestContext, placementId: string, from: Date, until: Date | null): Promise<void> {
    const now = tx.clock.now();
    const bedId = await this.lockBedOf(tx, placementId);
    if (bedId) await this.releaseExpiredHolds(tx, bedId, now);
    await this.refusingOverlaps(tx, () =>
      tx.manager.query(`UPDATE bed_occupation SET period = tstzrange($2, $3, '[)') WHERE placement_id = $1 AND live`, [
        placementId,
        from,
        until,
      ]),
    );
  }

  /** The placement no longer occupies its bed (released, declined, cancelled, no-show). */
  async release(tx: RequestContext, placementId: string): Promise<void> {
    await tx.manager.query('UPDATE bed_occupation SET live = FALSE WHERE placement_id = $1 AND live', [placementId]);
  }

  /**
   * Serialises the writes to one bed's occupations until the transaction ends. Two transactions
   * writing overlapping periods of a bed at once would each wait for the other inside the exclusion
   * constraint's check and one would fail with a deadlock (40P01: a 500) instead of an overlap
   * (BED_UNAVAILABLE): the soak found this. Every write path takes this lock first, and each
   * transaction writes one bed, so the lock cannot itself deadlock.
   */
  private async lockBed(tx: RequestContext, bedId: string): Promise<void> {
    await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`bed-occupation:${bedId}`]);
  }

  /** lockBed for the bed of a placement's live claim; the bed's id, or null when it has none. */
  private async lockBedOf(tx: RequestContext, placementId: string): Promise<string | null> {
    const [row] = (await tx.manager.query('SELECT bed_id FROM bed_occupation WHERE placement_id = $1 AND live', [
      placementId,
    ])) as { bed_id: string }[];
    if (!row) return null;
    await this.lockBed(tx, row.bed_id);
    return row.bed_id;
  }

  /**
   * Runs a write that the exclusion constraint may refuse, under a savepoint so the transaction
   * stays usable, and answers a refusal as BED_UNAVAILABLE.
   */
  private async refusingOverlaps<T>(tx: RequestContext, write: () => Promise<T>): Promise<T> {
    const savepoint = `claim_${Math.random().toString(36).slice(2, 10)}`;
    await tx.manager.query(`SAVEPOINT ${savepoint}`);
    try {
      const result = await write();
      await tx.manager.query(`RELEASE SAVEPOINT ${savepoint}`);
      return result;
    } catch (error) {
      await tx.manager.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
      if (sqlState(error) === EXCLUSION_VIOLATION) {
        throw DomainError.rule(
          ErrorReason.BED_UNAVAILABLE,
          'That bed is held, booked or out of service for part of that time.',
        );
      }
      throw error;
    }
  }

  /** Expired holds stop counting: the constraint must not refuse a claim because of one. */
  async releaseExpiredHolds(tx: RequestContext, bedId: string, now: Date): Promise<void> {
    await tx.manager.query(
      `UPDATE bed_occupation SET live = FALSE
        WHERE bed_id = $1 AND live AND kind = 'HOLD' AND expires_at <= $2`,
      [bedId, now],
    );
  }

  /** Whether a hold or placement claims the bed now or later (expired holds do not). */
  async inUseFromNow(tx: RequestContext, bedId: string): Promise<boolean> {
    const rows = (await tx.manager.query(
      `SELECT 1 FROM bed_occupation
        WHERE bed_id = $1 AND live AND kind IN ('HOLD', 'PLACEMENT')
          AND (upper_inf(period) OR upper(period) > $2)
          AND NOT (kind = 'HOLD' AND expires_at <= $2)
        LIMIT 1`,
      [bedId, tx.clock.now()],
    )) as unknown[];
    return rows.length > 0;
  }
}
