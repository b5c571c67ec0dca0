import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../common/access/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { ageStatusOf } from './age-status';
import { NrmStatus } from './nrm-status';
import { SurvivorEntity } from './survivor.entity';
import { SurvivorInput } from './survivor.input';
import { Survivor } from './survivor.model';

export function toSurvivor(entity: SurvivorEntity): Survivor {
  return {
    id: entity.id,
    reference: entity.reference,
    preferredName: entity.preferredName,
    gender: entity.gender,
    dependants: entity.dependants,
    languages: entity.languages,
    accessibilityNeeds: entity.accessibilityNeeds,
    prefersWorkerGender: entity.prefersWorkerGender,
    nrmStatus: entity.nrmStatus,
    nrmReferredOn: entity.nrmReferredOn,
    ageStatus: entity.ageStatus,
    dependantsDetail: entity.dependantsDetail.map(({ ageBand, gender }) => ({ ageBand, gender })),
    interpreterNeeded: entity.interpreterNeeded,
    erasedAt: entity.erasedAt,
  };
}

/**
 * The people supported: the survivor table is this module's alone. Reads are scoped by AccessPolicy
 * and every read is audited; other modules create, change and erase people only through here.
 */
@Injectable()
export class SurvivorsService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  /**
   * A new person from what a referral or an outreach intake carries, inside the caller's
   * transaction; the caller checked eligibility (only an adult is ever stored, eligibility.ts).
   */
  async create(tx: RequestContext, input: SurvivorInput, referrerOrganisationId: string): Promise<SurvivorEntity> {
    const ageStatus = ageStatusOf(input);
    if (!ageStatus) throw DomainError.badInput('ageStatus', 'ageStatus is required: give ageStatus, or adult.');
    const dependantsDetail = (input.dependantsDetail ?? []).map(({ ageBand, gender }) => ({ ageBand, gender }));
    return tx.manager.save(
      tx.manager.create(SurvivorEntity, {
        reference: input.reference ?? null,
        preferredName: input.preferredName ?? null,
        gender: input.gender,
        ageStatus,
        dependants: input.dependants ?? dependantsDetail.length,
        dependantsDetail,
        languages: input.languages ?? [],
        interpreterNeeded: input.interpreterNeeded ?? false,
        accessibilityNeeds: input.accessibilityNeeds ?? null,
        needsAccessibleBed: input.needsAccessibleBed ?? false,
        prefersWorkerGender: input.prefersWorkerGender ?? null,
        nrmStatus: input.nrmStatus,
        intakeNrmStatus: input.nrmStatus,
        nrmReferredOn: input.nrmReferredOn ?? null,
        referrerOrganisationId,
      }),
    );
  }

  /** A person by id whatever the caller may see: for rules (eligibility, ranking) that never show them. */
  async entity(tx: RequestContext, id: string): Promise<SurvivorEntity> {
    return tx.manager.findOneByOrFail(SurvivorEntity, { id });
  }

  /** The person's entity if the caller may see them, else null; not audited (the caller shows nothing of it). */
  async visibleEntity(tx: RequestContext, id: string): Promise<SurvivorEntity | null> {
    const scope = this.access.visibleSurvivors(tx, 's');
    return tx.manager
      .createQueryBuilder(SurvivorEntity, 's')
      .where('s.id = :id', { id })
      .andWhere(scope.where, scope.params)
      .getOne();
  }

  async lock(tx: RequestContext, id: string): Promise<SurvivorEntity | null> {
    return tx.manager
      .createQueryBuilder(SurvivorEntity, 's')
      .setLock('pessimistic_write')
      .where('s.id = :id', { id })
      .getOne();
  }

  /**
   * Erases the details of these people that are not erased yet (CONTRACT.md, Confidentiality): what
   * identifies or describes them goes, their children's age bands too; gender, the number of
   * dependants, NRM status, age status and the accessible-bed and interpreter needs stay for the
   * counts. Returns the ids it erased.
   */
  async eraseDetails(tx: RequestContext, ids: string[], reason: string): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await tx.manager.query(
      // In a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count], a SELECT with rows.
      `WITH erased AS (
         UPDATE survivor s
            SET reference = NULL, preferred_name = NULL, languages = '{}', dependants_detail = '[]',
                accessibility_needs = NULL, prefers_worker_gender = NULL, erased_at = $1, erasure_reason = $2
          WHERE s.erased_at IS NULL AND s.id = ANY($3::uuid[])
         RETURNING s.id)
       SELECT id FROM erased`,
      [tx.clock.now(), reason, ids],
    );
    return rows.map((row) => row.id);
  }

  async setReferredOn(tx: RequestContext, id: string, referredOn: string): Promise<void> {
    await tx.manager.update(SurvivorEntity, { id }, { nrmReferredOn: referredOn });
  }

  async setNrmStatus(tx: RequestContext, id: string, status: NrmStatus): Promise<SurvivorEntity> {
    await tx.manager.update(SurvivorEntity, { id }, { nrmStatus: status });
    return this.entity(tx, id);
  }

  async get(ctx: RequestContext, id: string): Promise<Survivor> {
    const survivor = await this.visible(ctx, id);
    if (!survivor) throw DomainError.notFound('survivor');
    return survivor;
  }

  /** The survivor if the caller may see them, else null (as a nested field). Audited when seen. */
  async visible(ctx: RequestContext, id: string): Promise<Survivor | null> {
    const entity = await ctx
      .loader<string, SurvivorEntity | null>('survivors.visible', async (ids) => {
        const scope = this.access.visibleSurvivors(ctx, 's');
        const rows = await ctx.manager
          .createQueryBuilder(SurvivorEntity, 's')
          .where({ id: In([...ids]) })
          .andWhere(scope.where, scope.params)
          .getMany();
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((key) => byId.get(key) ?? null);
      })
      .load(id);
    if (!entity) return null;
    await this.audit.record(ctx, { action: 'survivor.read', entityType: 'Survivor', entityId: entity.id });
    return toSurvivor(entity);
  }
}
