import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../common/access/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { OrganisationKind, Role } from '../common/roles';
import { toProvider } from '../organisations/organisation.mapper';
import { OrganisationsService } from '../organisations/organisations.service';
import { CreateProviderInput } from './create-provider.input';
import { Provider } from './provider.model';
import { UpdateProviderInput } from './update-provider.input';

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

  /**
   * updateProvider: its coordinators or ADMIN (CONTRACT.md, Who may do what); NOT_FOUND for a
   * provider the caller does not manage. `onCallEmail: null` clears the mailbox.
   */
  async update(ctx: RequestContext, id: string, input: UpdateProviderInput): Promise<Provider> {
    if (!this.access.managesProvider(ctx, id)) throw DomainError.notFound('provider');
    if (input.name === null) throw DomainError.badInput('input.name', 'input.name cannot be empty.');
    if (input.outOfHoursPhone === null)
      throw DomainError.badInput('input.outOfHoursPhone', 'input.outOfHoursPhone cannot be empty.');
    const fields: { name?: string; outOfHoursPhone?: string; onCallEmail?: string | null } = {};
    if (input.name !== undefined) fields.name = input.name;
    if (input.outOfHoursPhone !== undefined) fields.outOfHoursPhone = input.outOfHoursPhone;
    if (input.onCallEmail !== undefined) fields.onCallEmail = input.onCallEmail?.trim().toLowerCase() ?? null;
    const updated = await ctx.transaction((tx) => this.organisations.updateProvider(tx, id, fields));
    if (!updated) throw DomainError.notFound('provider');
    return toProvider(updated);
  }

  /** The on-call mailbox, for the provider's staff and ADMIN; null for everyone else. */
  async onCallEmail(ctx: RequestContext, provider: Provider): Promise<string | null> {
    const { role, organisationId } = ctx.user;
    if (role !== Role.ADMIN && organisationId !== provider.id) return null;
    if (provider.onCallMailbox !== undefined) return provider.onCallMailbox;
    return (await this.organisations.load(ctx, provider.id))?.onCallEmail ?? null;
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
