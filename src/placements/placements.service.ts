import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AvailabilityService, DeclinedBy } from '../availability/availability.service';
import { AccessPolicy } from '../common/access/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { ErrorReason } from '../common/errors/error-reason';
import { Connection, CursorShape, checkPageRequest, toConnection } from '../common/pagination/connection';
import { addLondonDays } from '../common/clock';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { Settings } from '../config/settings';
import { BedsService } from '../safehouses/beds.service';
import { OccupationKind } from '../safehouses/occupation-kind';
import { BedOccupationsService } from '../safehouses/bed-occupations.service';
import { SafehouseKind } from '../safehouses/safehouse-kind';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { SupportCasesService } from '../support-cases/support-cases.service';
import { AssignmentRole } from '../support-workers/assignment-role';
import { SupportWorkerAssignment, SupportWorkerSuggestion } from '../support-workers/support-worker.model';
import { AssignSupportWorkerInput } from '../support-workers/support-worker.inputs';
import { SupportWorkersService } from '../support-workers/support-workers.service';
import { Candidate, assertEligible } from '../survivors/eligibility';
import { SurvivorInput } from '../survivors/survivor.input';
import { SurvivorsService } from '../survivors/survivors.service';
import { NotificationsService } from '../notifications/notifications.service';
import { placementNotices } from './placement-notices';
import { CancelReason, DeclineReason, MoveOnDestination, PlacementOrder, PlacementStatus } from './placement-enums';
import { STATUS_IN_WORDS, Transition, invalidTransition } from './placement-words';
import { effectiveStatus, effectiveStatusSql } from './placement-status';
import { PlacementEntity } from './placement.entity';
import { PlacementEvents } from './placement-events';
import { ConfirmPlacementInput } from './confirm-placement.input';
import { DirectPlacementInput } from './direct-placement.input';
import { HoldBedInput } from './hold-bed.input';
import { PlacementFilter } from './placement-filter.input';
import { Metrics } from '../metrics/metrics.service';

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
/** How far a device's clock may be off in a time it reports (an arrival, a departure). */
const CLOCK_SLACK_MS = 5 * MINUTE_MS;
/** How long a cancellation after an address was read keeps counting against the hold cap. */
const REVEALED_CANCELLATION_COUNTS_MS = DAY_MS;
/** How far in the past a stay may start (a person already on their way in). */
const PAST_START_MS = 60 * MINUTE_MS;
/** Newest first: created at, then id. */
/** Where a placement with no acceptance deadline sorts among those that have one: after them all. */
const NO_DEADLINE = new Date('9999-12-31T00:00:00.000Z');

/**
 * Each order of the placements list: its key (one timestamp, then the id, so pages never overlap)
 * and its own cursor, so a cursor from one order is refused by the other.
 */
const PLACEMENT_ORDERS: Record<
  PlacementOrder,
  {
    key: string;
    direction: 'ASC' | 'DESC';
    after: '<' | '>';
    keyOf: (row: PlacementEntity) => Date;
    cursor: CursorShape;
  }
> = {
  [PlacementOrder.NEWEST_FIRST]: {
    key: 'p.created_at',
    direction: 'DESC',
    after: '<',
    keyOf: (row) => row.createdAt,
    cursor: { list: 'placements', parts: ['timestamp', 'uuid'] },
  },
  [PlacementOrder.ACCEPTANCE_DUE_FIRST]: {
    key: `COALESCE(p.acceptance_due_at, '${NO_DEADLINE.toISOString()}'::timestamptz)`,
    direction: 'ASC',
    after: '>',
    keyOf: (row) => row.acceptanceDueAt ?? NO_DEADLINE,
    cursor: { list: 'placementsByDue', parts: ['timestamp', 'uuid'] },
  },
};

/** A bed in service and its house, as the safehouses module gives them. */
type House = NonNullable<Awaited<ReturnType<BedsService['houseOf']>>>;
type Bed = House['bed'];
type Safehouse = House['safehouse'];

/**
 * Holds and placements, from "this bed" to departure (CONTRACT.md, Availability and placements).
 * Every state change locks the placement row, checks the transition against the status as of now,
 * and changes the bed's occupation in the same transaction; the exclusion constraint on
 * bed_occupation, not this code, is what makes a double booking impossible.
 */
@Injectable()
export class PlacementsService {
  constructor(
    private readonly settings: Settings,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly occupations: BedOccupationsService,
    private readonly idempotency: IdempotencyService,
    private readonly events: PlacementEvents,
    private readonly assignments: SupportWorkersService,
    private readonly survivors: SurvivorsService,
    private readonly cases: SupportCasesService,
    private readonly beds: BedsService,
    private readonly demand: AvailabilityService,
    private readonly metrics: Metrics,
    private readonly notifications: NotificationsService,
  ) {}

  // ------------------------------------------------------------------ duty officer

