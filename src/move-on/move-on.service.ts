import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../common/access/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { ErrorReason } from '../common/errors/error-reason';
import { Connection, CursorShape, checkPageRequest, toConnection } from '../common/pagination/connection';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { Settings } from '../config/settings';
import { PlacementStatus } from '../placements/placement-enums';
import { PlacementEvents } from '../placements/placement-events';
import { PlacementsService } from '../placements/placements.service';
import { SupportCaseCloseReason } from '../support-cases/support-case-enums';
import { SupportCase } from '../support-cases/support-case.model';
import { SupportCasesService, overdueSql } from '../support-cases/support-cases.service';
import { SupportWorkersService } from '../support-workers/support-workers.service';
import { SurvivorsService } from '../survivors/survivors.service';
import { CompleteMoveOnInput } from './complete-move-on.input';
import { CreateMoveOnPlanInput } from './create-move-on-plan.input';
import { GoalStatus, MoveOnPlanStatus } from './move-on-enums';
import { MoveOnGoalEntity } from './move-on-goal.entity';
import { MoveOnGoalInput } from './move-on-goal.input';
import { MoveOnGoal } from './move-on-goal.model';
import { MoveOnPlanFilter } from './move-on-plan-filter.input';
import { MoveOnPlanEntity } from './move-on-plan.entity';
import { MoveOnPlan } from './move-on-plan.model';
import { NrmDecisionEntity } from './nrm-decision.entity';
import { NrmDecision } from './nrm-decision.model';
import { UpdateMoveOnGoalInput } from './update-move-on-goal.input';

/** What an erased goal's description (required text) reads afterwards. */
export const ERASED_TEXT = 'Erased';

/** What a plan shows of its case: the end of support it works towards, and whether it is overdue. */
export type PlanCase = Pick<SupportCase, 'supportEndsOn' | 'supportEndRule' | 'triggeringDecisionId' | 'overdue'>;

/** Soonest end of support first (no end date last), then id. */
const MOVE_ON_PLAN_CURSOR: CursorShape = { list: 'moveOnPlans', parts: ['date', 'uuid'] };

export function toNrmDecision(entity: NrmDecisionEntity): NrmDecision {
  return {
    id: entity.id,
    decision: entity.decision,
    decidedOn: entity.decidedOn,
    notifiedOn: entity.notifiedOn,
    reconsideration: entity.reconsideration,
    recordedAt: entity.recordedAt,
  };
}

export function toGoal(entity: MoveOnGoalEntity): MoveOnGoal {
  return {
    id: entity.id,
    area: entity.area,
    description: entity.description,
    dueOn: entity.dueOn,
    status: entity.status,
    note: entity.note,
    ownerSupportWorkerId: entity.ownerSupportWorkerId,
  };
}

/**
 * NRM decisions, the end of support they set on the person's open cases, and move-on plans, one
 * per case (CONTRACT.md, The NRM journey and the end of support; Move-on). Owns nrm_decision,
 * move_on_plan and move_on_goal; reaches people, cases, placements and workers through their services.
 */
@Injectable()
export class MoveOnService {
  constructor(
    private readonly settings: Settings,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly placements: PlacementsService,
    private readonly events: PlacementEvents,
    private readonly survivors: SurvivorsService,
    private readonly cases: SupportCasesService,
    private readonly workers: SupportWorkersService,
  ) {}

  toPlan(ctx: RequestContext, entity: MoveOnPlanEntity, supportCase: PlanCase): MoveOnPlan {
    return {
      id: entity.id,
      status: entity.status,
      supportEndsOn: supportCase.supportEndsOn,
      supportEndRule: supportCase.supportEndRule,
      assessmentSummary: entity.assessmentSummary,
      targetMoveOnOn: entity.targetMoveOnOn,
      movedOnAt: entity.movedOnAt,
      destination: entity.destination,
      reachInSupportUntil: entity.reachInSupportUntil,
      // The case's: OPEN, past its end, nothing pending (a plan that ends with its case is no longer overdue).
      overdue: supportCase.overdue,
      supportCaseId: entity.supportCaseId,
      survivorId: entity.survivorId,
      providerId: entity.providerId,
      triggeringDecisionId: supportCase.triggeringDecisionId,
    };
  }

