import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../common/access/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { ErrorReason } from '../common/errors/error-reason';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { UNIQUE_VIOLATION, sqlState } from '../database/postgres-errors';
import { effectiveStatusSql } from '../placements/placement-status';
import { Gender } from '../safehouses/gender';
import { UsersService } from '../users/users.service';
import { LAPSED_REASON, openAssignmentSql } from './open-assignment';
import { AssignmentRole, SupportWorkerAssignmentEntity } from './support-worker-assignment.entity';
import { SupportWorkerEntity } from './support-worker.entity';
import { CreateSupportWorkerInput, UpdateSupportWorkerInput } from './support-worker.inputs';
import { SupportWorker, SupportWorkerAssignment, SupportWorkerSuggestion } from './support-worker.model';
import { rankSupportWorkers } from './suggestions';

/**
 * What a worker is assigned to: a support case (through one of its placements, or none), or a
 * referral awaiting acceptance (no case yet). The caller has found it and checked it may act on it.
 */
export type AssignmentTarget =
  | { supportCaseId: string; placementId: string | null; providerId: string }
  | { supportCaseId: null; placementId: string; providerId: string };

export function toSupportWorker(entity: SupportWorkerEntity, activeCaseload: number): SupportWorker {
  return {
    id: entity.id,
    name: entity.name,
    gender: entity.gender,
    languages: entity.languages,
    maxCaseload: entity.maxCaseload,
    activeCaseload,
    active: entity.active,
    providerId: entity.providerId,
    userId: entity.userId,
  };
}

/** `lapsedAt`: when the referral it was made on lapsed, if it has (it reads as ended then). */
export function toAssignment(
  entity: SupportWorkerAssignmentEntity,
  lapsedAt: Date | null = null,
): SupportWorkerAssignment {
  const lapsed = entity.endedAt === null && lapsedAt !== null;
  return {
    id: entity.id,
    role: entity.role,
    startedAt: entity.startedAt,
    endedAt: lapsed ? lapsedAt : entity.endedAt,
    endReason: lapsed ? LAPSED_REASON : entity.endReason,
    supportWorkerId: entity.supportWorkerId,
    placementId: entity.placementId,
    supportCaseId: entity.supportCaseId,
  };
}

