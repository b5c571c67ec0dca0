import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../common/access/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { OrganisationKind } from '../common/roles';
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
    const rows = await this.organisations.listVisible(ctx, OrganisationKind.PROVIDER, (id) =>
      this.access.visibleProviders(ctx, id),
    );
    return rows.map(toProvider);
  }

  /** NOT_FOUND for an id the caller may not see, as for one that does not exist. */
  async get(ctx: RequestContext, id: string): Promise<Provider> {
    const [row] = await this.organisations.listVisible(
      ctx,
      OrganisationKind.PROVIDER,
      (column) => this.access.visibleProviders(ctx, column),
      [id],
    );
    if (!row) throw DomainError.notFound('provider');
    return toProvider(row);
  }
}