  /** The case's plan, or a new DRAFT one (an NRM decision starts planning the move on), in the caller's transaction. */
  async ensureDraftPlan(
    tx: RequestContext,
    found: { id: string; survivorId: string; providerId: string },
  ): Promise<void> {
    if (await tx.manager.existsBy(MoveOnPlanEntity, { supportCaseId: found.id })) return;
    await tx.manager.save(
      tx.manager.create(MoveOnPlanEntity, {
        supportCaseId: found.id,
        survivorId: found.survivorId,
        providerId: found.providerId,
        status: MoveOnPlanStatus.DRAFT,
      }),
    );
  }

  /** A plan for a case (OPEN, one each), named by the case or by one of its placements. */
  async createPlan(ctx: RequestContext, input: CreateMoveOnPlanInput): Promise<MoveOnPlan> {
    if (!input.placementId === !input.supportCaseId) {
      throw DomainError.badInput('input.placementId', 'Give input.placementId or input.supportCaseId, not both.');
    }
    return ctx.transaction(async (tx) => {
      let caseId = input.supportCaseId;
      if (input.placementId) {
        const placement = await this.placements.find(tx, input.placementId);
        if (!placement || !this.access.managesProvider(tx, placement.providerId))
          throw DomainError.badInput('input.placementId', 'input.placementId names no placement of yours.');
        if (!placement.supportCaseId) {
          throw DomainError.rule(
            ErrorReason.INVALID_TRANSITION,
            'A move-on plan is made once the provider has taken the person on: accept the referral first.',
          );
        }
        caseId = placement.supportCaseId;
      }
      const found = await this.cases.lockManaged(tx, caseId!);
      this.cases.assertOpen(found);
      if (await tx.manager.existsBy(MoveOnPlanEntity, { supportCaseId: found.id })) {
        throw DomainError.conflict('This support case already has a move-on plan.');
      }
      const plan = await tx.manager.save(
        tx.manager.create(MoveOnPlanEntity, {
          supportCaseId: found.id,
          survivorId: found.survivorId,
          providerId: found.providerId,
          status: MoveOnPlanStatus.DRAFT,
          assessmentSummary: input.assessmentSummary ?? null,
          targetMoveOnOn: input.targetMoveOnOn ?? null,
        }),
      );
      for (const [index, goal] of (input.goals ?? []).entries())
        await this.insertGoal(tx, plan, goal, `input.goals.${index}`);
      await this.audit.record(tx, { action: 'move_on_plan.create', entityType: 'MoveOnPlan', entityId: plan.id });
      return (await this.withCases(tx, [plan]))[0];
    });
  }

  async addGoal(ctx: RequestContext, planId: string, input: MoveOnGoalInput): Promise<MoveOnGoal> {
    return ctx.transaction(async (tx) => {
      const plan = await this.managedPlan(tx, planId);
      if (plan.status === MoveOnPlanStatus.COMPLETED)
        throw DomainError.rule(ErrorReason.INVALID_TRANSITION, 'This plan is completed.');
      await this.cases.assertOpenById(tx, plan.supportCaseId);
      const goal = await this.insertGoal(tx, plan, input, 'input');
      await this.audit.record(tx, { action: 'move_on_goal.create', entityType: 'MoveOnGoal', entityId: goal.id });
      return toGoal(goal);
    });
  }

