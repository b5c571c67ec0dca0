import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy, liveSql } from '../common/access/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { OrganisationKind } from '../common/roles';
import { toCommissioner, toProvider } from '../organisations/organisation.mapper';
import { OrganisationsService } from '../organisations/organisations.service';
import { Provider } from '../providers/provider.model';
import { Commissioner } from './commissioner.model';
import { CommissionProviderInput, CreateCommissionerInput } from './commissioner.inputs';
import { CommissioningEntity } from './commissioning.entity';
import { Commissioning } from './commissioning.model';

@Injectable()
export class CommissionersService {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, input: CreateCommissionerInput): Promise<Commissioner> {
    const entity = await this.organisations.create(ctx, {
      name: input.name,
      kind: OrganisationKind.COMMISSIONER,
      region: input.region ?? null,
    });
    return toCommissioner(entity);
  }

  async list(ctx: RequestContext): Promise<Commissioner[]> {
    const rows = await this.organisations.listVisible(ctx, OrganisationKind.COMMISSIONER, (id) =>
      this.access.visibleCommissioners(ctx, id),
    );
    return rows.map(toCommissioner);
  }

  async commission(ctx: RequestContext, input: CommissionProviderInput): Promise<Commissioning> {
    if (input.endsOn && input.endsOn < input.startsOn) {
      throw DomainError.badInput('input.endsOn', 'input.endsOn must not be before input.startsOn.');
    }
    return ctx.transaction(async (tx) => {
      const commissioner = await this.organisations.requireOfKind(
        tx,
        input.commissionerId,
        OrganisationKind.COMMISSIONER,
        'input.commissionerId',
      );
      const provider = await this.organisations.requireOfKind(
        tx,
        input.providerId,
        OrganisationKind.PROVIDER,
        'input.providerId',
      );
      const overlapping = await tx.manager
        .createQueryBuilder(CommissioningEntity, 'c')
        .where('c.commissioner_id = :commissionerId AND c.provider_id = :providerId', input)
        .andWhere("daterange(c.starts_on, c.ends_on, '[]') && daterange(:startsOn::date, :endsOn::date, '[]')", {
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
        })
        .getExists();
      if (overlapping) {
        throw DomainError.conflict('This commissioner already commissions this provider for part of that period.');
      }
      const commissioning = await tx.manager.save(
        tx.manager.create(CommissioningEntity, {
          commissionerId: commissioner.id,
          providerId: provider.id,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
        }),
      );
      await this.audit.record(tx, {
        action: 'commissioning.create',
        entityType: 'Commissioning',
        entityId: commissioning.id,
      });
      return {
        id: commissioning.id,
        commissioner: toCommissioner(commissioner),
        provider: toProvider(provider),
        startsOn: commissioning.startsOn,
        endsOn: commissioning.endsOn,
      };
    });
  }

  /** The providers a commissioner commissions today that the caller may see; batched per request. */
  providersOf(ctx: RequestContext, commissionerId: string): Promise<Provider[]> {
    return ctx
      .loader<string, Provider[]>('commissioner.providers', async (ids) => {
        const live = await ctx.manager
          .createQueryBuilder(CommissioningEntity, 'c')
          .where('c.commissioner_id IN (:...ids)', { ids })
          .andWhere(liveSql('c', ':today'), { today: ctx.clock.today() })
          .getMany();
        const providers = await this.organisations.listVisible(
          ctx,
          OrganisationKind.PROVIDER,
          (column) => this.access.visibleProviders(ctx, column),
          [...new Set(live.map((c) => c.providerId))],
        );
        return ids.map((id) => {
          const commissioned = new Set(live.filter((c) => c.commissionerId === id).map((c) => c.providerId));
          return providers.filter((provider) => commissioned.has(provider.id)).map(toProvider);
        });
      })
      .load(commissionerId);
  }
}
