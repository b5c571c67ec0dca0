import { AuditEventEntity } from '../../src/audit/audit-event.entity';
import { Role } from '../../src/common/roles';
import { TestApp, errorOf } from '../support/test-app';
import { Login } from '../support/world';

const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id status } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelPlacement(placementId: $id, reason: "Placed elsewhere") { id status } }`;
const ARRIVE = `mutation($id: ID!) { recordArrival(placementId: $id) { id status } }`;
const ADDRESS = `query($id: ID!) { placement(id: $id) { id safehouse { address } } }`;
const DIRECT = `mutation($input: DirectPlacementInput!) { placeDirectly(input: $input) { id status } }`;

const LIMIT = 10;
const NOW = '2026-11-22T12:00:00Z';
const HOUR_MS = 60 * 60_000;

const madeUpPerson = (n: number) => ({
  preferredName: `Nobody ${n}`,
  gender: 'WOMAN',
  adult: true,
  nrmStatus: 'REFERRED',
  consentToReferral: true,
});

/**
 * CONTRACT.md, Availability and placements: a duty officer has at most MAX_ACTIVE_HOLDS_PER_USER
 * beds claimed and not started (HELD, AWAITING_ACCEPTANCE, CONFIRMED with no arrival), exactly under
 * concurrency, and each cancellation after the house's address was read counts for 24 hours.
 */
describe('the hold cap', () => {
  let t: TestApp;
  let providerId: string;
  let coordinator: Login;

  beforeAll(async () => {
    t = await TestApp.start({ MAX_ACTIVE_HOLDS_PER_USER: String(LIMIT) });
    providerId = (await t.world.provider()).id;
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
  });
  beforeEach(() => t.clock.set(NOW));
  afterAll(() => t.close());

  /** `count` free beds in one new house of the provider. */
  async function beds(count: number, instantBooking: boolean): Promise<string[]> {
    const house = await t.world.safehouse(providerId, { instantBooking });
    const made: string[] = [];
    for (let i = 0; i < count; i++) made.push((await t.world.bed(house.id)).id);
    return made;
  }

  async function held(bedId: string, by: Login): Promise<string> {
    const response = await t.gql(HOLD, { input: { bedId, nights: 2 } }, by.token);
    expect(response.errors).toBeUndefined();
    return response.data!.holdBed.id;
  }

  async function confirmed(bedId: string, by: Login, n = 0): Promise<{ id: string; status: string }> {
    const id = await held(bedId, by);
    const response = await t.gql(CONFIRM, { input: { placementId: id, survivor: madeUpPerson(n) } }, by.token);
    expect(response.errors).toBeUndefined();
    return response.data!.confirmPlacement;
  }

  /** Fills the officer's cap with claims made by `claim`, and checks one more is HOLD_LIMIT. */
  async function fill(officer: Login, claim: (bedId: string, n: number) => Promise<unknown>): Promise<string> {
    const free = await beds(LIMIT + 1, true);
    for (let n = 0; n < LIMIT; n++) await claim(free[n], n);
    const refused = await t.gql(HOLD, { input: { bedId: free[LIMIT], nights: 2 } }, officer.token);
    expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', reason: 'HOLD_LIMIT' });
    return free[LIMIT];
  }

  async function holdsNow(bedId: string, officer: Login): Promise<boolean> {
    const response = await t.gql(HOLD, { input: { bedId, nights: 2 } }, officer.token);
    if (response.errors) expect(errorOf(response).reason).toBe('HOLD_LIMIT');
    return !response.errors;
  }

  it('gives exactly MAX_ACTIVE_HOLDS_PER_USER of 20 concurrent holds by one officer on 20 free beds', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const free = await beds(20, false);
    const responses = await Promise.all(
      free.map((bedId) => t.gql(HOLD, { input: { bedId, nights: 2 } }, officer.token)),
    );
    expect(responses.every((r) => r.status < 500)).toBe(true);
    expect(responses.filter((r) => r.data?.holdBed?.status === 'HELD')).toHaveLength(LIMIT);
    expect(responses.filter((r) => errorOf(r).reason === 'HOLD_LIMIT')).toHaveLength(20 - LIMIT);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM placement WHERE referrer_id = $1`, [
      officer.userId,
    ]);
    expect(n).toBe(LIMIT);
  });

  it('gives one of 20 concurrent holds to an officer who has booked MAX_ACTIVE_HOLDS_PER_USER − 1 made-up people', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const booked = await beds(LIMIT - 1, true);
    for (const [n, bedId] of booked.entries()) expect((await confirmed(bedId, officer, n)).status).toBe('CONFIRMED');
    const free = await beds(20, true);
    const responses = await Promise.all(
      free.map((bedId) => t.gql(HOLD, { input: { bedId, nights: 2 } }, officer.token)),
    );
    expect(responses.filter((r) => r.data?.holdBed?.status === 'HELD')).toHaveLength(1);
    expect(responses.filter((r) => errorOf(r).reason === 'HOLD_LIMIT')).toHaveLength(19);
  });

  it('keeps counting a hold confirmed with a made-up person on an instant-booking house', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    await fill(officer, async (bedId, n) => {
      expect((await confirmed(bedId, officer, n)).status).toBe('CONFIRMED');
    });
  });

  it('counts a referral awaiting acceptance', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const screening = await beds(LIMIT, false);
    await fill(officer, async (_bedId, n) => {
      expect((await confirmed(screening[n], officer, n)).status).toBe('AWAITING_ACCEPTANCE');
    });
  });

  it('frees a place in the cap when the person arrives', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const placements: string[] = [];
    const next = await fill(officer, async (bedId, n) => placements.push((await confirmed(bedId, officer, n)).id));
    const arrived = await t.gql(ARRIVE, { id: placements[0] }, coordinator.token);
    expect(arrived.data!.recordArrival.status).toBe('ARRIVED');
    expect(await holdsNow(next, officer)).toBe(true);
  });

  it('frees a place when a hold expires', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const next = await fill(officer, (bedId) => held(bedId, officer));
    t.clock.advance(t.settings.HOLD_MINUTES * 60_000);
    expect(await holdsNow(next, officer)).toBe(true);
  });

  it('frees a place when a referral lapses unanswered', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const screening = await beds(1, false);
    const next = await fill(officer, async (bedId, n) => {
      if (n === 0) expect((await confirmed(screening[0], officer)).status).toBe('AWAITING_ACCEPTANCE');
      else expect((await confirmed(bedId, officer, n)).status).toBe('CONFIRMED');
    });
    t.clock.advance(t.settings.ACCEPTANCE_EXPIRY_MINUTES * 60_000 - 60_000);
    expect(await holdsNow(next, officer)).toBe(false);
    t.clock.advance(60_000);
    expect(await holdsNow(next, officer)).toBe(true);
    // The confirmed ones still count: that was the one place the lapse freed.
    expect(await holdsNow((await beds(1, true))[0], officer)).toBe(false);
  });

  describe('a cancellation after the address was read', () => {
    async function revealAndCancel(officer: Login, bedId: string, n: number, reveal: boolean): Promise<string> {
      const placement = await confirmed(bedId, officer, n);
      expect(placement.status).toBe('CONFIRMED');
      if (reveal) {
        const seen = await t.gql(ADDRESS, { id: placement.id }, officer.token);
        expect(seen.data!.placement.safehouse.address).toEqual(expect.any(String));
      }
      expect((await t.gql(CANCEL, { id: placement.id }, officer.token)).data!.cancelPlacement.status).toBe('CANCELLED');
      return placement.id;
    }

    it('counts against the cap for 24 hours, then not, and is audited as placement.cancel_after_reveal', async () => {
      let officer = await t.world.login(Role.DUTY_OFFICER);
      const cancelled: string[] = [];
      const next = await fill(officer, async (bedId, n) =>
        cancelled.push(await revealAndCancel(officer, bedId, n, true)),
      );
      const audited = await t.dataSource.manager.countBy(AuditEventEntity, {
        action: 'placement.cancel_after_reveal',
        actorId: officer.userId,
      });
      expect(audited).toBe(LIMIT);

      t.clock.advance(24 * HOUR_MS - 60_000);
      officer = await t.world.signInAgain(officer);
      expect(await holdsNow(next, officer)).toBe(false);
      t.clock.advance(60_000);
      expect(await holdsNow(next, officer)).toBe(true);
    });

    it('does not count a cancellation when no address was read', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const free = await beds(LIMIT + 1, true);
      for (let n = 0; n < LIMIT; n++) await revealAndCancel(officer, free[n], n, false);
      expect(await holdsNow(free[LIMIT], officer)).toBe(true);
      const audited = await t.dataSource.manager.countBy(AuditEventEntity, {
        action: 'placement.cancel_after_reveal',
        actorId: officer.userId,
      });
      expect(audited).toBe(0);
    });

    it('counts a booking whose address a colleague read against the officer who booked it', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const colleague = await t.world.login(Role.DUTY_OFFICER, officer.organisationId!);
      await fill(officer, async (bedId, n) => {
        const placement = await confirmed(bedId, officer, n);
        expect((await t.gql(ADDRESS, { id: placement.id }, colleague.token)).data!.placement.safehouse.address).toEqual(
          expect.any(String),
        );
        expect((await t.gql(CANCEL, { id: placement.id }, officer.token)).errors).toBeUndefined();
      });
    });

    it('does not count a cancellation by the provider', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const free = await beds(LIMIT + 1, true);
      for (let n = 0; n < LIMIT; n++) {
        const placement = await confirmed(free[n], officer, n);
        await t.gql(ADDRESS, { id: placement.id }, officer.token);
        expect((await t.gql(CANCEL, { id: placement.id }, coordinator.token)).errors).toBeUndefined();
      }
      expect(await holdsNow(free[LIMIT], officer)).toBe(true);
    });
  });

  it("does not cap a coordinator's direct placements", async () => {
    const free = await beds(LIMIT + 2, true);
    for (const bedId of free) {
      const response = await t.gql(
        DIRECT,
        { input: { bedId, nights: 2, survivor: madeUpPerson(0) } },
        coordinator.token,
      );
      expect(response.data?.placeDirectly?.status).toBe('CONFIRMED');
    }
  });
});
