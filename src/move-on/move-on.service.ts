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
import { PlacementEntity, effectiveStatus } from '../placements/placement.entity';
import { PlacementEvents } from '../placements/placement-events';
import { PlacementsService } from '../placements/placements.service';
import { SupportWorkerEntity } from '../support-workers/support-worker.entity';
import { NrmStatus } from '../survivors/nrm-status';
import { SurvivorEntity } from '../survivors/survivor.entity';
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
import { RecordNrmDecisionInput } from './record-nrm-decision.input';
import { UpdateMoveOnGoalInput } from './update-move-on-goal.input';
import { supportEnd } from './support-end';

const LIVE: readonly PlacementStatus[] = [
  PlacementStatus.AWAITING_ACCEPTANCE,
  PlacementStatus.CONFIRMED,
  PlacementStatus.ARRIVED,
];

/** Soonest end of support first (no end date last), then id. */
const MOVE_ON_PLAN_CURSOR: CursorShape = { list: 'moveOnPlans', parts: ['date', 'uuid'] };

export function toNrmDecision(entity: NrmDecisionEntity): NrmDecision {
  return { id: entity.id, decision: entity.decision, decidedOn: entity.decidedOn, recordedAt: entity.recordedAt };
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

/** NRM decisions, the support end dates they set, and move-on plans (CONTRACT.md, Move-on). */
@Injectable()
export class MoveOnService {
  constructor(
    private readonly settings: Settings,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly placements: PlacementsService,
    private readonly events: PlacementEvents,
  ) {}

  toPlan(ctx: RequestContext, entity: MoveOnPlanEntity): MoveOnPlan {
    return {
      id: entity.id,
      status: entity.status,
      supportEndsOn: entity.supportEndsOn,
      supportEndRule: entity.supportEndRule,
      assessmentSummary: entity.assessmentSummary,
      targetMoveOnOn: entity.targetMoveOnOn,
      movedOnAt: entity.movedOnAt,
      destination: entity.destination,
      reachInSupportUntil: entity.reachInSupportUntil,
      overdue:
        entity.status !== MoveOnPlanStatus.COMPLETED &&
        entity.supportEndsOn !== null &&
        ctx.clock.today() > entity.supportEndsOn,
      placementId: entity.placementId,
      survivorId: entity.survivorId,
      providerId: entity.providerId,
      triggeringDecisionId: entity.triggeringDecisionId,
    };
  }

  /**
   * Appends the decision, sets the survivor's NRM status, and for their live placement creates a
   * DRAFT plan if there is none and sets supportEndsOn by the policy in force now.
   */
  async recordDecision(ctx: RequestContext, input: RecordNrmDecisionInput): Promise<SurvivorEntity> {
    if (input.decidedOn > ctx.clock.today())
      throw DomainError.badInput('input.decidedOn', 'input.decidedOn must not be in the future.');
    return ctx.transaction(async (tx) => {
      const scope = this.access.visibleSurvivors(tx, 's');
      const survivor = await tx.manager
        .createQueryBuilder(SurvivorEntity, 's')
        .where('s.id = :id', { id: input.survivorId })
        .andWhere(scope.where, scope.params)
        .getOne();
      const live = survivor && (await this.livePlacement(tx, survivor.id));
      const providerId = live?.providerId ?? (survivor && (await this.lastProvider(tx, survivor.id)));
      if (!survivor || !providerId || !this.access.managesProvider(tx, providerId))
        throw DomainError.notFound('survivor');
      const decision = await tx.manager.save(
        tx.manager.create(NrmDecisionEntity, {
          survivorId: survivor.id,
          decision: input.decision,
          decidedOn: input.decidedOn,
          recordedAt: tx.clock.now(),
          recordedBy: tx.user.userId,
        }),
      );
      survivor.nrmStatus = input.decision as unknown as NrmStatus;
      await tx.manager.save(survivor);
      if (live) {
        const end = supportEnd(input.decision, input.decidedOn, {
          positiveConclusiveDays: this.settings.NRM_POSITIVE_CG_SUPPORT_DAYS,
          negativeWorkingDays: this.settings.NRM_NEGATIVE_MOVE_ON_WORKING_DAYS,
        });
        const plan =
          (await tx.manager.findOneBy(MoveOnPlanEntity, { placementId: live.id })) ??
          tx.manager.create(MoveOnPlanEntity, {
            placementId: live.id,
            survivorId: survivor.id,
            providerId: live.providerId,
            status: MoveOnPlanStatus.DRAFT,
          });
        plan.triggeringDecisionId = decision.id;
        plan.supportEndsOn = end.supportEndsOn;
        plan.supportEndRule = end.rule;
        await tx.manager.save(plan);
      }
      await this.audit.record(tx, { action: 'nrm_decision.record', entityType: 'Survivor', entityId: survivor.id });
      return survivor;
    });
  }

  async createPlan(ctx: RequestContext, input: CreateMoveOnPlanInput): Promise<MoveOnPlan> {
    return ctx.transaction(async (tx) => {
      const placement = await tx.manager.findOneBy(PlacementEntity, { id: input.placementId });
      if (!placement || !this.access.managesProvider(tx, placement.providerId))
        throw DomainError.badInput('input.placementId', 'input.placementId names no placement of yours.');
      if (!LIVE.includes(effectiveStatus(placement, tx.clock.now())) || !placement.survivorId) {
        throw DomainError.rule(
          ErrorReason.INVALID_TRANSITION,
          'A move-on plan is made for a placement that is confirmed or resident.',
        );
      }
      if (await tx.manager.existsBy(MoveOnPlanEntity, { placementId: placement.id })) {
        throw DomainError.conflict('This placement already has a move-on plan.');
      }
      const plan = await tx.manager.save(
        tx.manager.create(MoveOnPlanEntity, {
          placementId: placement.id,
          survivorId: placement.survivorId,
          providerId: placement.providerId,
          status: MoveOnPlanStatus.DRAFT,
          assessmentSummary: input.assessmentSummary ?? null,
          targetMoveOnOn: input.targetMoveOnOn ?? null,
        }),
      );
      for (const [index, goal] of (input.goals ?? []).entries())
        await this.insertGoal(tx, plan, goal, `input.goals.${index}`);
      await this.audit.record(tx, { action: 'move_on_plan.create', entityType: 'MoveOnPlan', entityId: plan.id });
      return this.toPlan(tx, plan);
    });
  }

  async addGoal(ctx: RequestContext, planId: string, input: MoveOnGoalInput): Promise<MoveOnGoal> {
    return ctx.transaction(async (tx) => {
      const plan = await this.managedPlan(tx, planId);
      if (plan.status === MoveOnPlanStatus.COMPLETED)
        throw DomainError.rule(ErrorReason.INVALID_TRANSITION, 'This plan is completed.');
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
        const owner =
          goal.ownerSupportWorkerId &&
          (await tx.manager.findOneBy(SupportWorkerEntity, { id: goal.ownerSupportWorkerId }));
        if (!owner || owner.userId !== userId) throw DomainError.notFound('goal');
        if (input.ownerSupportWorkerId !== undefined)
          throw DomainError.forbidden('Only a coordinator may give a goal to someone else.');
      } else if (!this.access.managesProvider(tx, plan.providerId)) {
        throw DomainError.notFound('goal');
      }
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
      plan.status = MoveOnPlanStatus.ACTIVE;
      await tx.manager.save(plan);
      await this.audit.record(tx, { action: 'move_on_plan.activate', entityType: 'MoveOnPlan', entityId: plan.id });
      return this.toPlan(tx, plan);
    });
  }

  /** The person has moved on: departure, freed bed, ended assignments and a completed plan, at once. */
  async complete(ctx: RequestContext, input: CompleteMoveOnInput): Promise<MoveOnPlan> {
    const { plan, placement } = await ctx.transaction(async (tx) => {
      const plan = await this.managedPlan(tx, input.planId);
      if (plan.status === MoveOnPlanStatus.COMPLETED)
        throw DomainError.rule(ErrorReason.INVALID_TRANSITION, 'This plan is already completed.');
      const placement = await this.placements.departWithin(
        tx,
        plan.placementId,
        input.destination,
        input.movedOnAt,
        'input.movedOnAt',
      );
      plan.status = MoveOnPlanStatus.COMPLETED;
      plan.movedOnAt = placement.departedAt;
      plan.destination = input.destination;
      plan.reachInSupportUntil = input.reachInSupportUntil ?? null;
      await tx.manager.save(plan);
      await this.audit.record(tx, { action: 'move_on_plan.complete', entityType: 'MoveOnPlan', entityId: plan.id });
      return { plan, placement };
    });
    await this.events.changed(ctx, placement);
    return this.toPlan(ctx, plan);
  }

  async get(ctx: RequestContext, id: string): Promise<MoveOnPlan> {
    const scope = this.access.visibleMoveOnPlans(ctx, 'm');
    const plan = await ctx.manager
      .createQueryBuilder(MoveOnPlanEntity, 'm')
      .where('m.id = :id', { id })
      .andWhere(scope.where, scope.params)
      .getOne();
    if (!plan) throw DomainError.notFound('move-on plan');
    return this.toPlan(ctx, plan);
  }

  async list(
    ctx: RequestContext,
    filter: MoveOnPlanFilter | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<MoveOnPlan>> {
    const page = checkPageRequest(first, after, MOVE_ON_PLAN_CURSOR);
    const scope = this.access.visibleMoveOnPlans(ctx, 'm');
    const query = ctx.manager.createQueryBuilder(MoveOnPlanEntity, 'm').where(scope.where, scope.params);
    const today = ctx.clock.today();
    if (filter?.providerId) query.andWhere('m.provider_id = :providerId', { providerId: filter.providerId });
    if (filter?.status) query.andWhere('m.status = :status', { status: filter.status });
    if (filter?.supportEndsBefore) query.andWhere('m.support_ends_on < :before', { before: filter.supportEndsBefore });
    if (filter?.overdue === true) query.andWhere(`m.status <> 'COMPLETED' AND m.support_ends_on < :today`, { today });
    if (filter?.overdue === false)
      query.andWhere(`NOT (m.status <> 'COMPLETED' AND m.support_ends_on IS NOT NULL AND m.support_ends_on < :today)`, {
        today,
      });
    const totalCount = await query.getCount();
    // Soonest end of support first: the coordinator's "who runs out this fortnight".
    const sortKey = (plan: MoveOnPlanEntity) => [plan.supportEndsOn ?? '9999-12-31', plan.id];
    if (page.after) {
      const [endsOn, id] = page.after;
      query.andWhere(`(COALESCE(m.support_ends_on, '9999-12-31'::date), m.id) > (:endsOn::date, :afterId)`, {
        endsOn,
        afterId: id,
      });
    }
    const rows = await query
      .orderBy(`COALESCE(m.support_ends_on, '9999-12-31'::date)`, 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(page.first + 1)
      .getMany();
    const connection = toConnection(rows, page, MOVE_ON_PLAN_CURSOR, sortKey, totalCount);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: this.toPlan(ctx, edge.node) })),
    };
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

  /** A placement's plan, if the caller may see it. */
  planOf(ctx: RequestContext, placementId: string): Promise<MoveOnPlan | null> {
    return ctx
      .loader<string, MoveOnPlan | null>('move-on.planOf', async (ids) => {
        const scope = this.access.visibleMoveOnPlans(ctx, 'm');
        const rows = await ctx.manager
          .createQueryBuilder(MoveOnPlanEntity, 'm')
          .where('m.placement_id IN (:...ids)', { ids })
          .andWhere(scope.where, scope.params)
          .getMany();
        return ids.map((id) => {
          const row = rows.find((r) => r.placementId === id);
          return row ? this.toPlan(ctx, row) : null;
        });
      })
      .load(placementId);
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

  private async livePlacement(tx: RequestContext, survivorId: string): Promise<PlacementEntity | null> {
    const rows = await tx.manager.find(PlacementEntity, { where: { survivorId }, order: { createdAt: 'DESC' } });
    return rows.find((row) => LIVE.includes(effectiveStatus(row, tx.clock.now()))) ?? null;
  }

  private async lastProvider(tx: RequestContext, survivorId: string): Promise<string | null> {
    const row = await tx.manager.findOne(PlacementEntity, { where: { survivorId }, order: { createdAt: 'DESC' } });
    return row?.providerId ?? null;
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
    const owner = await tx.manager.findOneBy(SupportWorkerEntity, { id: supportWorkerId });
    if (!owner) throw DomainError.badInput(field, `${field} names no support worker.`);
    if (owner.providerId !== providerId) {
      throw DomainError.rule(
        ErrorReason.WRONG_PROVIDER,
        'A goal can only be owned by a support worker of the same provider.',
      );
    }
  }
}
