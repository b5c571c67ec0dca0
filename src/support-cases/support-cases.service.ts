import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../common/access/access-policy';
import { londonDate } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { ErrorReason } from '../common/errors/error-reason';
import { Connection, CursorShape, checkPageRequest, toConnection } from '../common/pagination/connection';
import { RequestContext } from '../common/request-context';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { SupportWorkersService } from '../support-workers/support-workers.service';
import { assertMayBeSupported } from '../survivors/eligibility';
import { SurvivorsService } from '../survivors/survivors.service';
import { RecoveryNeedsAssessmentEntity } from './recovery-needs-assessment.entity';
import {
  RecoveryNeedsAssessmentStatus,
  SupportCaseCloseReason,
  SupportCaseStatus,
  SupportEndBasis,
  SupportSetting,
} from './support-case-enums';
import { SupportCaseEntity } from './support-case.entity';
import {
  ExtendSupportInput,
  OpenSupportCaseInput,
  RecoveryNeedsAssessmentOutcomeInput,
  SubmitRecoveryNeedsAssessmentInput,
  SupportCaseFilter,
} from './support-case.inputs';
import { RecoveryNeedsAssessment, SupportCase, SupportEndChangeModel } from './support-case.model';
import { SupportEndChangeEntity } from './support-end-change.entity';

export function toAssessment(row: RecoveryNeedsAssessmentEntity): RecoveryNeedsAssessment {
  return {
    id: row.id,
    status: row.status,
    submittedOn: row.submittedOn,
    needs: row.needs as RecoveryNeedsAssessment['needs'],
    decidedOn: row.decidedOn,
    supportUntil: row.supportUntil,
    note: row.note,
  };
}

/** Newest first: opened at, then id. */
const CASE_CURSOR: CursorShape = { list: 'supportCases', parts: ['timestamp', 'uuid'] };

/**
 * Whether a case (alias) has a placement holding a bed for it now: CONFIRMED or ARRIVED. Those two
 * statuses never change by the clock alone, so no time is needed. The one read of the placement
 * table this module makes: the placements module owns the rows, the case owns what they mean for it.
 */
export function accommodatedSql(caseAlias: string): string {
  return `EXISTS (SELECT 1 FROM placement held WHERE held.support_case_id = ${caseAlias}.id
    AND held.status IN ('CONFIRMED', 'ARRIVED'))`;
}

/**
 * A case (alias) whose end of support is suspended by a pending step: an RNA not yet decided, or a
 * reconsideration of the person's negative decision not yet decided (CONTRACT.md, The NRM journey).
 */
export function pendingSql(caseAlias: string): string {
  return `(EXISTS (SELECT 1 FROM recovery_needs_assessment pr WHERE pr.support_case_id = ${caseAlias}.id AND pr.status = 'PENDING')
    OR EXISTS (SELECT 1 FROM survivor ps WHERE ps.id = ${caseAlias}.survivor_id AND ps.nrm_status = 'RECONSIDERATION_REQUESTED'))`;
}

/** A case (alias) overdue on the day in `todayParam`: OPEN, past its end of support, nothing pending. */
export function overdueSql(caseAlias: string, todayParam: string): string {
  return `(${caseAlias}.status = 'OPEN' AND ${caseAlias}.support_ends_on IS NOT NULL
    AND ${caseAlias}.support_ends_on < ${todayParam} AND NOT ${pendingSql(caseAlias)})`;
}

/** How a placement of a case ended, for the case's closing rules. */
export interface PlacementEnd {
  how: 'departed' | 'cancelled' | 'no_show';
  /** The person goes on being supported where they go: the case stays OPEN as outreach. */
  supportGoesOn: boolean;
}

/** A change to a case's end of support (CONTRACT.md, The NRM journey and the end of support). */
export interface SupportEndChange {
  supportEndsOn: string | null;
  basis: SupportEndBasis;
  /** The rule in words: "positive conclusive grounds 2026-03-01 + 45 calendar days". */
  rule: string;
  /** The NRM decision that set it, when one did (MoveOnPlan.triggeringDecision). */
  decisionId?: string;
  /** Why, for an extension: kept beside the change, erased with the person's details. */
  reason?: string;
}