  /** The coordinator may change anything; a support worker only the status, note and due date of goals they own. */
  async updateGoal(ctx: RequestContext, goalId: string, input: UpdateMoveOnGoalInput): Promise<MoveOnGoal> {
    return ctx.transaction(async (tx) => {
      const goal = await tx.manager.findOneBy(MoveOnGoalEntity, { id: goalId });
      const plan = goal && (await tx.manager.findOneBy(MoveOnPlanEntity, { id: goal.planId }));
      if (!goal || !plan) throw DomainError.notFound('goal');
      const { role, userId } = tx.user;
      if (role === Role.SUPPORT_WORKER) {
        const owner = goal.ownerSupportWorkerId && (await this.workers.load(tx, goal.ownerSupportWorkerId));
        if (!owner || owner.userId !== userId) throw DomainError.notFound('goal');
        if (input.ownerSupportWorkerId !== undefined)
          throw DomainError.forbidden('Only a coordinator may give a goal to someone else.');
      } else if (!this.access.managesProvider(tx, plan.providerId)) {
        throw DomainError.notFound('goal');
      }
      await this.cases.assertOpenById(tx, plan.supportCaseId);
      if (input.ownerSupportWorkerId !== undefined) {
        // null unassigns the goal; an id must name a support worker of the plan's provider.
        if (input.ownerSupportWorkerId !== null)
          await this.checkOwner(tx, plan.providerId, input.ownerSupportWorkerId, 'input.ownerSupportWorkerId');
        goal.ownerSupportWorkerId = input.ownerSupportWorkerId;
      }
      if (input.status !== undefined) goal.status = input.status;
      if (input.note !== undefined) goal.note = input.note;
      if (input.dueOn !== undefined) goal.dueOn = input.dueOn;
      await tx.manager.save(goal);
      await this.audit.record(tx, { action: 'move_on_goal.update', entityType: 'MoveOnGoal', entityId: goal.id });
      return toGoal(goal);
    });
  }

  async activate(ctx: RequestContext, planId: string): Promise<MoveOnPlan> {
    return ctx.transaction(async (tx) => {
      const plan = await this.managedPlan(tx, planId);
      if (plan.status !== MoveOnPlanStatus.DRAFT) {
        throw DomainError.rule(
          ErrorReason.INVALID_TRANSITION,
          `Only a draft plan can be activated; this one is ${plan.status.toLowerCase()}.`,
        );
      }
      await this.cases.assertOpenById(tx, plan.supportCaseId);
      plan.status = MoveOnPlanStatus.ACTIVE;
      await tx.manager.save(plan);
      await this.audit.record(tx, { action: 'move_on_plan.activate', entityType: 'MoveOnPlan', entityId: plan.id });
      return (await this.withCases(tx, [plan]))[0];
    });
  }

  /**
   * The person has moved on (CONTRACT.md, Move-on), in one transaction: the case's live placement is
   * DEPARTED at movedOnAt (a booking not yet started is cancelled), the case CLOSED as MOVED_ON with
   * its assignments ended, and the plan COMPLETED.
   */
  async complete(ctx: RequestContext, input: CompleteMoveOnInput): Promise<MoveOnPlan> {
    const { plan, placement } = await ctx.transaction(async (tx) => {
      const plan = await this.managedPlan(tx, input.planId);
      if (plan.status === MoveOnPlanStatus.COMPLETED)
        throw DomainError.rule(ErrorReason.INVALID_TRANSITION, 'This plan is already completed.');
      // Locks in the order every placement change takes them, the placement before its case, so a
      // departure recorded at the same moment waits for this one (or this for it), never deadlocks.
      const seen = await this.placements.livePlacementOf(tx, plan.supportCaseId);
      if (seen) await this.placements.lockWithin(tx, seen.id);
      const found = await this.cases.lockManaged(tx, plan.supportCaseId);
      this.cases.assertOpen(found);
      const live = await this.placements.livePlacementOf(tx, found.id);
      let placement: Awaited<ReturnType<PlacementsService['livePlacementOf']>> = null;
      let movedOnAt = input.movedOnAt;
      if (live?.status === PlacementStatus.ARRIVED) {
        placement = await this.placements.departWithin(tx, live.id, {
          destination: input.destination,
          at: input.movedOnAt,
          field: 'input.movedOnAt',
          caseClosedByCaller: true,
        });
        movedOnAt = placement.departedAt!;
      } else if (live) {
        placement = await this.placements.lockWithin(tx, live.id);
        await this.placements.cancelWithin(tx, placement, 'moved on before arriving');
      }
      if (movedOnAt.getTime() > tx.clock.now().getTime() + 5 * 60 * 1000)
        throw DomainError.badInput('input.movedOnAt', 'input.movedOnAt must not be in the future.');
      await this.cases.closeWithin(tx, found, SupportCaseCloseReason.MOVED_ON, null);
      plan.status = MoveOnPlanStatus.COMPLETED;
      plan.movedOnAt = movedOnAt;
      plan.destination = input.destination;
      plan.reachInSupportUntil = input.reachInSupportUntil ?? null;
      await tx.manager.save(plan);
      await this.audit.record(tx, { action: 'move_on_plan.complete', entityType: 'MoveOnPlan', entityId: plan.id });
      return { plan, placement };
    });
    if (placement) await this.events.changed(ctx, placement);
    return (await this.withCases(ctx, [plan]))[0];
  }

