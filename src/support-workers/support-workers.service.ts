import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../common/access/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { ErrorReason } from '../common/errors/error-reason';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { UNIQUE_VIOLATION, sqlState } from '../database/postgres-errors';
import { PlacementStatus } from '../placements/placement-enums';
import { PlacementEntity, effectiveStatus } from '../placements/placement.entity';
import { SurvivorEntity } from '../survivors/survivor.entity';
import { UserEntity } from '../users/user.entity';
import { AssignmentRole, SupportWorkerAssignmentEntity } from './support-worker-assignment.entity';
import { SupportWorkerEntity } from './support-worker.entity';
import { AssignSupportWorkerInput, CreateSupportWorkerInput, UpdateSupportWorkerInput } from './support-worker.inputs';
import { SupportWorker, SupportWorkerAssignment, SupportWorkerSuggestion } from './support-worker.model';
import { rankSupportWorkers } from './suggestions';
import { STATUS_IN_WORDS } from '../placements/placement-words';

const ASSIGNABLE: readonly PlacementStatus[] = [
  PlacementStatus.AWAITING_ACCEPTANCE,
  PlacementStatus.CONFIRMED,
  PlacementStatus.ARRIVED,
];

export function toSupportWorker(entity: SupportWorkerEntity): SupportWorker {
  return {
    id: entity.id,
    name: entity.name,
    gender: entity.gender,
    languages: entity.languages,
    maxCaseload: entity.maxCaseload,
    activeCaseload: entity.activeCaseload,
    active: entity.active,
    providerId: entity.providerId,
    userId: entity.userId,
  };
}

export function toAssignment(entity: SupportWorkerAssignmentEntity): SupportWorkerAssignment {
  return {
    id: entity.id,
    role: entity.role,
    startedAt: entity.startedAt,
    endedAt: entity.endedAt,
    endReason: entity.endReason,
    supportWorkerId: entity.supportWorkerId,
    placementId: entity.placementId,
  };
}

/** A provider's support workers, their assignments to placements and safe caseloads. */
@Injectable()
export class SupportWorkersService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, input: CreateSupportWorkerInput): Promise<SupportWorker> {
    this.access.assertManagesProvider(ctx, input.providerId);
    return ctx.transaction(async (tx) => {
      if (input.userId) await this.checkLogin(tx, input.userId, input.providerId);
      const worker = await tx.manager
        .save(
          tx.manager.create(SupportWorkerEntity, {
            providerId: input.providerId,
            name: input.name,
            gender: input.gender,
            languages: [...new Set(input.languages)],
            maxCaseload: input.maxCaseload,
            userId: input.userId ?? null,
          }),
        )
        .catch((error: unknown) => {
          throw sqlState(error) === UNIQUE_VIOLATION
            ? DomainError.badInput('input.userId', 'That login is already linked to another support worker.')
            : error;
        });
      await this.audit.record(tx, {
        action: 'support_worker.create',
        entityType: 'SupportWorker',
        entityId: worker.id,
      });
      return toSupportWorker(worker);
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateSupportWorkerInput): Promise<SupportWorker> {
    return ctx.transaction(async (tx) => {
      const worker = await this.lockManaged(tx, id);
      if (input.active === false && worker.activeCaseload > 0) {
        throw DomainError.conflict(
          `${worker.name} has ${worker.activeCaseload} open assignment(s). End or reassign them before deactivating.`,
        );
      }
      if (input.maxCaseload !== undefined && input.maxCaseload < worker.activeCaseload) {
        throw DomainError.conflict(
          `${worker.name} has ${worker.activeCaseload} open assignments: the maximum cannot be set below that.`,
        );
      }
      Object.assign(worker, {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.gender !== undefined && { gender: input.gender }),
        ...(input.languages !== undefined && { languages: [...new Set(input.languages)] }),
        ...(input.maxCaseload !== undefined && { maxCaseload: input.maxCaseload }),
        ...(input.active !== undefined && { active: input.active }),
      });
      await tx.manager.save(worker);
      await this.audit.record(tx, {
        action: 'support_worker.update',
        entityType: 'SupportWorker',
        entityId: worker.id,
      });
      return toSupportWorker(worker);
    });
  }

