import { AuditEventEntity } from '../../src/audit/audit-event.entity';
import { Role } from '../../src/common/roles';
import { SafehouseKind } from '../../src/safehouses/safehouse-kind';
import { SafehouseEntity } from '../../src/safehouses/safehouse.entity';
import { TestApp, errorOf } from '../support/test-app';
import { Login } from '../support/world';

const PLACEMENT_FIELDS = `id status from until holdExpiresAt acceptanceDueAt acceptanceOverdue arrivedAt departedAt destination
  declineReason statusReason outOfHoursPhone safehouse { id address postcode } bed { id } referrer { id } referrerOrganisation { id }`;
const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { ${PLACEMENT_FIELDS} } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { ${PLACEMENT_FIELDS} survivor { id preferredName } } }`;
const RELEASE = `mutation($id: ID!) { releaseHold(placementId: $id) { id status } }`;
const ACCEPT = `mutation($id: ID!) { acceptPlacement(placementId: $id) { id status } }`;
const DECLINE = `mutation($id: ID!) { declinePlacement(placementId: $id, reason: NO_CAPACITY, note: "Full tonight") { id status declineReason statusReason } }`;
const CANCEL = `mutation($id: ID!) { cancelPlacement(placementId: $id, reason: "Placed elsewhere") { id status statusReason } }`;
const ARRIVE = `mutation($id: ID!) { recordArrival(placementId: $id) { id status from until plannedUntil arrivedAt } }`;
const NO_SHOW = `mutation($id: ID!) { recordNoShow(placementId: $id) { id status } }`;
const DEPART = `mutation($id: ID!, $destination: MoveOnDestination!) { recordDeparture(placementId: $id, destination: $destination) { id status until departedAt destination } }`;
const DIRECT = `mutation($input: DirectPlacementInput!) { placeDirectly(input: $input) { ${PLACEMENT_FIELDS} } }`;
const PLACEMENT = `query($id: ID!) { placement(id: $id) { ${PLACEMENT_FIELDS} survivor { id preferredName gender } } }`;

const survivor = (overrides: Record<string, unknown> = {}) => ({
  preferredName: 'Amina',
  gender: 'WOMAN',
  adult: true,
  nrmStatus: 'REFERRED',
  consentToReferral: true,
  languages: ['sq'],
  ...overrides,
});

/** Midnight UTC of the last Sunday of March (when British clocks go forward) still to come. */
function nextLastSundayOfMarch(now: Date): Date {
  for (let year = now.getUTCFullYear(); ; year++) {
    const sunday = new Date(Date.UTC(year, 2, 31));
    sunday.setUTCDate(31 - sunday.getUTCDay());
    if (sunday.getTime() - 86_400_000 > now.getTime()) return sunday;
  }
}

describe('holds and placements', () => {
  let t: TestApp;
  let providerId: string;
  let officer: Login;
  let coordinator: Login;
  let admin: Login;

  beforeAll(async () => {
    t = await TestApp.start({ MAX_ACTIVE_HOLDS_PER_USER: '3' });
    providerId = (await t.world.provider()).id;
    officer = await t.world.login(Role.DUTY_OFFICER);
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    admin = await t.world.login(Role.ADMIN);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  async function house(fields: Partial<SafehouseEntity> = {}) {
    const safehouse = await t.world.safehouse(providerId, fields);
    const bed = await t.world.bed(safehouse.id);
    return { safehouse, bed };
  }

  /** A hold by `by`, or by a new officer of `officer`'s organisation (so the hold cap stays out of the way). */
  async function hold(bedId: string, by?: Login, extra: Record<string, unknown> = {}) {
    const holder = by ?? (await t.world.login(Role.DUTY_OFFICER, officer.organisationId!));
    return t.gql(HOLD, { input: { bedId, nights: 3, ...extra } }, holder.token);
  }

  async function held(bedId: string, by?: Login, extra: Record<string, unknown> = {}) {
    const response = await hold(bedId, by, extra);
    expect(response.errors).toBeUndefined();
    return response.data!.holdBed;
  }

  async function confirmed(bedId: string, by?: Login) {
    const placement = await held(bedId, by);
    const response = await t.gql(
      CONFIRM,
      { input: { placementId: placement.id, survivor: survivor() } },
      (by ?? officer).token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.confirmPlacement;
  }

  it('ends the nights booked at the same London time across a clock change, as the search counts them', async () => {
    // The next spring change: 01:00 GMT on the last Sunday of March. Book from the Saturday, 20:00.
    const sunday = nextLastSundayOfMarch(new Date());
    const at = (days: number, hoursUtc: number, minutes = 0) =>
      new Date(sunday.getTime() + days * 86_400_000 + (hoursUtc * 60 + minutes) * 60_000).toISOString();
    const { bed, safehouse } = await house({ instantBooking: true, area: 'Clock Change Town' });
    const placement = await held(bed.id, undefined, { from: at(-1, 20), nights: 2 });
    expect(placement.until).toBe(at(1, 19)); // Monday 20:00 BST, not 21:00

    const search = async (from: string) => {
      const response = await t.gql(
        `query($input: AvailabilitySearchInput!) { searchAvailability(input: $input) { safehouse { id } } }`,
        {
          input: {
            near: { latitude: 53.4808, longitude: -2.2426 },
            radiusKm: 2,
            from,
            nights: 1,
            guestGender: 'WOMAN',
            limit: 100,
          },
        },
        officer.token,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.searchAvailability.some((row: any) => row.safehouse.id === safehouse.id);
    };
    expect(await search(at(1, 18, 30))).toBe(false);
    expect(await search(at(1, 19))).toBe(true);
    expect(errorOf(await hold(bed.id, undefined, { from: at(1, 18, 30), nights: 1 })).reason).toBe('BED_UNAVAILABLE');
    expect((await hold(bed.id, undefined, { from: at(1, 19), nights: 1 })).errors).toBeUndefined();
  });

  describe('on an instant-booking house', () => {
    it('goes hold → confirmed → arrived → departed, freeing the bed from the departure', async () => {
      const { bed, safehouse } = await house({ instantBooking: true });
      const placement = await held(bed.id);
      expect(placement).toMatchObject({
        status: 'HELD',
        outOfHoursPhone: '+44 20 7946 0000',
        safehouse: { address: null, postcode: null },
      });
      const holdMinutes = (Date.parse(placement.holdExpiresAt) - Date.now()) / 60_000;
      expect(holdMinutes).toBeGreaterThan(44);
      expect(holdMinutes).toBeLessThanOrEqual(45);

      const confirm = await t.gql(
        CONFIRM,
        { input: { placementId: placement.id, survivor: survivor() } },
        officer.token,
      );
      expect(confirm.data!.confirmPlacement).toMatchObject({
        status: 'CONFIRMED',
        safehouse: { address: safehouse.address, postcode: 'M1 1AA' },
      });
      expect(confirm.data!.confirmPlacement.survivor.preferredName).toBe('Amina');

      const arrived = await t.gql(ARRIVE, { id: placement.id }, coordinator.token);
      expect(arrived.data!.recordArrival).toMatchObject({ status: 'ARRIVED', until: null });
      // ...but the nights booked still say when the stay was planned to end
      const { from, plannedUntil } = arrived.data!.recordArrival;
      expect(Date.parse(plannedUntil) - Date.parse(from)).toBe(3 * 86_400_000); // hold() books 3 nights
      // a resident keeps the bed past the planned end
      const later = new Date(Date.now() + 10 * 86_400_000).toISOString();
      expect(errorOf(await hold(bed.id, await t.world.login(Role.DUTY_OFFICER), { from: later })).reason).toBe(
        'BED_UNAVAILABLE',
      );

      const departed = await t.gql(DEPART, { id: placement.id, destination: 'SUPPORTED_HOUSING' }, coordinator.token);
      expect(departed.data!.recordDeparture).toMatchObject({ status: 'DEPARTED', destination: 'SUPPORTED_HOUSING' });
      expect(departed.data!.recordDeparture.until).toBe(departed.data!.recordDeparture.departedAt);
      expect((await hold(bed.id, await t.world.login(Role.DUTY_OFFICER))).errors).toBeUndefined();
    });
  });

  describe('on a house that screens referrals', () => {
    it('awaits acceptance with a deadline, hides the address until accepted, then shows it', async () => {
      const { bed, safehouse } = await house();
      const placement = await held(bed.id);
      const confirm = await t.gql(
        CONFIRM,
        { input: { placementId: placement.id, survivor: survivor() } },
        officer.token,
      );
      const awaiting = confirm.data!.confirmPlacement;
      expect(awaiting).toMatchObject({
        status: 'AWAITING_ACCEPTANCE',
        acceptanceOverdue: false,
        safehouse: { address: null },
      });
      expect(Date.parse(awaiting.acceptanceDueAt) - Date.now()).toBeGreaterThan(29 * 60_000);

      t.clock.advance(31 * 60_000);
      expect((await t.gql(PLACEMENT, { id: placement.id }, officer.token)).data!.placement.acceptanceOverdue).toBe(
        true,
      );

      expect((await t.gql(ACCEPT, { id: placement.id }, coordinator.token)).data!.acceptPlacement.status).toBe(
        'CONFIRMED',
      );
      const seen = await t.gql(PLACEMENT, { id: placement.id }, officer.token);
      expect(seen.data!.placement.safehouse.address).toBe(safehouse.address);
      const reveals = await t.dataSource.manager.countBy(AuditEventEntity, {
        action: 'safehouse.address.read',
        entityId: safehouse.id,
        actorId: officer.userId,
      });
      expect(reveals).toBeGreaterThan(0);
    });

    it('frees the bed on a decline, and counts the decline as unmet demand', async () => {
      const { bed } = await house();
      const placement = await held(bed.id);
      await t.gql(
        CONFIRM,
        { input: { placementId: placement.id, survivor: survivor({ dependants: 0 }) } },
        officer.token,
      );
      const declined = await t.gql(DECLINE, { id: placement.id }, coordinator.token);
      expect(declined.data!.declinePlacement).toMatchObject({
        status: 'DECLINED',
        declineReason: 'NO_CAPACITY',
        statusReason: 'Full tonight',
      });
      expect((await hold(bed.id, await t.world.login(Role.DUTY_OFFICER))).errors).toBeUndefined();
      const [{ declines }] = await t.dataSource.query(
        `SELECT sum(declines)::int AS declines FROM unmet_demand WHERE guest_gender = 'WOMAN'`,
      );
      expect(declines).toBeGreaterThanOrEqual(1);
    });

    it('lets an unanswered referral lapse to EXPIRED on read, freeing the bed, with no job running', async () => {
      const { bed } = await house();
      const placement = await held(bed.id);
      await t.gql(CONFIRM, { input: { placementId: placement.id, survivor: survivor() } }, officer.token);
      t.clock.advance(t.settings.ACCEPTANCE_EXPIRY_MINUTES * 60_000 + 1000);
      expect((await t.gql(PLACEMENT, { id: placement.id }, officer.token)).data!.placement.status).toBe('EXPIRED');
      expect(errorOf(await t.gql(ACCEPT, { id: placement.id }, coordinator.token)).reason).toBe('INVALID_TRANSITION');
      expect((await hold(bed.id, await t.world.login(Role.DUTY_OFFICER))).errors).toBeUndefined();
    });
  });

  describe('holds', () => {
    it('expire after HOLD_MINUTES: they block nothing and cannot be confirmed', async () => {
      const { bed } = await house();
      const placement = await held(bed.id);
      t.clock.advance(45 * 60_000);
      const late = await t.gql(CONFIRM, { input: { placementId: placement.id, survivor: survivor() } }, officer.token);
      expect(errorOf(late)).toMatchObject({ code: 'CONFLICT', reason: 'HOLD_EXPIRED' });
      expect((await t.gql(PLACEMENT, { id: placement.id }, officer.token)).data!.placement.status).toBe('EXPIRED');
      expect((await hold(bed.id, await t.world.login(Role.DUTY_OFFICER))).errors).toBeUndefined();
    });

    it('are capped per user at MAX_ACTIVE_HOLDS_PER_USER, and a release makes room', async () => {
      const me = await t.world.login(Role.DUTY_OFFICER);
      const beds = await Promise.all([1, 2, 3, 4].map(async () => (await house()).bed));
      const first = await held(beds[0].id, me);
      await held(beds[1].id, me);
      await held(beds[2].id, me);
      expect(errorOf(await hold(beds[3].id, me))).toMatchObject({ code: 'CONFLICT', reason: 'HOLD_LIMIT' });
      expect((await t.gql(RELEASE, { id: first.id }, me.token)).data!.releaseHold.status).toBe('RELEASED');
      expect((await hold(beds[3].id, me)).errors).toBeUndefined();
    });

    it('refuse a suspended house, and a pre-NRM stay over PRE_NRM_MAX_NIGHTS', async () => {
      const suspended = await house({ referralsSuspended: true, suspensionReason: 'Inadequate rating' });
      expect(errorOf(await hold(suspended.bed.id))).toMatchObject({ code: 'CONFLICT', reason: 'REFERRALS_SUSPENDED' });
      const emergency = await house({ kind: SafehouseKind.PRE_NRM_EMERGENCY });
      expect(errorOf(await hold(emergency.bed.id, officer, { nights: 15 }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.nights',
      });
      expect((await hold(emergency.bed.id, officer, { nights: 14 })).errors).toBeUndefined();
    });

    it('refuse bad input naming the field, and write nothing', async () => {
      const { bed } = await house();
      const before = await t.dataSource.manager.count(AuditEventEntity);
      expect(errorOf(await hold(bed.id, officer, { nights: 0 }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.nights',
      });
      expect(errorOf(await hold(bed.id, officer, { nights: 366 }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.nights',
      });
      expect(errorOf(await hold(bed.id, officer, { from: '2020-01-01T00:00:00Z' }))).toMatchObject({
        field: 'input.from',
      });
      expect(errorOf(await hold(bed.id, officer, { from: 'yesterday' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.from',
      });
      expect(errorOf(await hold(coordinator.userId))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.bedId' });
      expect(errorOf(await hold('not-an-id'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.bedId' });
      expect(errorOf(await hold(bed.id, officer, { idempotencyKey: 'x' }))).toMatchObject({
        field: 'input.idempotencyKey',
      });
      expect(await t.dataSource.manager.count(AuditEventEntity)).toBe(before);
    });
  });

  describe('eligibility at confirm', () => {
    it.each([
      [{ adult: false }, 'CHILD_REFER_TO_LOCAL_AUTHORITY', /local authority's children's services/],
      [{ consentToReferral: false }, 'CONSENT_REQUIRED', /agree/],
      [{ gender: 'MAN' }, 'NOT_ELIGIBLE', /gender/],
      [{ dependants: 1 }, 'NOT_ELIGIBLE', /dependants/],
      [{ needsAccessibleBed: true }, 'NOT_ELIGIBLE', /accessible/],
      [{ nrmStatus: 'NOT_REFERRED' }, 'NRM_REFERRAL_REQUIRED', /pre-NRM/],
      [{ nrmStatus: 'NEGATIVE_CONCLUSIVE_GROUNDS' }, 'NRM_REFERRAL_REQUIRED', /NRM/],
    ])('refuses %j with %s and keeps the hold', async (overrides, reason, message) => {
      const { bed } = await house();
      const placement = await held(bed.id);
      const refused = await t.gql(
        CONFIRM,
        { input: { placementId: placement.id, survivor: survivor(overrides) } },
        officer.token,
      );
      expect(errorOf(refused)).toMatchObject({ reason });
      expect(errorOf(refused).message).toMatch(message);
      expect(refused.text).not.toContain('Amina');
      expect((await t.gql(PLACEMENT, { id: placement.id }, officer.token)).data!.placement.status).toBe('HELD');
    });

    it('lets a pre-NRM emergency bed take someone not yet referred', async () => {
      const { bed } = await house({ kind: SafehouseKind.PRE_NRM_EMERGENCY, instantBooking: true });
      const placement = await held(bed.id);
      const response = await t.gql(
        CONFIRM,
        { input: { placementId: placement.id, survivor: survivor({ nrmStatus: 'NOT_REFERRED' }) } },
        officer.token,
      );
      expect(response.data!.confirmPlacement.status).toBe('CONFIRMED');
    });

    it('refuses a confirm or an accept once referrals are suspended, and lets confirmed placements stand', async () => {
      const a = await house();
      const b = await house();
      const awaiting = await held(a.bed.id);
      await t.gql(CONFIRM, { input: { placementId: awaiting.id, survivor: survivor() } }, officer.token);
      const holding = await held(b.bed.id);
      await t.dataSource.query('UPDATE safehouse SET referrals_suspended = TRUE WHERE id = ANY($1)', [
        [a.safehouse.id, b.safehouse.id],
      ]);
      expect(errorOf(await t.gql(ACCEPT, { id: awaiting.id }, coordinator.token)).reason).toBe('REFERRALS_SUSPENDED');
      expect(
        errorOf(await t.gql(CONFIRM, { input: { placementId: holding.id, survivor: survivor() } }, officer.token))
          .reason,
      ).toBe('REFERRALS_SUSPENDED');
    });
  });

  describe('transitions', () => {
    type Action = [name: string, run: (id: string) => Promise<any>, allowed: string[]];
    const actions = (): Action[] => [
      ['release', (id) => t.gql(RELEASE, { id }, officer.token), ['HELD']],
      [
        'confirm',
        (id) => t.gql(CONFIRM, { input: { placementId: id, survivor: survivor() } }, officer.token),
        ['HELD'],
      ],
      ['accept', (id) => t.gql(ACCEPT, { id }, coordinator.token), ['AWAITING_ACCEPTANCE']],
      ['decline', (id) => t.gql(DECLINE, { id }, coordinator.token), ['AWAITING_ACCEPTANCE']],
      ['cancel', (id) => t.gql(CANCEL, { id }, officer.token), ['HELD', 'AWAITING_ACCEPTANCE', 'CONFIRMED']],
      ['arrival', (id) => t.gql(ARRIVE, { id }, coordinator.token), ['CONFIRMED']],
      ['no-show', (id) => t.gql(NO_SHOW, { id }, coordinator.token), ['CONFIRMED']],
      ['departure', (id) => t.gql(DEPART, { id, destination: 'UNKNOWN' }, coordinator.token), ['ARRIVED']],
    ];

    /** A fresh placement in the given status. */
    async function inStatus(status: string): Promise<string> {
      const { bed } = await house({ instantBooking: status !== 'AWAITING_ACCEPTANCE' && status !== 'DECLINED' });
      const p = await held(bed.id, await t.world.login(Role.DUTY_OFFICER, officer.organisationId!));
      const confirm = () => t.gql(CONFIRM, { input: { placementId: p.id, survivor: survivor() } }, officer.token);
      switch (status) {
        case 'HELD':
          break;
        case 'RELEASED':
          await t.gql(RELEASE, { id: p.id }, officer.token);
          break;
        case 'EXPIRED':
          await t.dataSource.query(`UPDATE placement SET hold_expires_at = now() - interval '1 minute' WHERE id = $1`, [
            p.id,
          ]);
          break;
        case 'AWAITING_ACCEPTANCE':
        case 'CONFIRMED':
          await confirm();
          break;
        case 'DECLINED':
          await confirm();
          await t.gql(DECLINE, { id: p.id }, coordinator.token);
          break;
        case 'CANCELLED':
          await confirm();
          await t.gql(CANCEL, { id: p.id }, officer.token);
          break;
        case 'NO_SHOW':
          await confirm();
          await t.gql(NO_SHOW, { id: p.id }, coordinator.token);
          break;
        case 'ARRIVED':
          await confirm();
          await t.gql(ARRIVE, { id: p.id }, coordinator.token);
          break;
        case 'DEPARTED':
          await confirm();
          await t.gql(ARRIVE, { id: p.id }, coordinator.token);
          await t.gql(DEPART, { id: p.id, destination: 'UNKNOWN' }, coordinator.token);
          break;
      }
      const seen = await t.gql(PLACEMENT, { id: p.id }, admin.token);
      expect(seen.data!.placement.status).toBe(status);
      return p.id;
    }

    const statuses = [
      'HELD',
      'AWAITING_ACCEPTANCE',
      'CONFIRMED',
      'ARRIVED',
      'DEPARTED',
      'RELEASED',
      'EXPIRED',
      'DECLINED',
      'CANCELLED',
      'NO_SHOW',
    ];

    it.each(statuses)('refuses every action a %s placement does not allow, changing nothing', async (status) => {
      const id = await inStatus(status);
      let refused = 0;
      for (const [name, run, allowed] of actions()) {
        if (allowed.includes(status)) continue;
        const response = await run(id);
        const expected = name === 'confirm' && status === 'EXPIRED' ? 'HOLD_EXPIRED' : 'INVALID_TRANSITION';
        expect({ name, ...errorOf(response) }).toMatchObject({ name, code: 'CONFLICT', reason: expected });
        refused += 1;
      }
      expect(refused).toBeGreaterThan(4);
      expect((await t.gql(PLACEMENT, { id }, admin.token)).data!.placement.status).toBe(status);
    });
  });

  describe('a departure to MISSING', () => {
    it('writes a placement.missing audit event', async () => {
      const { bed } = await house({ instantBooking: true });
      const p = await confirmed(bed.id);
      await t.gql(ARRIVE, { id: p.id }, coordinator.token);
      await t.gql(DEPART, { id: p.id, destination: 'MISSING' }, coordinator.token);
      expect(
        await t.dataSource.manager.countBy(AuditEventEntity, { action: 'placement.missing', entityId: p.id }),
      ).toBe(1);
    });
  });

  describe('placeDirectly', () => {
    it('records a phone referral as CONFIRMED and a person already in as ARRIVED, with the coordinator as referrer', async () => {
      const a = await house();
      const confirmedPlacement = await t.gql(
        DIRECT,
        { input: { bedId: a.bed.id, nights: 5, survivor: survivor() } },
        coordinator.token,
      );
      expect(confirmedPlacement.data!.placeDirectly).toMatchObject({
        status: 'CONFIRMED',
        referrer: { id: coordinator.userId },
        referrerOrganisation: { id: providerId },
      });
      const b = await house();
      const arrived = await t.gql(
        DIRECT,
        { input: { bedId: b.bed.id, nights: 5, arrived: true, survivor: survivor() } },
        coordinator.token,
      );
      expect(arrived.data!.placeDirectly).toMatchObject({ status: 'ARRIVED', until: null });
      expect(errorOf(await hold(b.bed.id)).reason).toBe('BED_UNAVAILABLE');
    });

    it("refuses another provider's coordinator", async () => {
      const { bed } = await house();
      const stranger = await t.world.login(Role.PROVIDER_COORDINATOR);
      expect(
        errorOf(await t.gql(DIRECT, { input: { bedId: bed.id, nights: 2, survivor: survivor() } }, stranger.token))
          .code,
      ).toBe('FORBIDDEN');
    });
  });

  describe('an arrival before the stay starts', () => {
    const ARRIVE_AT = `mutation($id: ID!, $at: DateTime) { recordArrival(placementId: $id, at: $at) { id status from arrivedAt } }`;
    const DAY = 86_400_000;
    const direct = async (bedId: string, from: Date, nights = 3) => {
      const placed = await t.gql(
        DIRECT,
        { input: { bedId, from: from.toISOString(), nights, survivor: survivor() } },
        coordinator.token,
      );
      expect(placed.errors).toBeUndefined();
      return placed.data!.placeDirectly as { id: string; from: string };
    };
    beforeEach(() => t.clock.set(t.clock.now())); // still: the arrival's time is the clock's

    it('starts the stay at the arrival: the bed is never free, nor offered, under the person in it', async () => {
      const { bed } = await house();
      const now = t.clock.now();
      const booked = await direct(bed.id, new Date(now.getTime() + 2 * DAY));
      const arrived = await t.gql(ARRIVE_AT, { id: booked.id }, coordinator.token);
      expect(arrived.errors).toBeUndefined();
      expect(arrived.data!.recordArrival).toEqual({
        id: booked.id,
        status: 'ARRIVED',
        from: now.toISOString(),
        arrivedAt: now.toISOString(),
      });
      // tonight, before the booked start, the bed is the resident's
      expect(errorOf(await hold(bed.id)).reason).toBe('BED_UNAVAILABLE');
      const [occupation] = await t.dataSource.query(
        `SELECT lower(period) AS starts, upper(period) AS ends FROM bed_occupation WHERE placement_id = $1 AND live`,
        [booked.id],
      );
      expect(occupation).toEqual({ starts: now, ends: null });
    });

    it('refuses an early arrival into a bed that is someone else’s before the booked start, changing nothing', async () => {
      const { bed } = await house();
      const now = t.clock.now();
      await direct(bed.id, now, 1); // tonight's guest
      const later = await direct(bed.id, new Date(now.getTime() + 2 * DAY));
      const refused = await t.gql(ARRIVE_AT, { id: later.id }, coordinator.token);
      expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', reason: 'BED_UNAVAILABLE' });
      expect(errorOf(refused).message).toMatch(/before this stay starts/);
      const unchanged = await t.gql(PLACEMENT, { id: later.id }, coordinator.token);
      expect(unchanged.data!.placement).toMatchObject({ status: 'CONFIRMED', from: later.from, arrivedAt: null });
      // from the booked start it is free: the arrival is recorded then
      t.clock.set(new Date(now.getTime() + 2 * DAY + 60_000));
      const nextShift = await t.world.login(Role.PROVIDER_COORDINATOR, providerId); // a sign-in lasts 12 hours
      const onTime = await t.gql(ARRIVE_AT, { id: later.id }, nextShift.token);
      expect(onTime.data!.recordArrival).toMatchObject({ status: 'ARRIVED', from: later.from });
    });

    it('refuses an arrival before the placement was confirmed, naming the field, changing nothing', async () => {
      const { bed } = await house();
      const booked = await direct(bed.id, new Date(t.clock.now().getTime() + DAY));
      for (const at of ['1970-01-01T00:00:00Z', new Date(t.clock.now().getTime() - DAY).toISOString()]) {
        const refused = await t.gql(ARRIVE_AT, { id: booked.id, at }, coordinator.token);
        expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'at' });
      }
      const unchanged = await t.gql(PLACEMENT, { id: booked.id }, coordinator.token);
      expect(unchanged.data!.placement).toMatchObject({ status: 'CONFIRMED', from: booked.from, arrivedAt: null });
    });
  });

  describe('idempotency keys', () => {
    it('return the first result to a retry and hold nothing more', async () => {
      const { bed } = await house();
      const me = await t.world.login(Role.DUTY_OFFICER);
      const first = await hold(bed.id, me, { idempotencyKey: 'retry-key-0001' });
      const again = await hold(bed.id, me, { idempotencyKey: 'retry-key-0001' });
      expect(again.data!.holdBed.id).toBe(first.data!.holdBed.id);
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM placement WHERE bed_id = $1', [bed.id])).toEqual([
        { n: 1 },
      ]);
      const other = await hold(bed.id, me, { idempotencyKey: 'retry-key-0001', nights: 4 });
      expect(errorOf(other)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' });
    });

    it('return the first result to concurrent retries', async () => {
      const { bed } = await house();
      const me = await t.world.login(Role.DUTY_OFFICER);
      const responses = await Promise.all(
        Array.from({ length: 6 }, () => hold(bed.id, me, { idempotencyKey: 'concurrent-key-1' })),
      );
      const ids = new Set(responses.map((r) => r.data?.holdBed.id));
      expect(responses.map((r) => r.errors)).toEqual(responses.map(() => undefined));
      expect(ids.size).toBe(1);
      const placement = [...ids][0];
      const confirms = await Promise.all(
        Array.from({ length: 4 }, () =>
          t.gql(
            CONFIRM,
            { input: { placementId: placement, survivor: survivor(), idempotencyKey: 'confirm-key-01' } },
            me.token,
          ),
        ),
      );
      expect(confirms.map((r) => r.data?.confirmPlacement.status)).toEqual(Array(4).fill('AWAITING_ACCEPTANCE'));
      expect(
        await t.dataSource.query(
          'SELECT count(*)::int AS n FROM survivor s JOIN placement p ON p.survivor_id = s.id WHERE p.id = $1',
          [placement],
        ),
      ).toEqual([{ n: 1 }]);
    });

    it('let a retry run afresh after a first attempt that failed', async () => {
      const { bed } = await house();
      const me = await t.world.login(Role.DUTY_OFFICER);
      const p = await held(bed.id, me);
      const refused = await t.gql(
        CONFIRM,
        { input: { placementId: p.id, survivor: survivor({ adult: false }), idempotencyKey: 'afresh-key-01' } },
        me.token,
      );
      expect(errorOf(refused).reason).toBe('CHILD_REFER_TO_LOCAL_AUTHORITY');
      const retry = await t.gql(
        CONFIRM,
        { input: { placementId: p.id, survivor: survivor({ adult: false }), idempotencyKey: 'afresh-key-01' } },
        me.token,
      );
      expect(errorOf(retry).reason).toBe('CHILD_REFER_TO_LOCAL_AUTHORITY');
    });
  });

  describe('no double booking', () => {
    it('gives exactly one of 50 concurrent holds on one bed', async () => {
      const { bed } = await house();
      const officers = await Promise.all(Array.from({ length: 50 }, () => t.world.login(Role.DUTY_OFFICER)));
      const responses = await Promise.all(officers.map((o) => hold(bed.id, o)));
      const won = responses.filter((r) => r.data?.holdBed?.status === 'HELD');
      const lost = responses.filter((r) => errorOf(r).reason === 'BED_UNAVAILABLE');
      expect([won.length, lost.length]).toEqual([1, 49]);
      expect(responses.every((r) => r.status < 500)).toBe(true);
    });

    it('gives exactly 10 of 50 concurrent holds over 10 beds, and nothing overlaps', async () => {
      const safehouse = await t.world.safehouse(providerId);
      const beds = await Promise.all(Array.from({ length: 10 }, () => t.world.bed(safehouse.id)));
      const officers = await Promise.all(Array.from({ length: 50 }, () => t.world.login(Role.DUTY_OFFICER)));
      const responses = await Promise.all(officers.map((o, i) => hold(beds[i % 10].id, o)));
      expect(responses.filter((r) => r.data?.holdBed?.status === 'HELD')).toHaveLength(10);
      expect(responses.filter((r) => errorOf(r).reason === 'BED_UNAVAILABLE')).toHaveLength(40);
      const overlaps = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM bed_occupation a JOIN bed_occupation b
           ON a.bed_id = b.bed_id AND a.id < b.id AND a.live AND b.live AND a.period && b.period`,
      );
      expect(overlaps).toEqual([{ n: 0 }]);
    });
  });

  describe('scoping', () => {
    it("hides another organisation's placements and survivors, from reads and from actions", async () => {
      const { bed } = await house();
      const p = await confirmed(bed.id);
      const otherOfficer = await t.world.login(Role.DUTY_OFFICER);
      const otherCoordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
      const sameOrgOfficer = await t.world.login(Role.DUTY_OFFICER, officer.organisationId!);
      expect(errorOf(await t.gql(PLACEMENT, { id: p.id }, otherOfficer.token)).code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(PLACEMENT, { id: p.id }, otherCoordinator.token)).code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(CANCEL, { id: p.id }, otherOfficer.token)).code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(ACCEPT, { id: p.id }, otherCoordinator.token)).code).toBe('NOT_FOUND');
      expect((await t.gql(PLACEMENT, { id: p.id }, sameOrgOfficer.token)).data!.placement.survivor.preferredName).toBe(
        'Amina',
      );
      const commissioner = await t.world.login(Role.COMMISSIONER);
      expect(errorOf(await t.gql(PLACEMENT, { id: p.id }, commissioner.token)).code).toBe('FORBIDDEN');
      const survivorId = (await t.gql(PLACEMENT, { id: p.id }, coordinator.token)).data!.placement.survivor.id;
      const SURVIVOR = 'query($id: ID!) { survivor(id: $id) { id preferredName placements { id } } }';
      expect(errorOf(await t.gql(SURVIVOR, { id: survivorId }, otherOfficer.token)).code).toBe('NOT_FOUND');
      const own = await t.gql(SURVIVOR, { id: survivorId }, officer.token);
      expect(own.data!.survivor).toMatchObject({ preferredName: 'Amina', placements: [{ id: p.id }] });
      expect(
        await t.dataSource.manager.countBy(AuditEventEntity, {
          action: 'survivor.read',
          entityId: survivorId,
          actorId: officer.userId,
        }),
      ).toBeGreaterThan(0);
    });

    describe("a survivor's details for the provider", () => {
      const SURVIVOR = 'query($id: ID!) { survivor(id: $id) { id preferredName languages placements { id } } }';
      const LIST = `query($filter: PlacementFilter) { placements(filter: $filter) { edges { node { id survivor { id preferredName } } } } }`;
      const DECIDE = `mutation($input: RecordNrmDecisionInput!) { recordNrmDecision(input: $input) { id preferredName } }`;
      const SUGGEST = `query($id: ID!) { suggestSupportWorkers(placementId: $id) { reasons } }`;
      const CASES = `{ supportCases(first: 100) { edges { node { id survivor { id } } } } }`;

      /** A referral to a screening house, with the survivor's id as the coordinator saw it then. */
      async function referral() {
        const { bed, safehouse } = await house();
        const p = await held(bed.id);
        const confirm = await t.gql(CONFIRM, { input: { placementId: p.id, survivor: survivor() } }, officer.token);
        expect(confirm.data!.confirmPlacement.status).toBe('AWAITING_ACCEPTANCE');
        const seen = await t.gql(PLACEMENT, { id: p.id }, coordinator.token);
        expect(seen.data!.placement.survivor).toMatchObject({ preferredName: 'Amina' });
        // No plan yet: a plan belongs to a support case, and a referral opens none until it is accepted.
        const plan = await t.gql(
          `mutation($input: CreateMoveOnPlanInput!) { createMoveOnPlan(input: $input) { id } }`,
          { input: { placementId: p.id, assessmentSummary: 'Wants to be near her sister' } },
          coordinator.token,
        );
        expect(errorOf(plan)).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
        return {
          id: p.id as string,
          survivorId: seen.data!.placement.survivor.id as string,
          safehouseId: safehouse.id,
        };
      }

      /** Every path by which a coordinator could reach the person: none of them shows anything. */
      async function expectHidden(p: { id: string; survivorId: string; safehouseId: string }, login: Login) {
        expect(errorOf(await t.gql(SURVIVOR, { id: p.survivorId }, login.token)).code).toBe('NOT_FOUND');
        const placement = await t.gql(PLACEMENT, { id: p.id }, login.token);
        expect(placement.errors).toBeUndefined();
        expect(placement.data!.placement.survivor).toBeNull();
        for (const filter of [{ safehouseId: p.safehouseId }, { survivorId: p.survivorId }]) {
          const list = await t.gql(LIST, { filter }, login.token);
          expect(list.data!.placements.edges).toEqual([{ node: { id: p.id, survivor: null } }]);
        }
        const decide = await t.gql(
          DECIDE,
          {
            input: {
              survivorId: p.survivorId,
              decision: 'POSITIVE_REASONABLE_GROUNDS',
              decidedOn: t.clock.now().toISOString().slice(0, 10),
            },
          },
          login.token,
        );
        expect(errorOf(decide).code).toBe('NOT_FOUND');
        const suggested = await t.gql(SUGGEST, { id: p.id }, login.token);
        expect(JSON.stringify(suggested.data)).not.toMatch(/Albanian/);
        const cases = await t.gql(CASES, {}, login.token);
        expect(JSON.stringify(cases.data)).not.toContain(p.survivorId);
        const nested = await t.gql(
          `query($id: ID!) { placement(id: $id) { moveOnPlan { id } } }`,
          { id: p.id },
          login.token,
        );
        expect(nested.data!.placement.moveOnPlan).toBeNull();
      }

      /** The referring officer keeps what it gave. */
      async function expectReferrerSees(p: { id: string; survivorId: string }) {
        const own = await t.gql(SURVIVOR, { id: p.survivorId }, officer.token);
        expect(own.data!.survivor).toMatchObject({ preferredName: 'Amina', languages: ['sq'] });
        const placement = await t.gql(PLACEMENT, { id: p.id }, officer.token);
        expect(placement.data!.placement.survivor).toMatchObject({ preferredName: 'Amina' });
      }

      beforeAll(async () => {
        // A worker who speaks the survivor's language: a suggestion would say so if it read the person.
        const created = await t.gql(
          `mutation($input: CreateSupportWorkerInput!) { createSupportWorker(input: $input) { id } }`,
          { input: { providerId, name: 'Albana', gender: 'WOMAN', languages: ['sq'], maxCaseload: 50 } },
          coordinator.token,
        );
        expect(created.errors).toBeUndefined();
      });

      it('shows nothing of the person to a provider that declined the referral, over every path', async () => {
        const p = await referral();
        expect(JSON.stringify((await t.gql(SUGGEST, { id: p.id }, coordinator.token)).data)).toMatch(/Albanian/);
        expect((await t.gql(DECLINE, { id: p.id }, coordinator.token)).errors).toBeUndefined();
        await expectHidden(p, coordinator);
        await expectReferrerSees(p);
      });

      it('shows nothing of the person to a provider that let the referral lapse', async () => {
        const p = await referral();
        t.clock.advance(t.settings.ACCEPTANCE_EXPIRY_MINUTES * 60_000 + 1000);
        await expectHidden(p, coordinator);
        await expectReferrerSees(p);
      });

      it('shows nothing of the person once a referral is cancelled before the provider accepted it', async () => {
        const p = await referral();
        expect((await t.gql(CANCEL, { id: p.id }, officer.token)).errors).toBeUndefined();
        await expectHidden(p, coordinator);
      });

      it('keeps the person visible to the provider that accepted them, whatever happens next', async () => {
        const p = await referral();
        expect((await t.gql(ACCEPT, { id: p.id }, coordinator.token)).errors).toBeUndefined();
        expect((await t.gql(CANCEL, { id: p.id }, officer.token)).errors).toBeUndefined();
        const seen = await t.gql(SURVIVOR, { id: p.survivorId }, coordinator.token);
        expect(seen.data!.survivor).toMatchObject({ preferredName: 'Amina', placements: [{ id: p.id }] });
      });
    });

    it('lists only the placements the caller may see, filtered and paged', async () => {
      const mineOnly = await t.world.login(Role.DUTY_OFFICER);
      const { bed } = await house();
      const p = await held(bed.id, mineOnly);
      const LIST = `query($filter: PlacementFilter, $first: Int) { placements(filter: $filter, first: $first) { totalCount edges { node { id status } } } }`;
      const listed = await t.gql(LIST, { filter: { statuses: ['HELD'] } }, mineOnly.token);
      expect(listed.data!.placements.edges.map((e: any) => e.node.id)).toContain(p.id);
      const stranger = await t.world.login(Role.DUTY_OFFICER);
      expect((await t.gql(LIST, {}, stranger.token)).data!.placements.totalCount).toBe(0);
      const coordinatorView = await t.gql(
        LIST,
        { filter: { safehouseId: bed.safehouseId }, first: 5 },
        coordinator.token,
      );
      expect(coordinatorView.data!.placements.edges.map((e: any) => e.node.id)).toEqual([p.id]);
    });

    it("pages referrals soonest deadline first when asked, across pages, and refuses the other order's cursor", async () => {
      const own = await t.world.provider();
      const ownCoordinator = await t.world.login(Role.PROVIDER_COORDINATOR, own.id);
      const safehouse = await t.world.safehouse(own.id);
      const beds = [await t.world.bed(safehouse.id), await t.world.bed(safehouse.id), await t.world.bed(safehouse.id)];
      const holds = [];
      for (const bed of beds) {
        holds.push(await held(bed.id));
        t.clock.advance(60_000);
      }
      // Answered in the order c, a, b: the deadlines follow the confirms, not the holds.
      for (const placement of [holds[2], holds[0], holds[1]]) {
        await t.gql(CONFIRM, { input: { placementId: placement.id, survivor: survivor() } }, officer.token);
        t.clock.advance(60_000);
      }
      const LIST = `query($filter: PlacementFilter, $first: Int, $after: String, $orderBy: PlacementOrder) {
        placements(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id acceptanceDueAt } } } }`;
      const filter = { providerId: own.id, statuses: ['AWAITING_ACCEPTANCE'] };
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = (
          await t.gql(LIST, { filter, first: 1, after, orderBy: 'ACCEPTANCE_DUE_FIRST' }, ownCoordinator.token)
        ).data!.placements;
        expect(page.totalCount).toBe(3);
        seen.push(...page.edges.map((e: any) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual([holds[2].id, holds[0].id, holds[1].id]);

      const newest: any = (await t.gql(LIST, { filter, first: 1 }, ownCoordinator.token)).data!.placements;
      expect(newest.edges[0].node.id).toBe(holds[2].id);
      const mixed = await t.gql(
        LIST,
        { filter, first: 1, after: newest.pageInfo.endCursor, orderBy: 'ACCEPTANCE_DUE_FIRST' },
        ownCoordinator.token,
      );
      expect(errorOf(mixed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });
});
