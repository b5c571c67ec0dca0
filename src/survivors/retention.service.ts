import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { Settings } from '../config/settings';
import { UNSTARTED_STATUSES } from '../placements/placement-enums';
import { effectiveStatusSql } from '../placements/placement.entity';
import { SurvivorEntity } from './survivor.entity';

/** What an erased goal's description (required text) reads afterwards. */
export const ERASED_TEXT = 'Erased';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeResult {
  /** Survivors whose details this run erased. */
  erased: number;
  survivorCutoff: Date;
  unstartedCutoff: Date;
}

/**
 * When a placement stopped holding on to its survivor's details: the departure; for a hold or
 * referral that lapsed, the moment it lapsed; for any other unstarted end (released, declined,
 * cancelled, no-show), the last write of the row, which is the write that ended it.
 */
const ENDED_AT = `(CASE
    WHEN p.status = 'DEPARTED' THEN p.departed_at
    WHEN p.status = 'HELD' THEN p.hold_expires_at
    WHEN p.status = 'AWAITING_ACCEPTANCE' THEN p.acceptance_expires_at
    ELSE p.updated_at END)`;

/**
 * Erasure of survivors' personal details (CONTRACT.md, Confidentiality): on an administrator's
 * request, and by the retention purge. The row stays, with gender, dependants, NRM status and the
 * accessible-bed need, so every count still stands; what identifies or describes the person goes.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly settings: Settings,
    private readonly audit: AuditService,
  ) {}

  /**
   * Erases one survivor's details. Idempotent: erasing an erased survivor changes nothing (the
   * first time and reason stand) but is audited again, as every successful call is.
   */
  async erase(ctx: RequestContext, id: string, reason: string): Promise<SurvivorEntity> {
    return ctx.transaction(async (tx) => {
      const survivor = await tx.manager
        .createQueryBuilder(SurvivorEntity, 's')
        .setLock('pessimistic_write')
        .where('s.id = :id', { id })
        .getOne();
      if (!survivor) throw DomainError.notFound('survivor');
      await this.eraseWhere(tx, 's.id = $3', [id], reason);
      await this.audit.record(tx, { action: 'survivor.erase', entityType: 'Survivor', entityId: id });
      return tx.manager.findOneByOrFail(SurvivorEntity, { id });
    });
  }

  /**
   * One retention run, in one transaction: erases every survivor none of whose placements is live
   * or still within its retention period. A departure is kept SURVIVOR_RETENTION_DAYS; a placement
   * that never started (RELEASED, EXPIRED, DECLINED, CANCELLED, NO_SHOW; a lapsed hold or referral
   * counts as EXPIRED) UNSTARTED_RETENTION_DAYS. Always audited, so a purge that stopped running
   * shows as a gap in `retention.purge` events.
   */
  async purge(ctx: RequestContext): Promise<PurgeResult> {
    const now = ctx.clock.now();
    const survivorCutoff = new Date(now.getTime() - this.settings.SURVIVOR_RETENTION_DAYS * DAY_MS);
    const unstartedCutoff = new Date(now.getTime() - this.settings.UNSTARTED_RETENTION_DAYS * DAY_MS);
    return ctx.transaction(async (tx) => {
      const status = effectiveStatusSql('p', '$3');
      // COALESCE: a placement whose end is unknown (NULL) is never taken as ended.
      const erased = await this.eraseWhere(
        tx,
        `EXISTS (SELECT 1 FROM placement p WHERE p.survivor_id = s.id)
         AND NOT EXISTS (
           SELECT 1 FROM placement p
            WHERE p.survivor_id = s.id
              AND NOT COALESCE(
                (${status} = 'DEPARTED' AND ${ENDED_AT} < $4)
                OR (${status} = ANY($5::text[]) AND ${ENDED_AT} < $6),
                false))`,
        [now, survivorCutoff, [...UNSTARTED_STATUSES], unstartedCutoff],
        'retention period ended',
      );
      await this.audit.recordMany(tx, { action: 'survivor.erase', entityType: 'Survivor', entityIds: erased });
      await this.audit.record(tx, { action: 'retention.purge', entityType: 'Retention' });
      return { erased: erased.length, survivorCutoff, unstartedCutoff };
    });
  }

  /**
   * The erasure itself, set-based: one UPDATE of the survivors matching `where` (alias `s`;
   * parameters from $3, $1 and $2 being the time and reason), then the free text written about them
   * elsewhere: move-on assessments, goals and notes, placement cancel and decline notes, assignment
   * end reasons. Returns the ids it erased; the caller audits.
   */
  private async eraseWhere(tx: RequestContext, where: string, params: unknown[], reason: string): Promise<string[]> {
    const rows: { id: string }[] = await tx.manager.query(
      `WITH erased AS (
         UPDATE survivor s
            SET reference = NULL, preferred_name = NULL, languages = '{}', accessibility_needs = NULL,
                prefers_worker_gender = NULL, erased_at = $1, erasure_reason = $2
          WHERE s.erased_at IS NULL AND ${where}
         RETURNING s.id)
       SELECT id FROM erased`,
      [tx.clock.now(), reason, ...params],
    );
    const ids = rows.map((row) => row.id);
    if (ids.length === 0) return ids;
    // Free text written about the person anywhere else goes too; enums, dates and counts stay.
    await tx.manager.query(`UPDATE move_on_plan SET assessment_summary = NULL WHERE survivor_id = ANY($1::uuid[])`, [
      ids,
    ]);
    await tx.manager.query(
      `UPDATE move_on_goal g SET note = NULL, description = $2
         FROM move_on_plan mp WHERE g.plan_id = mp.id AND mp.survivor_id = ANY($1::uuid[])`,
      [ids, ERASED_TEXT],
    );
    await tx.manager.query(
      `UPDATE placement SET status_reason = NULL WHERE survivor_id = ANY($1::uuid[]) AND status_reason IS NOT NULL`,
      [ids],
    );
    await tx.manager.query(
      `UPDATE support_worker_assignment a SET end_reason = NULL
         FROM placement p WHERE a.placement_id = p.id AND p.survivor_id = ANY($1::uuid[]) AND a.end_reason IS NOT NULL`,
      [ids],
    );
    return ids;
  }
}