/**
 * Support cases (CONTRACT.md, Support cases): the support_case table is this module's. Placements
 * open and end cases through `openForPlacement` and `placementEnded`; a coordinator opens outreach
 * cases and closes any. Closing a case ends its assignments (the support-workers module's rows,
 * through its service), in the same transaction.
 */
@Injectable()
export class SupportCasesService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly survivors: SurvivorsService,
    private readonly workers: SupportWorkersService,
  ) {}

  // ------------------------------------------------------------------ opening

  /** An outreach case: a person supported where they live, with no bed (openSupportCase). */
  async open(ctx: RequestContext, input: OpenSupportCaseInput): Promise<SupportCase> {
    this.access.assertManagesProvider(ctx, input.providerId);
    assertMayBeSupported(input.survivor);
    const { idempotencyKey, ...request } = input;
    return ctx.transaction(async (tx) => {
      const { replayedId, result } = await this.idempotency.once(
        tx,
        'openSupportCase',
        idempotencyKey,
        request,
        async () => {
          const survivor = await this.survivors.create(tx, input.survivor, input.providerId);
          const opened = await tx.manager.save(
            tx.manager.create(SupportCaseEntity, {
              survivorId: survivor.id,
              providerId: input.providerId,
              status: SupportCaseStatus.OPEN,
              openedAt: tx.clock.now(),
              area: input.area,
              closesWithPlacement: false,
            }),
          );
          await this.audit.record(tx, { action: 'support_case.open', entityType: 'SupportCase', entityId: opened.id });
          return opened;
        },
      );
      return this.toModel(tx, replayedId ? (await this.lock(tx, replayedId))! : result!);
    });
  }

  /**
   * The case a placement joins as it becomes CONFIRMED: the person's OPEN case with the provider, or
   * a new one that closes with its last placement. Inside the placement's transaction.
   */
  async openForPlacement(tx: RequestContext, survivorId: string, providerId: string): Promise<string> {
    const existing = await tx.manager
      .createQueryBuilder(SupportCaseEntity, 'c')
      .setLock('pessimistic_write')
      .where('c.survivor_id = :survivorId AND c.provider_id = :providerId', { survivorId, providerId })
      .andWhere(`c.status = 'OPEN'`)
      .getOne();
    if (existing) return existing.id;
    const opened = await tx.manager.save(
      tx.manager.create(SupportCaseEntity, {
        survivorId,
        providerId,
        status: SupportCaseStatus.OPEN,
        openedAt: tx.clock.now(),
        area: null,
        closesWithPlacement: true,
      }),
    );
    await this.audit.record(tx, { action: 'support_case.open', entityType: 'SupportCase', entityId: opened.id });
    return opened.id;
  }

  /**
   * The OPEN case a coordinator books a bed into (placeDirectly with supportCaseId), locked: a case
   * of the bed's provider (WRONG_PROVIDER), not closed (CASE_CLOSED).
   */
  async forNewPlacement(tx: RequestContext, id: string, providerId: string, field: string): Promise<SupportCaseEntity> {
    const found = await this.lock(tx, id);
    if (!found || !this.access.managesProvider(tx, found.providerId)) {
      throw DomainError.badInput(field, `${field} names no support case of yours.`);
    }
    if (found.providerId !== providerId) {
      throw DomainError.rule(
        ErrorReason.WRONG_PROVIDER,
        "That support case is another provider's: place the person in your own house.",
      );
    }
    this.assertOpen(found);
    return found;
  }

  // ------------------------------------------------------------------ closing

  /**
   * A placement of the case ended (departure, cancellation, no-show), already saved in `tx`. A case
   * opened by a placement closes with its last live one, and its assignments end: MOVED_ON after a
   * departure, NOT_TAKEN_UP otherwise; unless the person's support goes on (continueOutreach, or a
   * departure to hospital, custody or missing), when it carries on as outreach until a coordinator
   * closes it. A case opened any other way stays open.
   */
  async placementEnded(tx: RequestContext, id: string, end: PlacementEnd): Promise<void> {
    const found = await this.lock(tx, id);
    if (!found || found.status === SupportCaseStatus.CLOSED) return;
    if (await this.accommodated(tx, id)) return;
    if (end.supportGoesOn) {
      if (found.closesWithPlacement) {
        found.closesWithPlacement = false;
        await tx.manager.save(found);
      }
      return;
    }
    if (!found.closesWithPlacement) return;
    const reason = end.how === 'departed' ? SupportCaseCloseReason.MOVED_ON : SupportCaseCloseReason.NOT_TAKEN_UP;
    await this.closeWithin(tx, found, reason, null);
  }

  /** closeSupportCase: a coordinator ends the support, with a reason; never while a bed is held for it. */
  async close(ctx: RequestContext, id: string, reason: SupportCaseCloseReason, note?: string): Promise<SupportCase> {
    return ctx.transaction(async (tx) => {
      const found = await this.lockManaged(tx, id);
      this.assertOpen(found);
      if (await this.accommodated(tx, id)) {
        throw DomainError.rule(
          ErrorReason.CASE_HAS_LIVE_PLACEMENT,
          'A bed is still booked or occupied for this person. Record the departure, or cancel the booking, before closing the case.',
        );
      }
      await this.closeWithin(tx, found, reason, note ?? null);
      return this.toModel(tx, found);
    });
  }

  /** Closes a case inside the caller's transaction (completeMoveOn, the closing rules); ends its assignments. */
  async closeWithin(
    tx: RequestContext,
    found: SupportCaseEntity,
    reason: SupportCaseCloseReason,
    note: string | null,
  ): Promise<void> {
    found.status = SupportCaseStatus.CLOSED;
    found.closedAt = tx.clock.now();
    found.closeReason = reason;
    found.closeNote = note;
    await tx.manager.save(found);
    await this.workers.endAllForCase(tx, found.id, 'support case closed');
    await this.audit.record(tx, { action: 'support_case.close', entityType: 'SupportCase', entityId: found.id });
  }

  // ------------------------------------------------------------------ for other modules

  /** A case the caller manages, locked, for a change (NOT_FOUND otherwise). */
  async lockManaged(tx: RequestContext, id: string): Promise<SupportCaseEntity> {
    const found = await this.lock(tx, id);
    if (!found || !this.access.managesProvider(tx, found.providerId)) throw DomainError.notFound('support case');
    return found;
  }

  /** CASE_CLOSED unless the case is open, whoever asks (the caller has checked access); locks it. */
  async assertOpenById(tx: RequestContext, id: string): Promise<SupportCaseEntity> {
    const found = await this.lock(tx, id);
    if (!found) throw DomainError.notFound('support case');
    this.assertOpen(found);
    return found;
  }

  /** Cases by id, whoever asks, for records already scoped by the caller (a plan shows its case's end). */
  async byIds(ctx: RequestContext, ids: string[]): Promise<Map<string, SupportCase>> {
    const found = await Promise.all(
      ids.map((id) =>
        ctx
          .loader<string, SupportCase | null>('support-cases.byId', async (keys) => {
            const models = await this.toModels(ctx, await ctx.manager.findBy(SupportCaseEntity, { id: In([...keys]) }));
            return keys.map((key) => models.find((model) => model.id === key) ?? null);
          })
          .load(id),
      ),
    );
    return new Map(found.filter((row): row is SupportCase => row !== null).map((row) => [row.id, row]));
  }

  /** CASE_CLOSED for a case that is closed: a closed case refuses changes. */
  assertOpen(found: SupportCaseEntity): void {
    if (found.status === SupportCaseStatus.CLOSED) {
      throw DomainError.rule(ErrorReason.CASE_CLOSED, 'This support case is closed and cannot be changed.');
    }
  }

  /** The survivor's OPEN cases, locked (an NRM decision sets their end of support). */
  async openCasesOf(tx: RequestContext, survivorId: string): Promise<SupportCaseEntity[]> {
    return tx.manager
      .createQueryBuilder(SupportCaseEntity, 'c')
      .setLock('pessimistic_write')
      .where('c.survivor_id = :survivorId', { survivorId })
      .andWhere(`c.status = 'OPEN'`)
      .orderBy('c.opened_at')
      .getMany();
  }

  /**
   * Appends a change to the case's end of support, oldest first (supportEndHistory), and keeps the
   * latest on the case row for the lists. Inside the caller's transaction, on a locked case.
   */
  async changeSupportEnd(tx: RequestContext, found: SupportCaseEntity, change: SupportEndChange): Promise<void> {
    // Strictly after the latest entry, so the history's order is the order of the changes even
    // when two fall in one millisecond (the case row is locked: no other change runs meanwhile).
    const [latest] = await tx.manager.find(SupportEndChangeEntity, {
      where: { supportCaseId: found.id },
      order: { at: 'DESC' },
      take: 1,
    });
    const now = tx.clock.now();
    const at = latest && latest.at >= now ? new Date(latest.at.getTime() + 1) : now;
    await tx.manager.save(
      tx.manager.create(SupportEndChangeEntity, {
        supportCaseId: found.id,
        supportEndsOn: change.supportEndsOn,
        basis: change.basis,
        rule: change.rule,
        reason: change.reason ?? null,
        at,
        byUserId: tx.user.userId,
      }),
    );
    found.supportEndsOn = change.supportEndsOn;
    found.supportEndRule = change.rule;
    if (change.decisionId) found.triggeringDecisionId = change.decisionId;
    await tx.manager.save(found);
  }

  // ------------------------------------------------------------------ recovery needs assessments and extensions

  /** submitRecoveryNeedsAssessment: a coordinator of the case, or a support worker assigned to it now. */
  async submitAssessment(
    ctx: RequestContext,
    input: SubmitRecoveryNeedsAssessmentInput,
  ): Promise<RecoveryNeedsAssessment> {
    if (input.submittedOn > ctx.clock.today())
      throw DomainError.badInput('input.submittedOn', 'input.submittedOn must not be in the future.');
    return ctx.transaction(async (tx) => {
      const visible = await this.visibleQuery(tx).andWhere('c.id = :id', { id: input.supportCaseId }).getOne();
      if (!visible) throw DomainError.notFound('support case');
      const found = (await this.lock(tx, visible.id))!;
      this.assertOpen(found);
      if (
        await tx.manager.existsBy(RecoveryNeedsAssessmentEntity, {
          supportCaseId: found.id,
          status: RecoveryNeedsAssessmentStatus.PENDING,
        })
      ) {
        throw DomainError.conflict('An assessment of this case is already pending: record its outcome first.');
      }
      const assessment = await tx.manager.save(
        tx.manager.create(RecoveryNeedsAssessmentEntity, {
          supportCaseId: found.id,
          status: RecoveryNeedsAssessmentStatus.PENDING,
          submittedOn: input.submittedOn,
          needs: [...new Set(input.needs)],
          note: input.note ?? null,
          submittedBy: tx.user.userId,
        }),
      );
      await this.audit.record(tx, { action: 'rna.submit', entityType: 'SupportCase', entityId: found.id });
      return toAssessment(assessment);
    });
  }

  /**
   * recordRecoveryNeedsAssessmentOutcome: with `supportUntil`, the new end of support (never earlier
   * than the end already guaranteed); without, no further support was agreed and the end stays. Both
   * go into the history. A decided assessment is not decided again.
   */
  async decideAssessment(
    ctx: RequestContext,
    input: RecoveryNeedsAssessmentOutcomeInput,
  ): Promise<RecoveryNeedsAssessment> {
    if (input.decidedOn > ctx.clock.today())
      throw DomainError.badInput('input.decidedOn', 'input.decidedOn must not be in the future.');
    return ctx.transaction(async (tx) => {
      const assessment = await tx.manager
        .createQueryBuilder(RecoveryNeedsAssessmentEntity, 'r')
        .setLock('pessimistic_write')
        .where('r.id = :id', { id: input.assessmentId })
        .getOne();
      if (!assessment) throw DomainError.notFound('assessment');
      const found = await this.lockManaged(tx, assessment.supportCaseId);
      if (assessment.status === RecoveryNeedsAssessmentStatus.DECIDED) {
        throw DomainError.rule(ErrorReason.INVALID_TRANSITION, 'This assessment has already been decided.');
      }
      this.assertOpen(found);
      if (input.decidedOn < assessment.submittedOn)
        throw DomainError.badInput(
          'input.decidedOn',
          'input.decidedOn must not be before the assessment was submitted.',
        );
      if (input.supportUntil !== undefined && input.supportUntil !== null)
        this.assertNotEarlier(found, input.supportUntil, 'input.supportUntil');
      assessment.status = RecoveryNeedsAssessmentStatus.DECIDED;
      assessment.decidedOn = input.decidedOn;
      assessment.supportUntil = input.supportUntil ?? null;
      assessment.note = input.note ?? assessment.note;
      assessment.decidedBy = tx.user.userId;
      await tx.manager.save(assessment);
      await this.changeSupportEnd(
        tx,
        found,
        assessment.supportUntil
          ? {
              supportEndsOn: assessment.supportUntil,
              basis: SupportEndBasis.RECOVERY_NEEDS_ASSESSMENT,
              rule: `RNA ${input.decidedOn}: support agreed until ${assessment.supportUntil}`,
            }
          : {
              supportEndsOn: found.supportEndsOn,
              basis: SupportEndBasis.RECOVERY_NEEDS_ASSESSMENT,
              rule: `RNA ${input.decidedOn}: no further support agreed`,
            },
      );
      await this.audit.record(tx, { action: 'rna.decide', entityType: 'SupportCase', entityId: found.id });
      return toAssessment(assessment);
    });
  }

  /** extendSupport: a later end for a case that has one (an extension request granted). */
  async extend(ctx: RequestContext, input: ExtendSupportInput): Promise<SupportCase> {
    return ctx.transaction(async (tx) => {
      const found = await this.lockManaged(tx, input.supportCaseId);
      this.assertOpen(found);
      if (!found.supportEndsOn) {
        throw DomainError.badInput(
          'input.supportCaseId',
          'This case has no end of support to extend: support continues until a decision sets one.',
        );
      }
      this.assertNotEarlier(found, input.until, 'input.until');
      await this.changeSupportEnd(tx, found, {
        supportEndsOn: input.until,
        basis: SupportEndBasis.EXTENSION_REQUEST,
        rule: `extension ${tx.clock.today()}: support until ${input.until}`,
        reason: input.reason,
      });
      await this.audit.record(tx, { action: 'support_case.extend', entityType: 'SupportCase', entityId: found.id });
      return this.toModel(tx, found);
    });
  }

  /** A case's assessments, oldest first (a nested field of a case the caller may see). */
  assessments(ctx: RequestContext, supportCaseId: string): Promise<RecoveryNeedsAssessment[]> {
    return ctx
      .loader<string, RecoveryNeedsAssessment[]>('support-cases.assessments', async (ids) => {
        const rows = await ctx.manager.find(RecoveryNeedsAssessmentEntity, {
          where: { supportCaseId: In([...ids]) },
          order: { submittedOn: 'ASC', createdAt: 'ASC' },
        });
        return ids.map((id) => rows.filter((row) => row.supportCaseId === id).map(toAssessment));
      })
      .load(supportCaseId);
  }

  /** A case's end-of-support history, oldest first. */
  supportEndHistory(ctx: RequestContext, supportCaseId: string): Promise<SupportEndChangeModel[]> {
    return ctx
      .loader<string, SupportEndChangeModel[]>('support-cases.endHistory', async (ids) => {
        const rows = await ctx.manager.find(SupportEndChangeEntity, {
          where: { supportCaseId: In([...ids]) },
          order: { at: 'ASC', id: 'ASC' },
        });
        return ids.map((id) =>
          rows
            .filter((row) => row.supportCaseId === id)
            .map((row) => ({
              supportEndsOn: row.supportEndsOn,
              basis: row.basis,
              rule: row.rule,
              at: row.at,
              byUserId: row.byUserId,
            })),
        );
      })
      .load(supportCaseId);
  }

  /** Only a later decision moves an end earlier: an RNA or extension never does. */
  private assertNotEarlier(found: SupportCaseEntity, date: string, field: string): void {
    if (found.supportEndsOn && date < found.supportEndsOn) {
      throw DomainError.badInput(
        field,
        `${field} must not be earlier than the end of support already guaranteed (${found.supportEndsOn}).`,
      );
    }
  }

  /** Whether the case's support has not ended today: no end date yet, or the end still to come. */
  supportGoesOn(tx: RequestContext, found: SupportCaseEntity): boolean {
    return found.status === SupportCaseStatus.OPEN && (!found.supportEndsOn || found.supportEndsOn >= tx.clock.today());
  }

  /** Retention: what was typed about these people on their cases (closing notes, the area they live in). */
  async eraseNotesAbout(tx: RequestContext, survivorIds: string[]): Promise<void> {
    await tx.manager.query(
      `UPDATE support_case SET close_note = NULL, area = NULL
        WHERE survivor_id = ANY($1::uuid[]) AND (close_note IS NOT NULL OR area IS NOT NULL)`,
      [survivorIds],
    );
    await tx.manager.query(
      `UPDATE support_end_change e SET reason = NULL FROM support_case c
        WHERE e.support_case_id = c.id AND c.survivor_id = ANY($1::uuid[]) AND e.reason IS NOT NULL`,
      [survivorIds],
    );
    await tx.manager.query(
      `UPDATE recovery_needs_assessment r SET note = NULL FROM support_case c
        WHERE r.support_case_id = c.id AND c.survivor_id = ANY($1::uuid[]) AND r.note IS NOT NULL`,
      [survivorIds],
    );
  }

  // ------------------------------------------------------------------ reads

  /** NOT_FOUND for a case the caller may not see; audited as a read of the person. */
  async get(ctx: RequestContext, id: string): Promise<SupportCase> {
    const found = await this.load(ctx, id);
    if (!found) throw DomainError.notFound('support case');
    return found;
  }

  /** A case if the caller may see it, else null (a nested field); batched, and every read audited. */
  async load(ctx: RequestContext, id: string): Promise<SupportCase | null> {
    const found = await ctx
      .loader<string, SupportCase | null>('support-cases.visible', async (ids) => {
        const rows = await this.visibleQuery(ctx)
          .andWhere({ id: In([...ids]) })
          .getMany();
        const models = await this.toModels(ctx, rows);
        return ids.map((key) => models.find((model) => model.id === key) ?? null);
      })
      .load(id);
    if (found)
      await this.audit.record(ctx, { action: 'support_case.read', entityType: 'SupportCase', entityId: found.id });
    return found;
  }

  /** The survivor's cases the caller may see, oldest first. */
  async ofSurvivor(ctx: RequestContext, survivorId: string): Promise<SupportCase[]> {
    const ids = await ctx
      .loader<string, string[]>('support-cases.ofSurvivor', async (survivorIds) => {
        const rows = await this.visibleQuery(ctx)
          .andWhere('c.survivor_id IN (:...survivorIds)', { survivorIds })
          .orderBy('c.opened_at')
          .getMany();
        return survivorIds.map((key) => rows.filter((row) => row.survivorId === key).map((row) => row.id));
      })
      .load(survivorId);
    const cases = await Promise.all(ids.map((id) => this.load(ctx, id)));
    return cases.filter((found): found is SupportCase => found !== null);
  }

  async list(
    ctx: RequestContext,
    filter: SupportCaseFilter | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<SupportCase>> {
    const page = checkPageRequest(first, after, CASE_CURSOR);
    const today = ctx.clock.today();
    const query = this.visibleQuery(ctx);
    if (filter?.providerId) query.andWhere('c.provider_id = :providerId', { providerId: filter.providerId });
    if (filter?.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter?.setting === SupportSetting.ACCOMMODATED) query.andWhere(accommodatedSql('c'));
    if (filter?.setting === SupportSetting.OUTREACH) query.andWhere(`NOT ${accommodatedSql('c')}`);
    if (filter?.supportWorkerId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM support_worker_assignment fa WHERE fa.support_case_id = c.id AND fa.ended_at IS NULL
          AND fa.support_worker_id = :supportWorkerId)`,
        { supportWorkerId: filter.supportWorkerId },
      );
    }
    if (filter?.supportEndsBefore) query.andWhere('c.support_ends_on < :before', { before: filter.supportEndsBefore });
    const overdue = overdueSql('c', ':today');
    if (filter?.overdue === true) query.andWhere(overdue, { today });
    if (filter?.overdue === false) query.andWhere(`NOT ${overdue}`, { today });
    const totalCount = await query.getCount();
    if (page.after) {
      const [openedAt, id] = page.after;
      query.andWhere('(c.opened_at, c.id) < (:openedAt, :afterId)', { openedAt: new Date(openedAt), afterId: id });
    }
    const rows = await query
      .orderBy('c.opened_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(page.first + 1)
      .getMany();
    const connection = toConnection(rows, page, CASE_CURSOR, (row) => [row.openedAt.toISOString(), row.id], totalCount);
    const models = await this.toModels(
      ctx,
      connection.edges.map((edge) => edge.node),
    );
    await this.audit.recordMany(ctx, {
      action: 'support_case.read',
      entityType: 'SupportCase',
      entityIds: models.map((model) => model.id),
    });
    return {
      ...connection,
      edges: connection.edges.map((edge, index) => ({ cursor: edge.cursor, node: models[index] })),
    };
  }

  // ------------------------------------------------------------------ helpers

  private visibleQuery(ctx: RequestContext) {
    const scope = this.access.visibleSupportCases(ctx, 'c');
    return ctx.manager.createQueryBuilder(SupportCaseEntity, 'c').where(scope.where, scope.params);
  }

  private async lock(tx: RequestContext, id: string): Promise<SupportCaseEntity | null> {
    return tx.manager
      .createQueryBuilder(SupportCaseEntity, 'c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
  }

  private async accommodated(tx: RequestContext, id: string): Promise<boolean> {
    const [row] = (await tx.manager.query(
      `SELECT ${accommodatedSql('c')} AS held FROM support_case c WHERE c.id = $1`,
      [id],
    )) as { held: boolean }[];
    return row?.held === true;
  }

  private async toModel(ctx: RequestContext, row: SupportCaseEntity): Promise<SupportCase> {
    return (await this.toModels(ctx, [row]))[0];
  }

  /** The models, with each case's setting derived in one statement. */
  private async toModels(ctx: RequestContext, rows: SupportCaseEntity[]): Promise<SupportCase[]> {
    if (rows.length === 0) return [];
    const held = (await ctx.manager.query(
      `SELECT c.id FROM support_case c WHERE c.id = ANY($1::uuid[]) AND ${accommodatedSql('c')}`,
      [rows.map((row) => row.id)],
    )) as { id: string }[];
    const accommodated = new Set(held.map((row) => row.id));
    const waiting = (await ctx.manager.query(
      `SELECT c.id FROM support_case c WHERE c.id = ANY($1::uuid[]) AND ${pendingSql('c')}`,
      [rows.map((row) => row.id)],
    )) as { id: string }[];
    const pending = new Set(waiting.map((row) => row.id));
    const today = ctx.clock.today();
    return rows.map((row) => ({
      id: row.id,
      survivorId: row.survivorId,
      providerId: row.providerId,
      setting: accommodated.has(row.id) ? SupportSetting.ACCOMMODATED : SupportSetting.OUTREACH,
      status: row.status,
      openedOn: londonDate(row.openedAt),
      closedOn: row.closedAt ? londonDate(row.closedAt) : null,
      closeReason: row.closeReason,
      area: row.area,
      supportEndsOn: row.supportEndsOn,
      supportEndRule: row.supportEndRule,
      triggeringDecisionId: row.triggeringDecisionId,
      overdue:
        row.status === SupportCaseStatus.OPEN &&
        row.supportEndsOn !== null &&
        today > row.supportEndsOn &&
        !pending.has(row.id),
    }));
  }
}
