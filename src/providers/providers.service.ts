import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../common/access/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { OrganisationKind } from '../common/roles';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { toProvider } from '../organisations/organisation.mapper';
import { OrganisationsService } from '../organisations/organisations.service';
import { CreateProviderInput } from './create-provider.input';
import { Provider } from './provider.model';

@Injectable()
export class ProvidersService {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly access: AccessPolicy,
  ) {}

  async create(ctx: RequestContext, input: CreateProviderInput): Promise<Provider> {
    const entity = await this.organisations.create(ctx, {
      name: input.name,
      kind: OrganisationKind.PROVIDER,
      outOfHoursPhone: input.outOfHoursPhone,
    });
    return toProvider(entity);
  }

  async list(ctx: RequestContext): Promise<Provider[]> {
    const scope = this.access.visibleProviders(ctx, 'o.id');
    const rows = await ctx.manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .where('o.kind = :kind', { kind: OrganisationKind.PROVIDER })
      .andWhere(scope.where, scope.params)
      .orderBy('o.name')
      .addOrderBy('o.id')
      .getMany();
    return rows.map(toProvider);
  }

  /** NOT_FOUND for an id the caller may not see, as for one that does not exist. */
  async get(ctx: RequestContext, id: string): Promise<Provider> {
    const scope = this.access.visibleProviders(ctx, 'o.id');
    const row = await ctx.manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .where('o.id = :id AND o.kind = :kind', { id, kind: OrganisationKind.PROVIDER })
      .andWhere(scope.where, scope.params)
      .getOne();
    if (!row) throw DomainError.notFound('provider');
    return toProvider(row);
  }
}
