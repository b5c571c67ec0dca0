import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { Settings } from '../config/settings';
import { MoveOnService } from '../move-on/move-on.service';
import { UNSTARTED_STATUSES } from '../placements/placement-enums';
import { effectiveStatusSql } from '../placements/placement-status';
import { PlacementsService } from '../placements/placements.service';
import { SupportCasesService } from '../support-cases/support-cases.service';
import { SupportWorkersService } from '../support-workers/support-workers.service';
import { Survivor } from '../survivors/survivor.model';
import { SurvivorsService, toSurvivor } from '../survivors/survivors.service';

export { ERASED_TEXT } from '../move-on/move-on.service';

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
 * accessible-bed need, so every count still stands; what identifies or describes the person goes,
 * from every module's tables through that module's service: this module owns no table.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly settings: Settings,
    private readonly audit: AuditService,
    private readonly survivors: SurvivorsService,
    private readonly placements: PlacementsService,
    private readonly cases: SupportCasesService,
    private readonly workers: SupportWorkersService,
    private readonly moveOn: MoveOnService,
  ) {}

  /**
   * Erases one survivor's details. Idempotent: erasing an erased survivor changes nothing (the
   * first time and reason stand) but is audited again, as every successful call is.
   */
  async erase(ctx: RequestContext, id: string, reason: string): Promise<Survivor> {
    return ctx.transaction(async (tx) => {
      if (!(await this.survivors.lock(tx, id))) throw DomainError.notFound('survivor');
      await this.eraseAll(tx, [id], reason);
      await this.audit.record(tx, { action: 'survivor.erase', entityType: 'Survivor', entityId: id });
      return toSurvivor(await this.survivors.entity(tx, id));
    });
  }

  /**
   * One retention run, in one transaction: erases every survivor none of whose placements or
   * support cases is live or still within its retention period. A departure, and a case's closing,
   * are kept SURVIVOR_RETENTION_DAYS; a placement that never started (RELEASED, EXPIRED, DECLINED,
   * CANCELLED, NO_SHOW; a lapsed hold or referral counts as EXPIRED) UNSTARTED_RETENTION_DAYS — but
   * a person who has, or had, a support case is kept by the case's rule, never erased as a
   * placement that never started. An OPEN case keeps everything. Always audited, so a purge that
   * stopped running shows as a gap in `retention.purge` events.
   */
  async purge(ctx: RequestContext): Promise<PurgeResult> {
    const now = ctx.clock.now();
    const survivorCutoff = new Date(now.getTime() - this.settings.SURVIVOR_RETENTION_DAYS * DAY_MS);
    const unstartedCutoff = new Date(now.getTime() - this.settings.UNSTARTED_RETENTION_DAYS * DAY_MS);
    return ctx.transaction(async (tx) => {
      const status = effectiveStatusSql('p', '$1');
      // COALESCE: a placement whose end is unknown (NULL) is never taken as ended.
      const due = (await tx.manager.query(
        `SELECT s.id FROM survivor s
          WHERE s.erased_at IS NULL
            AND (EXISTS (SELECT 1 FROM placement p WHERE p.survivor_id = s.id)
                 OR EXISTS (SELECT 1 FROM support_case c WHERE c.survivor_id = s.id))
            AND NOT EXISTS (
              SELECT 1 FROM placement p
               WHERE p.survivor_id = s.id
                 AND NOT COALESCE(
                   (${status} = 'DEPARTED' AND ${ENDED_AT} < $2)
                   OR (${status} = ANY($3::text[]) AND ${ENDED_AT} < $4),
                   false))
            AND NOT EXISTS (
              SELECT 1 FROM support_case c
               WHERE c.survivor_id = s.id AND NOT COALESCE(c.status = 'CLOSED' AND c.closed_at < $2, false))
          FOR UPDATE OF s`,
        [now, survivorCutoff, [...UNSTARTED_STATUSES], unstartedCutoff],
      )) as { id: string }[];
      const erased = await this.eraseAll(
        tx,
        due.map((row) => row.id),
        'retention period ended',
      );
      await this.audit.recordMany(tx, { action: 'survivor.erase', entityType: 'Survivor', entityIds: erased });
      await this.audit.record(tx, { action: 'retention.purge', entityType: 'Retention' });
      return { erased: erased.length, survivorCutoff, unstartedCutoff };
    });
  }

  /**
   * The erasure itself, set-based, through each module that keeps something about the person: the
   * survivor's details (only those not erased yet), then the free text written about them elsewhere
   * (move-on assessments, goals and notes; placement cancel and decline notes; assignment end
   * reasons; a case's closing note and area). Returns the ids it erased; the caller audits.
   */
  private async eraseAll(tx: RequestContext, ids: string[], reason: string): Promise<string[]> {
    const erased = await this.survivors.eraseDetails(tx, ids, reason);
    if (erased.length === 0) return erased;
    await this.moveOn.eraseTextAbout(tx, erased);
    await this.placements.eraseNotesAbout(tx, erased);
    await this.workers.eraseEndReasonsAbout(tx, erased);
    await this.cases.eraseNotesAbout(tx, erased);
    return erased;
  }
}