  /**
   * Assigns a worker to a placement. The caseload is taken by a conditional UPDATE (the worker's row
   * lock decides between concurrent assignments); a new LEAD ends the previous one.
   */
  async assign(ctx: RequestContext, input: AssignSupportWorkerInput): Promise<SupportWorkerAssignment> {
    return ctx.transaction(async (tx) => {
      const placement = await tx.manager
        .createQueryBuilder(PlacementEntity, 'p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id: input.placementId })
        .getOne();
      if (!placement) throw DomainError.badInput('input.placementId', 'input.placementId names no placement.');
      this.access.assertManagesProvider(tx, placement.providerId);
      const worker = await tx.manager.findOneBy(SupportWorkerEntity, { id: input.supportWorkerId });
      if (!worker)
        throw DomainError.badInput('input.supportWorkerId', 'input.supportWorkerId names no support worker.');
      if (worker.providerId !== placement.providerId) {
        throw DomainError.rule(ErrorReason.WRONG_PROVIDER, 'That support worker works for another provider.');
      }
      if (!worker.active) throw DomainError.conflict(`${worker.name} is not active.`);
      const status = effectiveStatus(placement, tx.clock.now());
      if (!ASSIGNABLE.includes(status)) {
        throw DomainError.rule(
          ErrorReason.INVALID_TRANSITION,
          `A support worker can be assigned only to a placement awaiting acceptance, confirmed or arrived; this one is ${STATUS_IN_WORDS[status]}.`,
        );
      }
      const now = tx.clock.now();
      if (input.role === AssignmentRole.LEAD) {
        const previous = await tx.manager.findOneBy(SupportWorkerAssignmentEntity, {
          placementId: placement.id,
          role: AssignmentRole.LEAD,
          endedAt: IsNull(),
        });
        if (previous && previous.supportWorkerId !== worker.id) await this.end(tx, previous, 'reassigned', now);
      }
      const taken = await tx.manager
        .createQueryBuilder()
        .update(SupportWorkerEntity)
        .set({ activeCaseload: () => 'active_caseload + 1' })
        .where('id = :id AND active_caseload < max_caseload', { id: worker.id })
        .execute();
      if (taken.affected === 0) {
        throw DomainError.rule(
          ErrorReason.CASELOAD_FULL,
          `${worker.name} is at their maximum caseload of ${worker.maxCaseload}.`,
        );
      }
      const assignment = await tx.manager
        .save(
          tx.manager.create(SupportWorkerAssignmentEntity, {
            supportWorkerId: worker.id,
            placementId: placement.id,
            role: input.role,
            startedAt: now,
            endedAt: null,
            endReason: null,
          }),
        )
        .catch((error: unknown) => {
          throw sqlState(error) === UNIQUE_VIOLATION
            ? DomainError.conflict(`${worker.name} is already assigned to this placement.`)
            : error;
        });
      await this.audit.record(tx, {
        action: 'assignment.create',
        entityType: 'SupportWorkerAssignment',
        entityId: assignment.id,
      });
      return toAssignment(assignment);
    });
  }

  async endAssignment(ctx: RequestContext, id: string, reason: string): Promise<SupportWorkerAssignment> {
    return ctx.transaction(async (tx) => {
      const assignment = await tx.manager
        .createQueryBuilder(SupportWorkerAssignmentEntity, 'a')
        .setLock('pessimistic_write')
        .where('a.id = :id', { id })
        .getOne();
      const worker =
        assignment && (await tx.manager.findOneBy(SupportWorkerEntity, { id: assignment.supportWorkerId }));
      if (!assignment || !worker || !this.access.managesProvider(tx, worker.providerId))
        throw DomainError.notFound('assignment');
      if (assignment.endedAt)
        throw DomainError.rule(ErrorReason.INVALID_TRANSITION, 'This assignment has already ended.');
      await this.end(tx, assignment, reason, tx.clock.now());
      await this.audit.record(tx, {
        action: 'assignment.end',
        entityType: 'SupportWorkerAssignment',
        entityId: assignment.id,
      });
      return toAssignment(assignment);
    });
  }

  /** Ends every open assignment of a placement (departure, cancellation, decline, no-show). */
  async endAllFor(tx: RequestContext, placementId: string, reason: string): Promise<void> {
    const open = await tx.manager.findBy(SupportWorkerAssignmentEntity, { placementId, endedAt: IsNull() });
    for (const assignment of open) {
      await this.end(tx, assignment, reason, tx.clock.now());
      await this.audit.record(tx, {
        action: 'assignment.end',
        entityType: 'SupportWorkerAssignment',
        entityId: assignment.id,
      });
    }
  }

  async suggest(ctx: RequestContext, placementId: string, limit: number): Promise<SupportWorkerSuggestion[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 50)
      throw DomainError.badInput('limit', 'limit must be 1 to 50.');
    const placement = await ctx.manager.findOneBy(PlacementEntity, { id: placementId });
    if (!placement || !this.access.managesProvider(ctx, placement.providerId)) throw DomainError.notFound('placement');
    const survivor = placement.survivorId
      ? await ctx.manager.findOneBy(SurvivorEntity, { id: placement.survivorId })
      : null;
    const workers = await ctx.manager.findBy(SupportWorkerEntity, { providerId: placement.providerId, active: true });
    const ranked = rankSupportWorkers(workers, {
      languages: survivor?.languages ?? [],
      prefersWorkerGender: survivor?.prefersWorkerGender ?? null,
    });
    return ranked
      .slice(0, limit)
      .map((r) => ({ supportWorker: toSupportWorker(r.candidate), score: r.score, reasons: r.reasons }));
  }

