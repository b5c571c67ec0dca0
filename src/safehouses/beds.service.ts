import { In } from 'typeorm';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../common/access/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { ErrorReason } from '../common/errors/error-reason';
import { RequestContext } from '../common/request-context';
import { AvailabilityEvents } from '../availability/availability-events';
import { AddBedInput } from './add-bed.input';
import { BedBlockEntity } from './bed-block.entity';
import { BedBlock } from './bed-block.model';
import { OccupationKind } from './bed-occupation.entity';
import { BedOccupationsService } from './bed-occupations.service';
import { BedOutOfServiceInput } from './bed-out-of-service.input';
import { BedEntity } from './bed.entity';
import { Bed } from './bed.model';
import { toBed } from './safehouse.mapper';
import { SafehouseEntity } from './safehouse.entity';
import { SafehousesService } from './safehouses.service';

@Injectable()
export class BedsService {
  /**
   * A bed in service and its house, whoever asks (null when there is no such bed or it was
   * removed): for a booking, whose own access and eligibility rules follow.
   */
  async houseOf(tx: RequestContext, bedId: string): Promise<{ bed: BedEntity; safehouse: SafehouseEntity } | null> {
    const bed = await tx.manager.findOneBy(BedEntity, { id: bedId });
    if (!bed || bed.removedAt) return null;
    const safehouse = await tx.manager.findOneByOrFail(SafehouseEntity, { id: bed.safehouseId });
    return { bed, safehouse };
  }

  constructor(
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly safehouses: SafehousesService,
    private readonly occupations: BedOccupationsService,
    private readonly events: AvailabilityEvents,
  ) {}

  async add(ctx: RequestContext, input: AddBedInput): Promise<Bed> {
    const { bed, house } = await ctx.transaction(async (tx) => {
      const house = await this.safehouses.requireManaged(tx, input.safehouseId);
      const bed = await tx.manager.save(
        tx.manager.create(BedEntity, {
          safehouseId: house.id,
          label: input.label,
          sleeps: input.sleeps,
          accessible: input.accessible,
          removedAt: null,
        }),
      );
      await this.safehouses.touchCapacity(tx, house.id);
      await this.audit.record(tx, { action: 'bed.add', entityType: 'Bed', entityId: bed.id });
      return { bed, house };
    });
    await this.publish(ctx, house, bed.id);
    return toBed(bed);
  }