  async hold(ctx: RequestContext, input: HoldBedInput): Promise<PlacementEntity> {
    const now = ctx.clock.now();
    const from = input.from ?? now;
    this.checkStay(from, input.nights, now, 'input.from');
    if (
      input.arrivingAt &&
      (input.arrivingAt < new Date(from.getTime() - DAY_MS) || input.arrivingAt >= this.until(from, input.nights))
    ) {
      throw DomainError.badInput('input.arrivingAt', 'input.arrivingAt must fall within the stay.');
    }
    const { idempotencyKey, ...request } = input;
    return this.changing(ctx, async (tx) => {
      const { replayedId, result } = await this.idempotency.once(tx, 'holdBed', idempotencyKey, request, async () => {
        const actor = tx.user;
        await this.assertUnderHoldCap(tx, now);
        const { bed, safehouse } = await this.house(tx, input.bedId, 'input.bedId');
        this.assertReferralsOpen(safehouse);
        this.checkKindLimit(safehouse, input.nights);
        const placement = await tx.manager.save(
          tx.manager.create(PlacementEntity, {
            bedId: bed.id,
            safehouseId: safehouse.id,
            providerId: safehouse.providerId,
            survivorId: null,
            status: PlacementStatus.HELD,
            from,
            nights: input.nights,
            arrivingAt: input.arrivingAt ?? null,
            holdExpiresAt: new Date(now.getTime() + this.settings.HOLD_MINUTES * MINUTE_MS),
            referrerId: actor.userId,
            referrerOrganisationId: actor.organisationId!,
          }),
        );
        await this.occupations.claim(tx, {
          bedId: bed.id,
          kind: OccupationKind.HOLD,
          from,
          until: this.until(from, input.nights),
          expiresAt: placement.holdExpiresAt,
          placementId: placement.id,
        });
        await this.audit.record(tx, { action: 'placement.hold', entityType: 'Placement', entityId: placement.id });
        return placement;
      });
      return replayedId
        ? { placement: await this.byId(tx, replayedId), changed: false }
        : { placement: result!, changed: true };
    });
  }

  async release(ctx: RequestContext, id: string): Promise<PlacementEntity> {
    return this.transition(ctx, id, 'referrer', [PlacementStatus.HELD], 'placement.release', async (tx, p) => {
      p.status = PlacementStatus.RELEASED;
      await this.occupations.release(tx, p.id);
    });
  }

  async confirm(ctx: RequestContext, input: ConfirmPlacementInput): Promise<PlacementEntity> {
    const { idempotencyKey, ...request } = input;
    return this.changing(ctx, async (tx) => {
      const { replayedId, result } = await this.idempotency.once(
        tx,
        'confirmPlacement',
        idempotencyKey,
        request,
        async () => {
          const now = tx.clock.now();
          const placement = await this.lockForActor(tx, input.placementId, 'referrer');
          const status = effectiveStatus(placement, now);
          if (placement.status === PlacementStatus.HELD && status === PlacementStatus.EXPIRED) {
            throw DomainError.rule(
              ErrorReason.HOLD_EXPIRED,
              'This hold has expired and the bed may have gone. Search again and hold a bed.',
            );
          }
          if (status !== PlacementStatus.HELD) throw invalidTransition(status, 'confirm');
          const { bed, safehouse } = await this.house(tx, placement.bedId, 'input.placementId');
          this.assertReferralsOpen(safehouse);
          this.assertEligible(fromInput(input.survivor), bed, safehouse);
          const survivor = await this.survivors.create(tx, input.survivor, placement.referrerOrganisationId);
          placement.survivorId = survivor.id;
          if (safehouse.instantBooking) {
            placement.status = PlacementStatus.CONFIRMED;
            placement.acceptedAt = now;
            placement.supportCaseId = await this.cases.openForPlacement(tx, survivor.id, placement.providerId);
            await this.occupations.settle(tx, placement.id, null);
          } else {
            // Both deadlines are fixed now: a later change of setting moves neither.
            placement.status = PlacementStatus.AWAITING_ACCEPTANCE;
            placement.acceptanceDueAt = new Date(now.getTime() + this.settings.ACCEPTANCE_MINUTES * MINUTE_MS);
            placement.acceptanceExpiresAt = new Date(
              now.getTime() + this.settings.ACCEPTANCE_EXPIRY_MINUTES * MINUTE_MS,
            );
            await this.occupations.settle(tx, placement.id, placement.acceptanceExpiresAt);
          }
          await tx.manager.save(placement);
          await this.audit.record(tx, { action: 'placement.confirm', entityType: 'Placement', entityId: placement.id });
          // Someone must answer (or, booked instantly, someone is on the way): told with the referral, or neither.
          await this.notifications.enqueue(
            tx,
            safehouse.instantBooking
              ? placementNotices.received(placement, safehouse.name, placement.arrivingAt ?? placement.from, true)
              : placementNotices.received(placement, safehouse.name, placement.acceptanceDueAt!),
          );
          return placement;
        },
      );
      return replayedId
        ? { placement: await this.byId(tx, replayedId), changed: false }
        : { placement: result!, changed: true };
    });
  }