  async get(ctx: RequestContext, id: string): Promise<MoveOnPlan> {
    const scope = this.access.visibleMoveOnPlans(ctx, 'm');
    const plan = await ctx.manager
      .createQueryBuilder(MoveOnPlanEntity, 'm')
      .where('m.id = :id', { id })
      .andWhere(scope.where, scope.params)
      .getOne();
    if (!plan) throw DomainError.notFound('move-on plan');
    return (await this.withCases(ctx, [plan]))[0];
  }

  /**
   * The plans the caller may see, soonest end of support first (no end last): the coordinator's
   * "who runs out this fortnight". The end and the overdue test are the case's, read beside it.
   */
  async list(
    ctx: RequestContext,
    filter: MoveOnPlanFilter | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<MoveOnPlan>> {
    const page = checkPageRequest(first, after, MOVE_ON_PLAN_CURSOR);
    const scope = this.access.visibleMoveOnPlans(ctx, 'm');
    const query = ctx.manager
      .createQueryBuilder(MoveOnPlanEntity, 'm')
      .innerJoin('support_case', 'sc', 'sc.id = m.support_case_id')
      .where(scope.where, scope.params);
    const today = ctx.clock.today();
    const endsOn = `COALESCE(sc.support_ends_on, '9999-12-31'::date)`;
    const overdue = overdueSql('sc', ':today');
    if (filter?.providerId) query.andWhere('m.provider_id = :providerId', { providerId: filter.providerId });
    if (filter?.status) query.andWhere('m.status = :status', { status: filter.status });
    if (filter?.supportEndsBefore) query.andWhere('sc.support_ends_on < :before', { before: filter.supportEndsBefore });
    if (filter?.overdue === true) query.andWhere(overdue, { today });
    if (filter?.overdue === false) query.andWhere(`NOT ${overdue}`, { today });
    const totalCount = await query.getCount();
    if (page.after) {
      const [after, id] = page.after;
      query.andWhere(`(${endsOn}, m.id) > (:endsOn::date, :afterId)`, { endsOn: after, afterId: id });
    }
    const rows = await query
      .orderBy(endsOn, 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(page.first + 1)
      .getMany();
    const plans = await this.withCases(ctx, rows);
    const connection = toConnection(
      plans,
      page,
      MOVE_ON_PLAN_CURSOR,
      (plan) => [plan.supportEndsOn ?? '9999-12-31', plan.id],
      totalCount,
    );
    return connection;
  }

  // ------------------------------------------------------------------ batched nested fields

  goals(ctx: RequestContext, planId: string): Promise<MoveOnGoal[]> {
    return ctx
      .loader<string, MoveOnGoal[]>('move-on.goals', async (ids) => {
        const rows = await ctx.manager.find(MoveOnGoalEntity, {
          where: { planId: In([...ids]) },
          order: { createdAt: 'ASC' },
        });
        return ids.map((id) => rows.filter((row) => row.planId === id).map(toGoal));
      })
      .load(planId);
  }

  decision(ctx: RequestContext, id: string): Promise<NrmDecision | null> {
    return ctx
      .loader<string, NrmDecision | null>('move-on.decision', async (ids) => {
        const rows = await ctx.manager.findBy(NrmDecisionEntity, { id: In([...ids]) });
        return ids.map((key) => {
          const row = rows.find((r) => r.id === key);
          return row ? toNrmDecision(row) : null;
        });
      })
      .load(id);
  }

  decisionsOf(ctx: RequestContext, survivorId: string): Promise<NrmDecision[]> {
    return ctx
      .loader<string, NrmDecision[]>('move-on.decisionsOf', async (ids) => {
        const rows = await ctx.manager.find(NrmDecisionEntity, {
          where: { survivorId: In([...ids]) },
          order: { recordedAt: 'ASC' },
        });
        return ids.map((id) => rows.filter((row) => row.survivorId === id).map(toNrmDecision));
      })
      .load(survivorId);
  }

  /** A case's plan, if the caller may see it (Placement.moveOnPlan is its case's). */
  planOfCase(ctx: RequestContext, supportCaseId: string): Promise<MoveOnPlan | null> {
    return ctx
      .loader<string, MoveOnPlan | null>('move-on.planOfCase', async (ids) => {
        const scope = this.access.visibleMoveOnPlans(ctx, 'm');
        const rows = await ctx.manager
          .createQueryBuilder(MoveOnPlanEntity, 'm')
          .where('m.support_case_id IN (:...ids)', { ids })
          .andWhere(scope.where, scope.params)
          .getMany();
        const plans = await this.withCases(ctx, rows);
        return ids.map((id) => plans.find((plan) => plan.supportCaseId === id) ?? null);
      })
      .load(supportCaseId);
  }

  /** Retention: what was written about these people in their plans (assessments, goals and notes). */
  async eraseTextAbout(tx: RequestContext, survivorIds: string[]): Promise<void> {
    await tx.manager.query(`UPDATE move_on_plan SET assessment_summary = NULL WHERE survivor_id = ANY($1::uuid[])`, [
      survivorIds,
    ]);
    await tx.manager.query(
      `UPDATE move_on_goal g SET note = NULL, description = $2
         FROM move_on_plan mp WHERE g.plan_id = mp.id AND mp.survivor_id = ANY($1::uuid[])`,
      [survivorIds, ERASED_TEXT],
    );
  }

  // ------------------------------------------------------------------ helpers

  private async managedPlan(tx: RequestContext, id: string): Promise<MoveOnPlanEntity> {
    const plan = await tx.manager
      .createQueryBuilder(MoveOnPlanEntity, 'm')
      .setLock('pessimistic_write')
      .where('m.id = :id', { id })
      .getOne();
    if (!plan || !this.access.managesProvider(tx, plan.providerId)) throw DomainError.notFound('move-on plan');
    return plan;
  }

  /** Plans with what they show of their cases, the cases read in one batch. */
  private async withCases(ctx: RequestContext, rows: MoveOnPlanEntity[]): Promise<MoveOnPlan[]> {
    const cases = await this.cases.byIds(
      ctx,
      rows.map((row) => row.supportCaseId),
    );
    return rows.map((row) => this.toPlan(ctx, row, cases.get(row.supportCaseId)!));
  }

  private async insertGoal(
    tx: RequestContext,
    plan: MoveOnPlanEntity,
    input: MoveOnGoalInput,
    field: string,
  ): Promise<MoveOnGoalEntity> {
    if (input.ownerSupportWorkerId)
      await this.checkOwner(tx, plan.providerId, input.ownerSupportWorkerId, `${field}.ownerSupportWorkerId`);
    return tx.manager.save(
      tx.manager.create(MoveOnGoalEntity, {
        planId: plan.id,
        area: input.area,
        description: input.description,
        ownerSupportWorkerId: input.ownerSupportWorkerId ?? null,
        dueOn: input.dueOn ?? null,
        status: GoalStatus.NOT_STARTED,
        note: null,
      }),
    );
  }

  private async checkOwner(
    tx: RequestContext,
    providerId: string,
    supportWorkerId: string,
    field: string,
  ): Promise<void> {
    const owner = await this.workers.load(tx, supportWorkerId);
    if (!owner) throw DomainError.badInput(field, `${field} names no support worker.`);
    if (owner.providerId !== providerId) {
      throw DomainError.rule(
        ErrorReason.WRONG_PROVIDER,
        'A goal can only be owned by a support worker of the same provider.',
      );
    }
  }
}