  /** Soft removal; BED_IN_USE while a hold or placement claims it now or later. */
  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const house = await ctx.transaction(async (tx) => {
      const { bed, house } = await this.requireManaged(tx, id);
      if (await this.occupations.inUseFromNow(tx, bed.id)) {
        throw DomainError.rule(
          ErrorReason.BED_IN_USE,
          'This bed has a current or future placement; it can be removed once that has ended.',
        );
      }
      await tx.manager.update(BedEntity, { id: bed.id }, { removedAt: tx.clock.now() });
      await this.safehouses.touchCapacity(tx, house.id);
      await this.audit.record(tx, { action: 'bed.remove', entityType: 'Bed', entityId: bed.id });
      return house;
    });
    await this.publish(ctx, house, id);
    return true;
  }

  async setOutOfService(ctx: RequestContext, input: BedOutOfServiceInput): Promise<BedBlock> {
    if (input.until.getTime() <= input.from.getTime()) {
      throw DomainError.badInput('input.until', 'input.until must be after input.from.');
    }
    const { block, bed, house } = await ctx.transaction(async (tx) => {
      const { bed, house } = await this.requireManaged(tx, input.bedId);
      const block = await tx.manager.save(
        tx.manager.create(BedBlockEntity, {
          bedId: bed.id,
          from: input.from,
          until: input.until,
          reason: input.reason,
          returnedAt: null,
        }),
      );
      await this.occupations.claim(tx, {
        bedId: bed.id,
        kind: OccupationKind.BLOCK,
        from: input.from,
        until: input.until,
        blockId: block.id,
      });
      await this.safehouses.touchCapacity(tx, house.id);
      await this.audit.record(tx, { action: 'bed.block', entityType: 'BedBlock', entityId: block.id });
      return { block, bed, house };
    });
    await this.publish(ctx, house, bed.id);
    return { id: block.id, bed: toBed(bed), from: block.from, until: block.until, reason: block.reason };
  }

  /** Ends a block early: the bed is free again from now. Returning a returned block changes nothing. */
  async returnToService(ctx: RequestContext, blockId: string): Promise<boolean> {
    const result = await ctx.transaction(async (tx) => {
      const block = await tx.manager.findOneBy(BedBlockEntity, { id: blockId });
      if (!block) throw DomainError.notFound('bed block');
      const { house } = await this.requireManaged(tx, block.bedId, 'bed block');
      if (block.returnedAt) return null;
      await tx.manager.update(BedBlockEntity, { id: block.id }, { returnedAt: tx.clock.now() });
      await tx.manager.query(`UPDATE bed_occupation SET live = FALSE WHERE block_id = $1 AND live`, [block.id]);
      await this.safehouses.touchCapacity(tx, house.id);
      await this.audit.record(tx, { action: 'bed.return', entityType: 'BedBlock', entityId: block.id });
      return { house, bedId: block.bedId };
    });
    if (result) await this.publish(ctx, result.house, result.bedId);
    return true;
  }

  /** Batched per request: a house's beds in service order (removed beds left out). */
  forSafehouse(ctx: RequestContext, safehouseId: string): Promise<Bed[]> {
    return ctx
      .loader<string, Bed[]>('beds.bySafehouse', async (ids) => {
        const rows = await ctx.manager
          .createQueryBuilder(BedEntity, 'b')
          .where('b.safehouse_id IN (:...ids)', { ids })
          .andWhere('b.removed_at IS NULL')
          .orderBy('b.label')
          .addOrderBy('b.id')
          .getMany();
        const bySafehouse = new Map<string, Bed[]>(ids.map((id) => [id, []]));
        for (const row of rows) bySafehouse.get(row.safehouseId)?.push(toBed(row));
        return ids.map((id) => bySafehouse.get(id) ?? []);
      })
      .load(safehouseId);
  }

  /** A bed by id (a removed one too: a past placement still names it), batched per request. */
  load(ctx: RequestContext, id: string): Promise<Bed | null> {
    return ctx
      .loader<string, Bed | null>('beds.byId', async (ids) => {
        const rows = await ctx.manager.findBy(BedEntity, { id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, toBed(row)]));
        return ids.map((key) => byId.get(key) ?? null);
      })
      .load(id);
  }

  /**
   * A bed (not removed) whose house the caller may manage, with the bed row locked so that a claim
   * and a removal cannot cross. NOT_FOUND when the caller may not see it.
   */
  private async requireManaged(
    tx: RequestContext,
    bedId: string,
    what = 'bed',
  ): Promise<{ bed: BedEntity; house: SafehouseEntity }> {
    const scope = this.access.visibleSafehouses(tx, 's.provider_id');
    const bed = await tx.manager
      .createQueryBuilder(BedEntity, 'b')
      .innerJoin(SafehouseEntity, 's', 's.id = b.safehouse_id')
      .where('b.id = :bedId AND b.removed_at IS NULL', { bedId })
      .andWhere(scope.where, scope.params)
      .setLock('pessimistic_write', undefined, ['b'])
      .getOne();
    if (!bed) throw DomainError.notFound(what);
    const house = await this.safehouses.requireManaged(tx, bed.safehouseId);
    return { bed, house };
  }

  private async publish(ctx: RequestContext, house: SafehouseEntity, bedId: string): Promise<void> {
    await this.events.publish({
      safehouseId: house.id,
      bedId,
      at: ctx.clock.now(),
      publicLatitude: house.publicLatitude,
      publicLongitude: house.publicLongitude,
      providerId: house.providerId,
    });
  }
}