  async cancel(
    ctx: RequestContext,
    id: string,
    reason: string,
    why: CancelReason | null = null,
  ): Promise<PlacementEntity> {
    const before = [PlacementStatus.HELD, PlacementStatus.AWAITING_ACCEPTANCE, PlacementStatus.CONFIRMED];
    return this.transition(ctx, id, 'either', before, 'placement.cancel', async (tx, p, house) => {
      await this.cancelWithin(tx, p, reason, why);
      // A place the person turned down is demand a bed did not meet, as a provider's decline is.
      if (why === CancelReason.SURVIVOR_DECLINED) await this.countDecline(tx, p, house.safehouse, 'survivor');
    });
  }

  /**
   * A cancellation inside the caller's transaction (completeMoveOn cancels a booking the person
   * moved on before using): the bed is freed, the referral's assignments end, and the case's
   * closing rules run; a referrer's cancellation after the address was read counts against their cap.
   */
  async cancelWithin(
    tx: RequestContext,
    p: PlacementEntity,
    reason: string,
    why: CancelReason | null = null,
  ): Promise<void> {
    const afterReveal = p.status === PlacementStatus.CONFIRMED && (await this.addressReachedReferrer(tx, p));
    p.status = PlacementStatus.CANCELLED;
    p.statusReason = reason;
    p.cancelReason = why;
    if (afterReveal) {
      p.cancelledAfterRevealAt = tx.clock.now();
      await this.audit.record(tx, { action: 'placement.cancel_after_reveal', entityType: 'Placement', entityId: p.id });
    }
    await this.occupations.release(tx, p.id);
    await this.assignments.endAllForReferral(tx, p.id, 'placement cancelled');
    await tx.manager.save(p);
    if (p.supportCaseId)
      await this.cases.placementEnded(tx, p.supportCaseId, { how: 'cancelled', supportGoesOn: false });
  }

  // ------------------------------------------------------------------ provider

  async accept(ctx: RequestContext, id: string): Promise<PlacementEntity> {
    return this.transition(
      ctx,
      id,
      'provider',
      [PlacementStatus.AWAITING_ACCEPTANCE],
      'placement.accept',
      async (tx, p, house) => {
        this.assertReferralsOpen(house.safehouse);
        p.status = PlacementStatus.CONFIRMED;
        p.acceptedAt = tx.clock.now();
        p.supportCaseId = await this.cases.openForPlacement(tx, p.survivorId!, p.providerId);
        await this.occupations.settle(tx, p.id, null);
        await this.assignments.attachToCase(tx, p.id, p.supportCaseId);
        await this.notifications.enqueue(tx, placementNotices.answered(p, house.safehouse.name, 'accepted'));
      },
    );
  }

  async decline(ctx: RequestContext, id: string, reason: DeclineReason, note?: string): Promise<PlacementEntity> {
    return this.transition(
      ctx,
      id,
      'provider',
      [PlacementStatus.AWAITING_ACCEPTANCE],
      'placement.decline',
      async (tx, p, house) => {
        p.status = PlacementStatus.DECLINED;
        p.declineReason = reason;
        p.statusReason = note ?? null;
        await this.occupations.release(tx, p.id);
        await this.assignments.endAllForReferral(tx, p.id, 'referral declined');
        await this.countDecline(tx, p, house.safehouse, 'provider');
        await this.notifications.enqueue(tx, placementNotices.answered(p, house.safehouse.name, 'declined'));
      },
    );
  }

  async recordArrival(ctx: RequestContext, id: string, at?: Date): Promise<PlacementEntity> {
    const arrivedAt = this.pastInstant(ctx, at, 'at');
    return this.transition(ctx, id, 'provider', [PlacementStatus.CONFIRMED], 'placement.arrive', async (tx, p) => {
      // Nobody arrives in a bed before it was theirs (and not in 1970): the confirmation, by the
      // service's clock, with the slack a device's clock may need.
      if (p.acceptedAt && arrivedAt.getTime() < p.acceptedAt.getTime() - CLOCK_SLACK_MS) {
        throw DomainError.badInput('at', 'at must not be before the placement was confirmed.');
      }
      // Someone who came before the stay's start is in the bed from then: the stay starts at the
      // arrival, or the bed would show free, and be offered, under a person living in it. When it
      // is someone else's until the booked start, the constraint refuses (BED_UNAVAILABLE).
      const early = arrivedAt < p.from;
      if (early) p.from = arrivedAt;
      p.status = PlacementStatus.ARRIVED;
      p.arrivedAt = arrivedAt;
      // A resident keeps the bed until the departure is recorded, whatever the planned end said.
      await this.occupations.reperiod(tx, p.id, p.from, null).catch((error: unknown) => {
        if (early && error instanceof DomainError && error.reason === ErrorReason.BED_UNAVAILABLE) {
          throw DomainError.rule(
            ErrorReason.BED_UNAVAILABLE,
            'This bed is held, booked or out of service before this stay starts: record the arrival from the booked start, or move the person to a free bed.',
          );
        }
        throw error;
      });
    });
  }

