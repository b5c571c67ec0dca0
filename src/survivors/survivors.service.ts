import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../common/access/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { SurvivorEntity } from './survivor.entity';
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
    erasedAt: entity.erasedAt,
  };
}

/** Reads of survivors' details: scoped by AccessPolicy, and every read is audited. */
@Injectable()
export class SurvivorsService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

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
