import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../common/access/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { OrganisationKind } from '../common/roles';
import { Settings } from '../config/settings';
import { OrganisationsService } from '../organisations/organisations.service';
import { CreateSafehouseInput } from './create-safehouse.input';
import { IntakeHoursInput } from './intake-hours.input';
import { toSafehouse } from './safehouse.mapper';
import { Safehouse } from './safehouse.model';
import { SafehouseEntity, publicPoint } from './safehouse.entity';
import { UpdateSafehouseInput } from './update-safehouse.input';

export interface ConfidentialDetails {
  address: string;
  postcode: string;
}

@Injectable()
export class SafehousesService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationsService,
    private readonly settings: Settings,
  ) {}

  toModel(ctx: RequestContext, entity: SafehouseEntity): Safehouse {
    return toSafehouse(entity, ctx.clock.now(), this.settings.CAPACITY_STALE_HOURS);
  }

  async create(ctx: RequestContext, input: CreateSafehouseInput): Promise<Safehouse> {
    this.access.assertManagesProvider(ctx, input.providerId);
    const intake = intakeColumns(input.intakeHours, 'input.intakeHours');
    return ctx.transaction(async (tx) => {
      await this.organisations.requireOfKind(tx, input.providerId, OrganisationKind.PROVIDER, 'input.providerId');
      const point = publicPoint(input.latitude, input.longitude);
      const entity = await tx.manager.save(
        tx.manager.create(SafehouseEntity, {
          providerId: input.providerId,
          name: input.name,
          kind: input.kind,
          area: input.area,
          address: input.address,
          postcode: input.postcode.toUpperCase(),
          latitude: input.latitude,
          longitude: input.longitude,
          publicLatitude: point.latitude,
          publicLongitude: point.longitude,
          acceptsGenders: input.acceptsGenders,
          acceptsDependants: input.acceptsDependants,
          acceptsBoysUpToAge: input.acceptsBoysUpToAge ?? null,
          stepFreeAccess: input.stepFreeAccess,
          languages: input.languages,
          ...intake,
          instantBooking: input.instantBooking,
          referralsSuspended: false,
          suspensionReason: null,
          capacityConfirmedAt: tx.clock.now(),
        }),
      );
      await this.audit.record(tx, { action: 'safehouse.create', entityType: 'Safehouse', entityId: entity.id });
      return this.toModel(tx, entity);
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateSafehouseInput): Promise<Safehouse> {
    const intake = input.intakeHours ? intakeColumns(input.intakeHours, 'input.intakeHours') : {};
    return ctx.transaction(async (tx) => {
      const entity = await this.requireManaged(tx, id);
      const { intakeHours: _intake, latitude, longitude, ...plain } = input;
      void _intake;
      Object.assign(entity, plain, intake);
      if (plain.postcode) entity.postcode = plain.postcode.toUpperCase();
      if (latitude !== undefined && latitude !== null) entity.latitude = latitude;
      if (longitude !== undefined && longitude !== null) entity.longitude = longitude;
      const point = publicPoint(entity.latitude, entity.longitude);
      entity.publicLatitude = point.latitude;
      entity.publicLongitude = point.longitude;
      entity.capacityConfirmedAt = tx.clock.now();
      await tx.manager.save(entity);
      await this.audit.record(tx, { action: 'safehouse.update', entityType: 'Safehouse', entityId: id });
      return this.toModel(tx, entity);
    });
  }

  async confirmCapacity(ctx: RequestContext, id: string): Promise<Safehouse> {
    return ctx.transaction(async (tx) => {
      const entity = await this.requireManaged(tx, id);
      entity.capacityConfirmedAt = tx.clock.now();
      await tx.manager.update(SafehouseEntity, { id }, { capacityConfirmedAt: entity.capacityConfirmedAt });
      await this.audit.record(tx, { action: 'safehouse.capacity.confirm', entityType: 'Safehouse', entityId: id });
      return this.toModel(tx, entity);
    });
  }

  /** Any capacity change by the provider confirms the house's capacity too. */
  async touchCapacity(tx: RequestContext, id: string): Promise<void> {
    await tx.manager.update(SafehouseEntity, { id }, { capacityConfirmedAt: tx.clock.now() });
  }

  /**
   * Suspends or resumes referrals to a house (CONTRACT.md: a commissioner of its provider today, or
   * ADMIN), with the reason for a suspension; NOT_FOUND for no such house. The house stays locked
   * for the rest of the transaction, so the suspension's own record follows this change.
   */
  async setReferralsSuspended(
    tx: RequestContext,
    id: string,
    suspended: boolean,
    reason: string | null,
  ): Promise<Safehouse> {
    const entity = await tx.manager
      .createQueryBuilder(SafehouseEntity, 's')
      .where('s.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!entity) throw DomainError.notFound('safehouse');
    await this.access.assertCommissions(tx, entity.providerId);
    entity.referralsSuspended = suspended;
    entity.suspensionReason = suspended ? reason : null;
    await tx.manager.update(
      SafehouseEntity,
      { id },
      { referralsSuspended: entity.referralsSuspended, suspensionReason: entity.suspensionReason },
    );
    return this.toModel(tx, entity);
  }

  /**
   * A house's id as stored and its provider, whoever asks (null for no such house): for a caller
   * whose own access rule follows, such as recording an inspection of it.
   */
  async ownerOf(ctx: RequestContext, id: string): Promise<{ id: string; providerId: string } | null> {
    const entity = await ctx.manager.findOne(SafehouseEntity, {
      select: { id: true, providerId: true },
      where: { id },
    });
    return entity ? { id: entity.id, providerId: entity.providerId } : null;
  }

  /** A house's public point (the grid cell, never the exact coordinates), for availability events. */
  async publicPointOf(ctx: RequestContext, id: string): Promise<{ latitude: number; longitude: number } | null> {
    const entity = await ctx.manager.findOne(SafehouseEntity, {
      select: { id: true, publicLatitude: true, publicLongitude: true },
      where: { id },
    });
    return entity ? { latitude: entity.publicLatitude, longitude: entity.publicLongitude } : null;
  }

  /** NOT_FOUND for a house the caller may not see, as for one that does not exist. */
  async get(ctx: RequestContext, id: string): Promise<Safehouse> {
    const entity = await this.findVisible(ctx, id);
    if (!entity) throw DomainError.notFound('safehouse');
    return this.toModel(ctx, entity);
  }

  /**
   * A house the caller may manage, locked for the rest of the transaction: NOT_FOUND when they may
   * not even see it, FORBIDDEN when they may see but not manage it (a commissioner).
   */
  async requireManaged(tx: RequestContext, id: string): Promise<SafehouseEntity> {
    const entity = await this.findVisible(tx, id, true);
    if (!entity) throw DomainError.notFound('safehouse');
    this.access.assertManagesProvider(tx, entity.providerId);
    return entity;
  }

  private async findVisible(ctx: RequestContext, id: string, lock = false): Promise<SafehouseEntity | null> {
    const scope = this.access.visibleSafehouses(ctx, 's.provider_id');
    const query = ctx.manager
      .createQueryBuilder(SafehouseEntity, 's')
      .where('s.id = :id', { id })
      .andWhere(scope.where, scope.params);
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** Batched per request: a provider's houses the caller may see. */
  forProvider(ctx: RequestContext, providerId: string): Promise<Safehouse[]> {
    return ctx
      .loader<string, Safehouse[]>('safehouses.byProvider', async (providerIds) => {
        const scope = this.access.visibleSafehouses(ctx, 's.provider_id');
        const rows = await ctx.manager
          .createQueryBuilder(SafehouseEntity, 's')
          .where('s.provider_id IN (:...providerIds)', { providerIds })
          .andWhere(scope.where, scope.params)
          .orderBy('s.name')
          .addOrderBy('s.id')
          .getMany();
        const byProvider = new Map<string, Safehouse[]>(providerIds.map((id) => [id, []]));
        for (const row of rows) byProvider.get(row.providerId)?.push(this.toModel(ctx, row));
        return providerIds.map((id) => byProvider.get(id) ?? []);
      })
      .load(providerId);
  }

  /** Batched per request: houses by id that the caller may see (null otherwise). */
  load(ctx: RequestContext, id: string): Promise<Safehouse | null> {
    return ctx
      .loader<string, Safehouse | null>('safehouses.byId', async (ids) => {
        const scope = this.access.visibleSafehouses(ctx, 's.provider_id');
        const rows = await ctx.manager
          .createQueryBuilder(SafehouseEntity, 's')
          .where('s.id IN (:...ids)', { ids })
          .andWhere(scope.where, scope.params)
          .getMany();
        const byId = new Map(rows.map((row) => [row.id, this.toModel(ctx, row)]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(id);
  }

  /**
   * The address and postcode, for a viewer who may see them (null otherwise), batched per request.
   * Each reveal is audited as `safehouse.address.read`, once per house per request.
   */
  confidentialDetails(ctx: RequestContext, safehouseId: string): Promise<ConfidentialDetails | null> {
    return ctx
      .loader<string, ConfidentialDetails | null>('safehouses.address', async (ids) => {
        const scope = this.access.addressVisible(ctx, 's.id', 's.provider_id');
        const rows = await ctx.manager
          .createQueryBuilder(SafehouseEntity, 's')
          .select(['s.id', 's.address', 's.postcode'])
          .where('s.id IN (:...ids)', { ids: [...ids] })
          .andWhere(scope.where, scope.params)
          .getMany();
        for (const row of rows) {
          await this.audit.record(ctx, { action: 'safehouse.address.read', entityType: 'Safehouse', entityId: row.id });
        }
        const byId = new Map(rows.map((row) => [row.id, { address: row.address, postcode: row.postcode }]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(safehouseId);
  }
}

/** Intake hours → columns; both times are needed unless the house is open around the clock. */
function intakeColumns(
  input: IntakeHoursInput,
  field: string,
): Pick<SafehouseEntity, 'open24Hours' | 'opensAt' | 'closesAt'> {
  if (input.open24Hours) return { open24Hours: true, opensAt: null, closesAt: null };
  if (!input.opensAt) throw DomainError.badInput(`${field}.opensAt`, `${field}.opensAt is needed unless open24Hours.`);
  if (!input.closesAt) {
    throw DomainError.badInput(`${field}.closesAt`, `${field}.closesAt is needed unless open24Hours.`);
  }
  if (input.opensAt === input.closesAt) {
    throw DomainError.badInput(
      `${field}.closesAt`,
      `${field}.closesAt must differ from opensAt; use open24Hours for a house that is always open.`,
    );
  }
  return { open24Hours: false, opensAt: input.opensAt, closesAt: input.closesAt };
}