  async recordNoShow(ctx: RequestContext, id: string): Promise<PlacementEntity> {
    return this.transition(ctx, id, 'provider', [PlacementStatus.CONFIRMED], 'placement.no_show', async (tx, p) => {
      p.status = PlacementStatus.NO_SHOW;
      await this.occupations.release(tx, p.id);
      await tx.manager.save(p);
      if (p.supportCaseId)
        await this.cases.placementEnded(tx, p.supportCaseId, { how: 'no_show', supportGoesOn: false });
    });
  }

  async recordDeparture(ctx: RequestContext, id: string, departure: Departure): Promise<PlacementEntity> {
    return this.changing(ctx, async (tx) => ({
      placement: await this.departWithin(tx, id, departure),
      changed: true,
    }));
  }

  /**
   * A departure inside the caller's transaction (completeMoveOn uses it too): the bed is free from
   * `at`, the case's closing rules run (CONTRACT.md, Support cases), and MISSING raises its own
   * audit event. Publishes nothing: the caller does, once committed.
   */
  async departWithin(tx: RequestContext, id: string, departure: Departure): Promise<PlacementEntity> {
    const { destination, at, field = 'at' } = departure;
    const departedAt = this.pastInstant(tx, at, field);
    const p = await this.lockForActor(tx, id, 'provider');
    const status = effectiveStatus(p, tx.clock.now());
    if (status !== PlacementStatus.ARRIVED) throw invalidTransition(status, 'depart');
    if (departedAt <= p.from || (p.arrivedAt && departedAt < p.arrivedAt)) {
      throw DomainError.badInput(field, `${field} must be after the arrival.`);
    }
    p.status = PlacementStatus.DEPARTED;
    p.departedAt = departedAt;
    p.destination = destination;
    await this.occupations.reperiod(tx, p.id, p.from, departedAt);
    await tx.manager.save(p);
    if (p.supportCaseId && !departure.caseClosedByCaller) {
      const supportGoesOn = departure.continueOutreach === true || SUPPORT_GOES_ON.includes(destination);
      await this.cases.placementEnded(tx, p.supportCaseId, { how: 'departed', supportGoesOn });
    }
    await this.audit.record(tx, { action: 'placement.depart', entityType: 'Placement', entityId: p.id });
    if (destination === MoveOnDestination.MISSING) {
      // A safeguarding concern: its own audit event, so it can be found and followed up at once.
      await this.audit.record(tx, { action: 'placement.missing', entityType: 'Placement', entityId: p.id });
      const house = await this.beds.houseOf(tx, p.bedId);
      await this.notifications.enqueue(tx, placementNotices.missing(p, house?.safehouse.name ?? 'your house'));
    }
    return p;
  }

  /**
   * placeDirectly: a person the provider takes on another way (a phone referral, a self-referral),
   * as a new survivor with a new case; or, with `supportCaseId`, a person it already supports,
   * whose OPEN case the placement joins (moving house keeps the case, and an OPEN case whose support
   * has not ended may move house whatever the NRM decision).
   */
  async placeDirectly(ctx: RequestContext, input: DirectPlacementInput): Promise<PlacementEntity> {
    const now = ctx.clock.now();
    const from = input.from ?? now;
    this.checkStay(from, input.nights, now, 'input.from');
    if (input.arrived && from > now)
      throw DomainError.badInput('input.from', 'A person already in the house cannot start a stay in the future.');
    if ((input.survivor === undefined) === (input.supportCaseId === undefined)) {
      throw DomainError.badInput(
        'input.survivor',
        'Give input.survivor for a new person, or input.supportCaseId for a person you already support, not both.',
      );
    }
    const { idempotencyKey, ...request } = input;
    return this.changing(ctx, async (tx) => {
      const { replayedId, result } = await this.idempotency.once(
        tx,
        'placeDirectly',
        idempotencyKey,
        request,
        async () => {
          const { bed, safehouse } = await this.house(tx, input.bedId, 'input.bedId');
          this.access.assertManagesProvider(tx, safehouse.providerId);
          this.assertReferralsOpen(safehouse);
          this.checkKindLimit(safehouse, input.nights);
          let survivorId: string;
          let supportCaseId: string;
          if (input.supportCaseId) {
            const supported = await this.cases.forNewPlacement(
              tx,
              input.supportCaseId,
              safehouse.providerId,
              'input.supportCaseId',
            );
            const person = await this.survivors.entity(tx, supported.survivorId);
            this.assertEligible(fromSupported(person), bed, safehouse, this.cases.supportGoesOn(tx, supported));
            survivorId = person.id;
            supportCaseId = supported.id;
          } else {
            this.assertEligible(fromInput(input.survivor!), bed, safehouse);
            survivorId = (await this.survivors.create(tx, input.survivor!, safehouse.providerId)).id;
            supportCaseId = await this.cases.openForPlacement(tx, survivorId, safehouse.providerId);
          }
          const placement = await tx.manager.save(
            tx.manager.create(PlacementEntity, {
              bedId: bed.id,
              safehouseId: safehouse.id,
              providerId: safehouse.providerId,
              survivorId,
              supportCaseId,
              status: input.arrived ? PlacementStatus.ARRIVED : PlacementStatus.CONFIRMED,
              from,
              nights: input.nights,
              acceptedAt: now,
              arrivedAt: input.arrived ? now : null,
              referrerId: tx.user.userId,
              referrerOrganisationId: safehouse.providerId,
            }),
          );
          await this.occupations.claim(tx, {
            bedId: bed.id,
            kind: OccupationKind.PLACEMENT,
            from,
            until: input.arrived ? null : this.until(from, input.nights),
            placementId: placement.id,
          });
          await this.audit.record(tx, {
            action: 'placement.place_directly',
            entityType: 'Placement',
            entityId: placement.id,
          });
          return placement;
        },
      );
      return replayedId
        ? { placement: await this.byId(tx, replayedId), changed: false }
        : { placement: result!, changed: true };
    });
  }

