import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Scope } from '../common/access/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { OrganisationKind } from '../common/roles';
import { OrganisationEntity } from './organisation.entity';

const ENTITY_TYPE: Record<OrganisationKind, string> = {
  [OrganisationKind.PLATFORM]: 'Organisation',
  [OrganisationKind.PROVIDER]: 'Provider',
  [OrganisationKind.COMMISSIONER]: 'Commissioner',
  [OrganisationKind.RESPONDER]: 'ResponderOrganisation',
};

/** Creating and loading organisations of every kind; what each kind may see is AccessPolicy's. */
@Injectable()
export class OrganisationsService {
  constructor(private readonly audit: AuditService) {}

  async create(
    ctx: RequestContext,
    fields: Pick<OrganisationEntity, 'name' | 'kind'> & Partial<Pick<OrganisationEntity, 'outOfHoursPhone' | 'region'>>,
  ): Promise<OrganisationEntity> {
    return ctx.transaction(async (tx) => {
      const organisation = await tx.manager.save(tx.manager.create(OrganisationEntity, fields));
      const entityType = ENTITY_TYPE[organisation.kind];
      await this.audit.record(tx, {
        action: `${entityType.charAt(0).toLowerCase()}${entityType.slice(1)}.create`,
        entityType,
        entityId: organisation.id,
      });
      return organisation;
    });
  }

  /** Changes a provider's own fields (updateProvider); who may is the caller's to check. */
  async updateProvider(
    tx: RequestContext,
    id: string,
    fields: Partial<Pick<OrganisationEntity, 'name' | 'outOfHoursPhone' | 'onCallEmail'>>,
  ): Promise<OrganisationEntity | null> {
    const organisation = await tx.manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .setLock('pessimistic_write')
      .where('o.id = :id AND o.kind = :kind', { id, kind: OrganisationKind.PROVIDER })
      .getOne();
    if (!organisation) return null;
    Object.assign(organisation, fields);
    await tx.manager.save(organisation);
    await this.audit.record(tx, { action: 'provider.update', entityType: 'Provider', entityId: id });
    return organisation;
  }

  /** Batched per request: nested `organisation` fields cost one query, not one each. */
  load(ctx: RequestContext, id: string): Promise<OrganisationEntity | undefined> {
    return ctx
      .loader<string, OrganisationEntity | undefined>('organisation', async (ids) => {
        const rows = await ctx.manager.findBy(OrganisationEntity, { id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((key) => byId.get(key));
      })
      .load(id);
  }

  /** An organisation by id, of any kind; null when there is none. */
  find(ctx: RequestContext, id: string): Promise<OrganisationEntity | null> {
    return ctx.manager.findOneBy(OrganisationEntity, { id });
  }

  /**
   * Organisations of a kind that the caller may see, by name then id. `scope` is the AccessPolicy
   * rule that applies (visibleProviders, visibleCommissioners), given the id column it filters;
   * `ids`, when given, narrows the list to those.
   */
  async listVisible(
    ctx: RequestContext,
    kind: OrganisationKind,
    scope: (idColumn: string) => Scope,
    ids?: readonly string[],
  ): Promise<OrganisationEntity[]> {
    if (ids?.length === 0) return [];
    const visible = scope('o.id');
    const query = ctx.manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .where('o.kind = :kind', { kind })
      .andWhere(visible.where, visible.params);
    if (ids) query.andWhere('o.id IN (:...ids)', { ids: [...ids] });
    return query.orderBy('o.name').addOrderBy('o.id').getMany();
  }

  /** An organisation of the given kind named by an input field; BAD_USER_INPUT naming it otherwise. */
  async requireOfKind(
    ctx: RequestContext,
    id: string,
    kind: OrganisationKind,
    field: string,
  ): Promise<OrganisationEntity> {
    const organisation = await ctx.manager.findOneBy(OrganisationEntity, { id });
    if (!organisation || organisation.kind !== kind) {
      throw DomainError.badInput(field, `${field} does not name a ${kind.toLowerCase()} organisation.`);
    }
    return organisation;
  }
}