  /** A provider's workers (its staff, its commissioners and ADMIN may see them); batched. */
  forProvider(ctx: RequestContext, providerId: string, includeInactive: boolean): Promise<SupportWorker[]> {
    return ctx
      .loader<string, SupportWorker[]>(`support-workers.byProvider.${includeInactive}`, async (ids) => {
        const scope = this.access.visibleProviders(ctx, 'w.provider_id');
        const query = ctx.manager
          .createQueryBuilder(SupportWorkerEntity, 'w')
          .where('w.provider_id IN (:...ids)', { ids })
          .andWhere(scope.where, scope.params);
        if (ctx.user.role === Role.DUTY_OFFICER) query.andWhere('FALSE');
        if (!includeInactive) query.andWhere('w.active');
        const rows = await query.orderBy('w.name').getMany();
        return ids.map((id) => rows.filter((row) => row.providerId === id).map(toSupportWorker));
      })
      .load(providerId);
  }

  load(ctx: RequestContext, id: string): Promise<SupportWorker | null> {
    return ctx
      .loader<string, SupportWorker | null>('support-workers.byId', async (ids) => {
        const rows = await ctx.manager.findBy(SupportWorkerEntity, { id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, toSupportWorker(row)]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(id);
  }

  /** A placement's assignments, batched across a page of placements. */
  forPlacement(ctx: RequestContext, placementId: string, includeEnded: boolean): Promise<SupportWorkerAssignment[]> {
    return ctx
      .loader<string, SupportWorkerAssignment[]>(`assignments.byPlacement.${includeEnded}`, async (ids) => {
        const query = ctx.manager
          .createQueryBuilder(SupportWorkerAssignmentEntity, 'a')
          .where('a.placement_id IN (:...ids)', { ids });
        if (!includeEnded) query.andWhere('a.ended_at IS NULL');
        const rows = await query.orderBy('a.started_at').getMany();
        return ids.map((id) => rows.filter((row) => row.placementId === id).map(toAssignment));
      })
      .load(placementId);
  }

  private async end(
    tx: RequestContext,
    assignment: SupportWorkerAssignmentEntity,
    reason: string,
    at: Date,
  ): Promise<void> {
    assignment.endedAt = at;
    assignment.endReason = reason;
    await tx.manager.save(assignment);
    await tx.manager.query('UPDATE support_worker SET active_caseload = active_caseload - 1 WHERE id = $1', [
      assignment.supportWorkerId,
    ]);
  }

  private async lockManaged(tx: RequestContext, id: string): Promise<SupportWorkerEntity> {
    const worker = await tx.manager
      .createQueryBuilder(SupportWorkerEntity, 'w')
      .setLock('pessimistic_write')
      .where('w.id = :id', { id })
      .getOne();
    if (!worker || !this.access.managesProvider(tx, worker.providerId)) throw DomainError.notFound('support worker');
    return worker;
  }

  private async checkLogin(tx: RequestContext, userId: string, providerId: string): Promise<void> {
    const user = await tx.manager.findOneBy(UserEntity, { id: userId });
    if (!user || user.role !== Role.SUPPORT_WORKER || user.organisationId !== providerId) {
      throw DomainError.rule(
        ErrorReason.WRONG_PROVIDER,
        'input.userId must be a SUPPORT_WORKER login of the same provider.',
      );
    }
  }
}