/** A provider's support workers, their assignments to cases (and to referrals before them) and safe caseloads. */
@Injectable()
export class SupportWorkersService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly users: UsersService,
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
      return toSupportWorker(worker, 0);
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateSupportWorkerInput): Promise<SupportWorker> {
    return ctx.transaction(async (tx) => {
      const worker = await this.lockManaged(tx, id);
      const caseload = await this.caseloadOf(tx, worker.id);
      if (input.active === false && caseload > 0) {
        throw DomainError.conflict(
          `${worker.name} has ${caseload} open assignment(s). End or reassign them before deactivating.`,
        );
      }
      if (input.maxCaseload !== undefined && input.maxCaseload < caseload) {
        throw DomainError.conflict(
          `${worker.name} has ${caseload} open assignments: the maximum cannot be set below that.`,
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
      return toSupportWorker(worker, caseload);
    });
  }

  /**
   * Assigns a worker to a case, or to a referral awaiting acceptance (the caller has found the
   * target and checked it may act on it); a new LEAD ends the previous one. The worker's row is
   * locked before their caseload is counted, so concurrent assignments of one worker are counted
   * one after the other (each count, a new statement under READ COMMITTED, sees the assignments
   * committed before it): ten coordinators assigning at once to a worker with room for one give one.
   */
  async assignWithin(
    tx: RequestContext,
    target: AssignmentTarget,
    supportWorkerId: string,
    role: AssignmentRole,
  ): Promise<SupportWorkerAssignment> {
    const worker = await tx.manager
      .createQueryBuilder(SupportWorkerEntity, 'w')
      .setLock('for_no_key_update')
      .where('w.id = :id', { id: supportWorkerId })
      .getOne();
    if (!worker) throw DomainError.badInput('input.supportWorkerId', 'input.supportWorkerId names no support worker.');
    if (worker.providerId !== target.providerId) {
      throw DomainError.rule(ErrorReason.WRONG_PROVIDER, 'That support worker works for another provider.');
    }
    if (!worker.active) throw DomainError.conflict(`${worker.name} is not active.`);
    const now = tx.clock.now();
    const onTarget =
      target.supportCaseId !== null
        ? { supportCaseId: target.supportCaseId }
        : { placementId: target.placementId, supportCaseId: IsNull() };
    if (role === AssignmentRole.LEAD) {
      const previous = await tx.manager.findOneBy(SupportWorkerAssignmentEntity, {
        ...onTarget,
        role: AssignmentRole.LEAD,
        endedAt: IsNull(),
      });
      if (previous && previous.supportWorkerId !== worker.id) await this.end(tx, previous, 'reassigned', now);
    }
    if ((await this.caseloadOf(tx, worker.id)) >= worker.maxCaseload) {
      throw DomainError.rule(
        ErrorReason.CASELOAD_FULL,
        `${worker.name} is at their maximum caseload of ${worker.maxCaseload}.`,
      );
    }
    const assignment = await tx.manager
      .save(
        tx.manager.create(SupportWorkerAssignmentEntity, {
          supportWorkerId: worker.id,
          supportCaseId: target.supportCaseId,
          placementId: target.placementId,
          role,
          startedAt: now,
          endedAt: null,
          endReason: null,
        }),
      )
      .catch((error: unknown) => {
        throw sqlState(error) === UNIQUE_VIOLATION
          ? DomainError.conflict(`${worker.name} is already assigned to this person.`)
          : error;
      });
    await this.audit.record(tx, {
      action: 'assignment.create',
      entityType: 'SupportWorkerAssignment',
      entityId: assignment.id,
    });
    return toAssignment(assignment);
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
      if (!(await this.isOpen(tx, assignment.id)))
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

  /** Ends every open assignment of a case (it closed). */
  async endAllForCase(tx: RequestContext, supportCaseId: string, reason: string): Promise<void> {
    await this.endAll(
      tx,
      await tx.manager.findBy(SupportWorkerAssignmentEntity, { supportCaseId, endedAt: IsNull() }),
      reason,
    );
  }

  /** Ends the assignments made on a referral while it awaited acceptance (a decline or cancellation). */
  async endAllForReferral(tx: RequestContext, placementId: string, reason: string): Promise<void> {
    const open = await tx.manager.findBy(SupportWorkerAssignmentEntity, {
      placementId,
      supportCaseId: IsNull(),
      endedAt: IsNull(),
    });
    await this.endAll(tx, open, reason);
  }

  /**
   * The referral was accepted and the person taken on: the assignments made while it awaited move
   * to the case. One the case already has (the same worker, or a second LEAD) ends instead.
   */
  async attachToCase(tx: RequestContext, placementId: string, supportCaseId: string): Promise<void> {
    const waiting = await tx.manager.findBy(SupportWorkerAssignmentEntity, {
      placementId,
      supportCaseId: IsNull(),
      endedAt: IsNull(),
    });
    for (const assignment of waiting) {
      const clash = await tx.manager.findOne(SupportWorkerAssignmentEntity, {
        where: [
          { supportCaseId, endedAt: IsNull(), supportWorkerId: assignment.supportWorkerId },
          ...(assignment.role === AssignmentRole.LEAD
            ? [{ supportCaseId, endedAt: IsNull(), role: AssignmentRole.LEAD }]
            : []),
        ],
      });
      if (clash) {
        await this.end(tx, assignment, 'already on the case', tx.clock.now());
        continue;
      }
      assignment.supportCaseId = supportCaseId;
      await tx.manager.save(assignment);
    }
  }

  /** Retention: the end reasons written on these people's assignments (by their case or their referral). */
  async eraseEndReasonsAbout(tx: RequestContext, survivorIds: string[]): Promise<void> {
    await tx.manager.query(
      `UPDATE support_worker_assignment a SET end_reason = NULL
        WHERE a.end_reason IS NOT NULL
          AND (EXISTS (SELECT 1 FROM support_case c WHERE c.id = a.support_case_id AND c.survivor_id = ANY($1::uuid[]))
               OR EXISTS (SELECT 1 FROM placement p WHERE p.id = a.placement_id AND p.survivor_id = ANY($1::uuid[])))`,
      [survivorIds],
    );
  }

  /** Ranks the provider's active workers with room for a person with these needs (none: by caseload alone). */
  async suggest(
    ctx: RequestContext,
    providerId: string,
    needs: { languages: string[]; prefersWorkerGender: Gender | null } | null,
    limit: number,
  ): Promise<SupportWorkerSuggestion[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 50)
      throw DomainError.badInput('limit', 'limit must be 1 to 50.');
    const rows = await ctx.manager.findBy(SupportWorkerEntity, { providerId, active: true });
    const caseloads = await this.caseloads(
      ctx,
      rows.map((row) => row.id),
    );
    const workers = rows.map((row) => ({ ...row, activeCaseload: caseloads.get(row.id) ?? 0 }));
    const ranked = rankSupportWorkers(workers, {
      languages: needs?.languages ?? [],
      prefersWorkerGender: needs?.prefersWorkerGender ?? null,
    });
    return ranked.slice(0, limit).map((r) => ({
      supportWorker: toSupportWorker(r.candidate, r.candidate.activeCaseload),
      score: r.score,
      reasons: r.reasons,
    }));
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
        const caseloads = await this.caseloads(
          ctx,
          rows.map((row) => row.id),
        );
        return ids.map((id) =>
          rows.filter((row) => row.providerId === id).map((row) => toSupportWorker(row, caseloads.get(row.id) ?? 0)),
        );
      })
      .load(providerId);
  }

  load(ctx: RequestContext, id: string): Promise<SupportWorker | null> {
    return ctx
      .loader<string, SupportWorker | null>('support-workers.byId', async (ids) => {
        const rows = await ctx.manager.findBy(SupportWorkerEntity, { id: In([...ids]) });
        const caseloads = await this.caseloads(
          ctx,
          rows.map((row) => row.id),
        );
        const byId = new Map(rows.map((row) => [row.id, toSupportWorker(row, caseloads.get(row.id) ?? 0)]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(id);
  }

  /** A case's assignments, batched across a page of cases. */
  forCase(ctx: RequestContext, supportCaseId: string, includeEnded: boolean): Promise<SupportWorkerAssignment[]> {
    return ctx
      .loader<string, SupportWorkerAssignment[]>(`assignments.byCase.${includeEnded}`, async (ids) => {
        const query = ctx.manager
          .createQueryBuilder(SupportWorkerAssignmentEntity, 'a')
          .where('a.support_case_id IN (:...ids)', { ids });
        if (!includeEnded) query.andWhere('a.ended_at IS NULL');
        const rows = await query.orderBy('a.started_at').addOrderBy('a.id').getMany();
        return ids.map((id) => rows.filter((row) => row.supportCaseId === id).map((row) => toAssignment(row)));
      })
      .load(supportCaseId);
  }

  /**
   * The assignments made on referrals while they awaited acceptance, batched across a page of
   * placements; those of a referral that has lapsed read as ended at the lapse.
   */
  forReferral(ctx: RequestContext, placementId: string, includeEnded: boolean): Promise<SupportWorkerAssignment[]> {
    return ctx
      .loader<string, SupportWorkerAssignment[]>(`assignments.byReferral.${includeEnded}`, async (ids) => {
        const now = ctx.clock.now();
        const query = ctx.manager
          .createQueryBuilder(SupportWorkerAssignmentEntity, 'a')
          .where('a.placement_id IN (:...ids)', { ids })
          .andWhere('a.support_case_id IS NULL');
        if (!includeEnded) query.andWhere(openAssignmentSql('a', ':now'), { now });
        const rows = await query.orderBy('a.started_at').addOrderBy('a.id').getMany();
        const lapsedAt = includeEnded ? await this.lapses(ctx, ids) : new Map<string, Date>();
        return ids.map((id) =>
          rows.filter((row) => row.placementId === id).map((row) => toAssignment(row, lapsedAt.get(id) ?? null)),
        );
      })
      .load(placementId);
  }

  /** The workers' caseloads: their open assignments now (openAssignmentSql), in one statement. */
  async caseloads(ctx: RequestContext, workerIds: string[]): Promise<Map<string, number>> {
    if (workerIds.length === 0) return new Map();
    const rows = (await ctx.manager
      .createQueryBuilder(SupportWorkerAssignmentEntity, 'a')
      .select('a.support_worker_id', 'workerId')
      .addSelect('count(*)::int', 'caseload')
      .where('a.support_worker_id IN (:...workerIds)', { workerIds })
      .andWhere(openAssignmentSql('a', ':now'), { now: ctx.clock.now() })
      .groupBy('a.support_worker_id')
      .getRawMany()) as { workerId: string; caseload: number }[];
    return new Map(rows.map((row) => [row.workerId, row.caseload]));
  }

  private async caseloadOf(tx: RequestContext, workerId: string): Promise<number> {
    return (await this.caseloads(tx, [workerId])).get(workerId) ?? 0;
  }

  /** Whether an assignment is open now: not ended, and not on a referral that has lapsed (openAssignmentSql). */
  private async isOpen(tx: RequestContext, id: string): Promise<boolean> {
    const [row] = (await tx.manager.query(
      `SELECT ${openAssignmentSql('a', '$2')} AS open FROM support_worker_assignment a WHERE a.id = $1`,
      [id, tx.clock.now()],
    )) as { open: boolean }[];
    return row?.open === true;
  }

  /** When each of these referrals lapsed, for those that have. */
  private async lapses(ctx: RequestContext, placementIds: readonly string[]): Promise<Map<string, Date>> {
    const rows = (await ctx.manager.query(
      `SELECT p.id, p.acceptance_expires_at AS "lapsedAt" FROM placement p
        WHERE p.id = ANY($1::uuid[]) AND ${effectiveStatusSql('p', '$2')} = 'EXPIRED' AND p.acceptance_expires_at IS NOT NULL`,
      [placementIds, ctx.clock.now()],
    )) as { id: string; lapsedAt: Date }[];
    return new Map(rows.map((row) => [row.id, new Date(row.lapsedAt)]));
  }

  private async endAll(tx: RequestContext, open: SupportWorkerAssignmentEntity[], reason: string): Promise<void> {
    for (const assignment of open) {
      await this.end(tx, assignment, reason, tx.clock.now());
      await this.audit.record(tx, {
        action: 'assignment.end',
        entityType: 'SupportWorkerAssignment',
        entityId: assignment.id,
      });
    }
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
    const user = await this.users.find(tx, userId);
    if (!user || user.role !== Role.SUPPORT_WORKER || user.organisationId !== providerId) {
      throw DomainError.rule(
        ErrorReason.WRONG_PROVIDER,
        'input.userId must be a SUPPORT_WORKER login of the same provider.',
      );
    }
  }
}