  // ------------------------------------------------------------------ support workers, through a placement or a case

  /**
   * assignSupportWorker: through a placement (its case, once the provider took the person on; the
   * referral itself while it awaits acceptance) or a case (OPEN, of a provider the caller manages).
   * The placement or case row is locked first, so an acceptance moving a referral's assignments to
   * its case cannot miss one made at the same moment.
   */
  async assign(ctx: RequestContext, input: AssignSupportWorkerInput): Promise<SupportWorkerAssignment> {
    const target = onePlacementOrCase(input.placementId, input.supportCaseId, 'input');
    return ctx.transaction(async (tx) => {
      if (target.supportCaseId) {
        const found = await this.cases.lockManaged(tx, target.supportCaseId);
        this.cases.assertOpen(found);
        const live = await this.livePlacementOf(tx, found.id);
        return this.assignments.assignWithin(
          tx,
          { supportCaseId: found.id, placementId: live?.id ?? null, providerId: found.providerId },
          input.supportWorkerId,
          input.role,
        );
      }
      const placement = await tx.manager
        .createQueryBuilder(PlacementEntity, 'p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id: target.placementId })
        .getOne();
      if (!placement || !this.access.managesProvider(tx, placement.providerId))
        throw DomainError.badInput('input.placementId', 'input.placementId names no placement of yours.');
      const status = effectiveStatus(placement, tx.clock.now());
      if (!ASSIGNABLE.includes(status)) {
        throw DomainError.rule(
          ErrorReason.INVALID_TRANSITION,
          `A support worker can be assigned only to a placement awaiting acceptance, confirmed or arrived; this one is ${STATUS_IN_WORDS[status]}.`,
        );
      }
      if (placement.supportCaseId) {
        const found = await this.cases.lockManaged(tx, placement.supportCaseId);
        this.cases.assertOpen(found);
        return this.assignments.assignWithin(
          tx,
          { supportCaseId: found.id, placementId: placement.id, providerId: found.providerId },
          input.supportWorkerId,
          input.role,
        );
      }
      return this.assignments.assignWithin(
        tx,
        { supportCaseId: null, placementId: placement.id, providerId: placement.providerId },
        input.supportWorkerId,
        input.role as AssignmentRole,
      );
    });
  }

  /** suggestSupportWorkers for a placement's person or a case's: ranked by the person's needs while the provider may see them. */
  async suggest(
    ctx: RequestContext,
    placementId: string | undefined,
    supportCaseId: string | undefined,
    limit: number,
  ): Promise<SupportWorkerSuggestion[]> {
    const target = onePlacementOrCase(placementId, supportCaseId, '');
    let providerId: string;
    let survivorId: string | null;
    if (target.supportCaseId) {
      const found = await this.cases.load(ctx, target.supportCaseId);
      if (!found || !this.access.managesProvider(ctx, found.providerId)) throw DomainError.notFound('support case');
      providerId = found.providerId;
      survivorId = found.survivorId;
    } else {
      const placement = await ctx.manager.findOneBy(PlacementEntity, { id: target.placementId });
      if (!placement || !this.access.managesProvider(ctx, placement.providerId))
        throw DomainError.notFound('placement');
      providerId = placement.providerId;
      survivorId = placement.survivorId;
    }
    const person = survivorId ? await this.survivors.visibleEntity(ctx, survivorId) : null;
    return this.assignments.suggest(ctx, providerId, person, limit);
  }

  /** The case's placements the caller may see, oldest first. */
  async ofCase(ctx: RequestContext, supportCaseId: string): Promise<PlacementEntity[]> {
    return ctx
      .loader<string, PlacementEntity[]>('placements.ofCase', async (ids) => {
        const scope = this.access.visiblePlacements(ctx, 'p');
        const rows = await ctx.manager
          .createQueryBuilder(PlacementEntity, 'p')
          .where('p.support_case_id IN (:...ids)', { ids })
          .andWhere(scope.where, scope.params)
          .orderBy('p.created_at')
          .addOrderBy('p.id')
          .getMany();
        return ids.map((id) => rows.filter((row) => row.supportCaseId === id));
      })
      .load(supportCaseId);
  }

  /** The case's placement that holds a bed now (CONFIRMED or ARRIVED), else null. */
  async livePlacementOf(tx: RequestContext, supportCaseId: string): Promise<PlacementEntity | null> {
    return tx.manager.findOne(PlacementEntity, {
      where: { supportCaseId, status: In([PlacementStatus.CONFIRMED, PlacementStatus.ARRIVED]) },
      order: { createdAt: 'DESC' },
    });
  }

  /** A placement by id whoever asks, for a rule that checks the caller itself (createMoveOnPlan). */
  async find(tx: RequestContext, id: string): Promise<PlacementEntity | null> {
    return tx.manager.findOneBy(PlacementEntity, { id });
  }

  /** Locks a placement by id for a change made by another module inside its transaction. */
  async lockWithin(tx: RequestContext, id: string): Promise<PlacementEntity> {
    return (await tx.manager
      .createQueryBuilder(PlacementEntity, 'p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id })
      .getOne())!;
  }

  /** Retention: the cancel and decline notes written on these people's placements. */
  async eraseNotesAbout(tx: RequestContext, survivorIds: string[]): Promise<void> {
    await tx.manager.query(
      `UPDATE placement SET status_reason = NULL WHERE survivor_id = ANY($1::uuid[]) AND status_reason IS NOT NULL`,
      [survivorIds],
    );
  }

  // ------------------------------------------------------------------ reads

  /** NOT_FOUND for a placement the caller may not see. */
  async get(ctx: RequestContext, id: string): Promise<PlacementEntity> {
    const scope = this.access.visiblePlacements(ctx, 'p');
    const placement = await ctx.manager
      .createQueryBuilder(PlacementEntity, 'p')
      .where('p.id = :id', { id })
      .andWhere(scope.where, scope.params)
      .getOne();
    if (!placement) throw DomainError.notFound('placement');
    return placement;
  }

  async list(
    ctx: RequestContext,
    filter: PlacementFilter | undefined,
    first?: number,
    after?: string,
    orderBy?: PlacementOrder | null,
  ): Promise<Connection<PlacementEntity>> {
    const order = PLACEMENT_ORDERS[orderBy ?? PlacementOrder.NEWEST_FIRST]; // null: the default, as left out
    const page = checkPageRequest(first, after, order.cursor);
    const scope = this.access.visiblePlacements(ctx, 'p');
    const query = ctx.manager.createQueryBuilder(PlacementEntity, 'p').where(scope.where, scope.params);
    if (filter?.safehouseId) query.andWhere('p.safehouse_id = :safehouseId', { safehouseId: filter.safehouseId });
    if (filter?.providerId) query.andWhere('p.provider_id = :providerId', { providerId: filter.providerId });
    if (filter?.survivorId) query.andWhere('p.survivor_id = :survivorId', { survivorId: filter.survivorId });
    if (filter?.statuses?.length) {
      query.andWhere(`${effectiveStatusSql('p', ':now')} IN (:...statuses)`, {
        now: ctx.clock.now(),
        statuses: filter.statuses,
      });
    }
    const totalCount = await query.getCount();
    if (page.after) {
      const [at, id] = page.after;
      query.andWhere(`(${order.key}, p.id) ${order.after} (:at, :afterId)`, { at: new Date(at), afterId: id });
    }
    const rows = await query
      .orderBy(order.key, order.direction)
      .addOrderBy('p.id', order.direction)
      .limit(page.first + 1)
      .getMany();
    return toConnection(rows, page, order.cursor, (row) => [order.keyOf(row).toISOString(), row.id], totalCount);
  }

  /** The end of the nights booked: `nights` London calendar days after `from`, as the search counts them. */
  until(from: Date, nights: number): Date {
    return addLondonDays(from, nights);
  }

  // ------------------------------------------------------------------ the machinery

  /**
   * Runs a change in a transaction, then (committed) tells subscribers. An idempotent replay
   * changes nothing and tells no one.
   */
  private async changing(
    ctx: RequestContext,
    work: (tx: RequestContext) => Promise<{ placement: PlacementEntity; changed: boolean }>,
  ): Promise<PlacementEntity> {
    const { placement, changed } = await ctx.transaction(work);
    if (!changed) return placement;
    this.metrics.placementChanged(placement.status);
    if (placement.status === PlacementStatus.HELD) this.metrics.hold();
    this.notifications.wake();
    await this.events.changed(ctx, placement);
    return placement;
  }

  private async transition(
    ctx: RequestContext,
    id: string,
    who: 'referrer' | 'provider' | 'either',
    from: PlacementStatus[],
    action: `placement.${Transition}`,
    apply: (tx: RequestContext, placement: PlacementEntity, house: House) => Promise<void>,
  ): Promise<PlacementEntity> {
    return this.changing(ctx, async (tx) => {
      const placement = await this.lockForActor(tx, id, who);
      const status = effectiveStatus(placement, tx.clock.now());
      if (!from.includes(status)) throw invalidTransition(status, action.slice('placement.'.length) as Transition);
      const house = await this.house(tx, placement.bedId, 'placementId');
      await apply(tx, placement, house);
      await tx.manager.save(placement);
      await this.audit.record(tx, { action, entityType: 'Placement', entityId: placement.id });
      return { placement, changed: true };
    });
  }

  /** Locks a placement the actor may act on: its referrer's organisation, or the provider's staff. */
  private async lockForActor(
    tx: RequestContext,
    id: string,
    who: 'referrer' | 'provider' | 'either',
  ): Promise<PlacementEntity> {
    const placement = await tx.manager
      .createQueryBuilder(PlacementEntity, 'p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id })
      .getOne();
    const allowed = placement && this.access.actsOnPlacement(tx, placement, who);
    if (!allowed) throw DomainError.notFound('placement');
    return placement;
  }

  private async byId(tx: RequestContext, id: string): Promise<PlacementEntity> {
    return tx.manager.findOneByOrFail(PlacementEntity, { id });
  }

  private async house(tx: RequestContext, bedId: string, field: string): Promise<House> {
    const house = await this.beds.houseOf(tx, bedId);
    if (!house) throw DomainError.badInput(field, `${field} does not name a bed in service.`);
    return house;
  }

  /**
   * The hold cap (CONTRACT.md, Availability and placements): what a duty officer has claimed and
   * not started, whatever its status says, so confirming a hold with a made-up person frees
   * nothing: HELD and AWAITING_ACCEPTANCE until they lapse, CONFIRMED until the arrival (an arrived
   * placement is ARRIVED); and for 24 hours, each booking cancelled after its address was given
   * (cancel). Exact under concurrency: the user's claims are serialised by a lock taken
   * before the count and held to the commit, so a parallel claim of the same user waits and then,
   * in a new statement under READ COMMITTED, counts this one. Every new claim of a referrer is a
   * hold, so the cap is checked here and only here; the later steps of a claim keep it counted.
   */
  private async assertUnderHoldCap(tx: RequestContext, now: Date): Promise<void> {
    const { userId } = tx.user;
    await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hold-limit:${userId}`]);
    const claimed = await tx.manager
      .createQueryBuilder(PlacementEntity, 'p')
      .where('p.referrer_id = :userId', { userId })
      .andWhere(
        `((p.status IN ('HELD', 'AWAITING_ACCEPTANCE', 'CONFIRMED') AND ${effectiveStatusSql('p', ':now')} <> 'EXPIRED')
          OR p.cancelled_after_reveal_at > :revealedSince)`,
        { now, revealedSince: new Date(now.getTime() - REVEALED_CANCELLATION_COUNTS_MS) },
      )
      .getCount();
    if (claimed >= this.settings.MAX_ACTIVE_HOLDS_PER_USER) {
      throw DomainError.rule(
        ErrorReason.HOLD_LIMIT,
        `You already have ${claimed} beds held or booked for people who have not arrived yet, the most one person may have (a booking cancelled after you were given its address counts for 24 hours). Release a hold you no longer need before holding another.`,
      );
    }
  }

  /**
   * Whether a duty officer cancelling a booking had been given its house's address: a
   * `safehouse.address.read` of the house by anyone of the referring organisation since the
   * booking was made (CONTRACT.md says "by that user"; a colleague reading what another booked is
   * the same harvest). The reads are in the audit log, where every reveal is written; a
   * cancellation by the provider or ADMIN is not the referrer's, and does not count.
   */
  private async addressReachedReferrer(tx: RequestContext, placement: PlacementEntity): Promise<boolean> {
    if (tx.user.role !== Role.DUTY_OFFICER) return false;
    const [row] = (await tx.manager.query(
      `SELECT EXISTS (SELECT 1 FROM audit_event e
        WHERE e.entity_type = 'Safehouse' AND e.entity_id = $1 AND e.action = 'safehouse.address.read'
          AND e.actor_organisation_id = $2 AND e.at >= $3) AS revealed`,
      [placement.safehouseId, placement.referrerOrganisationId, placement.createdAt],
    )) as { revealed: boolean }[];
    return row.revealed;
  }

  private assertReferralsOpen(safehouse: Safehouse): void {
    if (safehouse.referralsSuspended) {
      throw DomainError.rule(
        ErrorReason.REFERRALS_SUSPENDED,
        'Referrals to this safehouse are suspended by its commissioner. Please choose another safehouse.',
      );
    }
  }

  private assertEligible(person: Candidate, bed: Bed, safehouse: Safehouse, supportedNow = false): void {
    assertEligible(
      person,
      {
        kind: safehouse.kind,
        acceptsGenders: safehouse.acceptsGenders,
        acceptsDependants: safehouse.acceptsDependants,
        acceptsBoysUpToAge: safehouse.acceptsBoysUpToAge,
        bedSleeps: bed.sleeps,
        bedAccessible: bed.accessible,
      },
      supportedNow,
    );
  }

  private checkKindLimit(safehouse: Safehouse, nights: number): void {
    if (safehouse.kind === SafehouseKind.PRE_NRM_EMERGENCY && nights > this.settings.PRE_NRM_MAX_NIGHTS) {
      throw DomainError.badInput(
        'input.nights',
        `A pre-NRM emergency stay is at most ${this.settings.PRE_NRM_MAX_NIGHTS} nights.`,
      );
    }
  }

  private checkStay(from: Date, nights: number, now: Date, field: string): void {
    if (from.getTime() < now.getTime() - PAST_START_MS)
      throw DomainError.badInput(field, `${field} must not be in the past.`);
    if (from.getTime() > now.getTime() + 365 * DAY_MS)
      throw DomainError.badInput(field, `${field} must be within a year.`);
    if (!Number.isInteger(nights) || nights < 1 || nights > 365)
      throw DomainError.badInput('input.nights', 'input.nights must be 1 to 365.');
  }

  /** An instant that has happened (defaults to now); a little clock skew is allowed. */
  private pastInstant(ctx: RequestContext, at: Date | undefined, field: string): Date {
    const now = ctx.clock.now();
    if (!at) return now;
    if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + CLOCK_SLACK_MS) {
      throw DomainError.badInput(field, `${field} must not be in the future.`);
    }
    return at;
  }

  /**
   * A decline, by the provider or by the person, is unmet demand: counted by need alone, as
   * searches are. A hold turned down before anyone was named has no need to count.
   */
  private async countDecline(
    tx: RequestContext,
    placement: PlacementEntity,
    safehouse: Safehouse,
    by: DeclinedBy,
  ): Promise<void> {
    const survivor = placement.survivorId ? await this.survivors.entity(tx, placement.survivorId) : null;
    if (!survivor) return;
    await this.demand.countDecline(
      tx,
      {
        gender: survivor.gender,
        withDependants: survivor.dependants > 0,
        needsAccessibleBed: survivor.needsAccessibleBed,
        kind: safehouse.kind,
      },
      by,
    );
  }
}

/** A departure: where to, when, and whether the person's support goes on where they go. */
export interface Departure {
  destination: MoveOnDestination;
  at?: Date;
  /** The field `at` came from, for the error naming it. */
  field?: string;
  /** The person moves out but the case goes on as OUTREACH with its support workers. */
  continueOutreach?: boolean;
  /** completeMoveOn closes the case itself, as MOVED_ON, in the same transaction. */
  caseClosedByCaller?: boolean;
}

/** Departures after which the person is still supported: the case stays OPEN as outreach. */
const SUPPORT_GOES_ON: readonly MoveOnDestination[] = [
  MoveOnDestination.HOSPITAL,
  MoveOnDestination.CUSTODY,
  MoveOnDestination.MISSING,
];

const ASSIGNABLE: readonly PlacementStatus[] = [
  PlacementStatus.AWAITING_ACCEPTANCE,
  PlacementStatus.CONFIRMED,
  PlacementStatus.ARRIVED,
];

function fromInput(survivor: SurvivorInput): Candidate {
  return {
    gender: survivor.gender,
    ageStatus: survivor.ageStatus,
    adult: survivor.adult,
    dependants: survivor.dependants ?? 0,
    dependantsDetail: survivor.dependantsDetail ?? [],
    needsAccessibleBed: survivor.needsAccessibleBed ?? false,
    nrmStatus: survivor.nrmStatus,
    consentToReferral: survivor.consentToReferral,
  };
}

/** A person already supported: they were an adult who consented when taken on. */
function fromSupported(person: Omit<Candidate, 'ageStatus' | 'adult' | 'consentToReferral'>): Candidate {
  return {
    gender: person.gender,
    adult: true,
    dependants: person.dependants,
    dependantsDetail: person.dependantsDetail,
    needsAccessibleBed: person.needsAccessibleBed,
    nrmStatus: person.nrmStatus,
    consentToReferral: true,
  };
}

/** Exactly one of a placement and a support case, named as the API names them. */
function onePlacementOrCase(
  placementId: string | undefined | null,
  supportCaseId: string | undefined | null,
  prefix: string,
): { placementId: string; supportCaseId?: undefined } | { supportCaseId: string; placementId?: undefined } {
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  if (placementId && !supportCaseId) return { placementId };
  if (supportCaseId && !placementId) return { supportCaseId };
  throw DomainError.badInput(
    field('placementId'),
    `Give ${field('placementId')} or ${field('supportCaseId')}, not both.`,
  );
}
