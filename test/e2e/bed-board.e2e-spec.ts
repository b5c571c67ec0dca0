import { Role } from '../../src/common/roles';
import { TestApp, errorOf } from '../support/test-app';
import { Login } from '../support/world';

const BOARD = `query($id: ID!, $from: Date, $days: Int) { safehouse(id: $id) { bedBoard(from: $from, days: $days) {
  bed { id label } days { day state placementId blockId } } } }`;
const PROVIDER_BOARD = `query($id: ID!) { provider(id: $id) { safehouses { id bedBoard(days: 2) { bed { id } days { day state } } } } }`;
const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id status } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id status } }`;
const DIRECT = `mutation($input: DirectPlacementInput!) { placeDirectly(input: $input) { id status } }`;
const BLOCK = `mutation($input: BedOutOfServiceInput!) { setBedOutOfService(input: $input) { id } }`;
const DEPART = `mutation($id: ID!) { recordDeparture(placementId: $id, destination: OTHER) { id status } }`;

const survivor = {
  preferredName: 'Amina',
  gender: 'WOMAN',
  adult: true,
  nrmStatus: 'REFERRED',
  consentToReferral: true,
};

type Board = {
  bed: { id: string; label: string };
  days: { day: string; state: string; placementId: string | null; blockId: string | null }[];
}[];

/**
 * Safehouse.bedBoard: the provider's day-by-day view of its beds, Europe/London days, from one
 * query. The clock stands on the Saturday before British Summer Time starts (Sunday 29 March 2026
 * is a 23-hour day), so the day boundaries are tested where they move.
 */
describe('the bed board', () => {
  let t: TestApp;
  let providerId: string;
  let coordinator: Login;
  const officers: Login[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    providerId = (await t.world.provider()).id;
    // tokens are checked against the real time, so they are issued before the clock moves
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    const officerOrg = (await t.world.responder()).id;
    for (let i = 0; i < 4; i++) officers.push(await t.world.login(Role.DUTY_OFFICER, officerOrg));
  });
  afterAll(() => t.close());

  /** Each hold by another officer, so the hold limit stays out of the way. */
  function officer(): Login {
    return officers.shift()!;
  }

  async function ok(query: string, variables: Record<string, unknown>, login: Login) {
    const response = await t.gql(query, variables, login.token);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  async function board(safehouseId: string, login: Login = coordinator, extra: Record<string, unknown> = {}) {
    return (await ok(BOARD, { id: safehouseId, ...extra }, login)).safehouse.bedBoard as Board;
  }

  const states = (rows: Board, bedId: string) => rows.find((row) => row.bed.id === bedId)!.days.map((d) => d.state);

  it('shows each bed free, held, booked, resident or out of service, day by day in London time', async () => {
    t.clock.set('2026-03-28T11:00:00Z');
    const house = await t.world.safehouse(providerId, { instantBooking: false });
    const [held, booked, resident, blocked, lapsed, free] = await Promise.all(
      ['A held', 'B booked', 'C resident', 'D blocked', 'E lapsed', 'F free'].map((label) =>
        t.world.bed(house.id, { label }),
      ),
    );
    // a hold made an hour ago has lapsed by noon: free, with no job run
    await ok(HOLD, { input: { bedId: lapsed.id, nights: 2 } }, officer());
    t.clock.set('2026-03-28T12:00:00Z');

    const hold = (await ok(HOLD, { input: { bedId: held.id, nights: 1 } }, officer())).holdBed;
    const booker = officer();
    const bookedHold = (
      await ok(HOLD, { input: { bedId: booked.id, from: '2026-03-30T14:00:00Z', nights: 2 } }, booker)
    ).holdBed;
    const awaiting = (await ok(CONFIRM, { input: { placementId: bookedHold.id, survivor } }, booker)).confirmPlacement;
    expect(awaiting.status).toBe('AWAITING_ACCEPTANCE');
    const arrived = (
      await ok(DIRECT, { input: { bedId: resident.id, nights: 3, arrived: true, survivor } }, coordinator)
    ).placeDirectly;
    expect(arrived.status).toBe('ARRIVED');
    // Sunday 29 March in London: 00:00 GMT to 00:00 BST (23:00 GMT)
    const block = (
      await ok(
        BLOCK,
        { input: { bedId: blocked.id, from: '2026-03-29T00:00:00Z', until: '2026-03-29T23:00:00Z', reason: 'Boiler' } },
        coordinator,
      )
    ).setBedOutOfService;

    const rows = await board(house.id);
    expect(rows.map((row) => row.bed.label)).toEqual([
      'A held',
      'B booked',
      'C resident',
      'D blocked',
      'E lapsed',
      'F free',
    ]);
    expect(rows[0].days.map((d) => d.day)).toEqual([
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
    ]);
    const F = 'FREE';
    expect(states(rows, held.id)).toEqual(['HELD', 'HELD', F, F, F, F, F]);
    expect(states(rows, booked.id)).toEqual([F, F, 'BOOKED', 'BOOKED', 'BOOKED', F, F]);
    expect(states(rows, resident.id)).toEqual(Array(7).fill('RESIDENT'));
    expect(states(rows, blocked.id)).toEqual([F, 'OUT_OF_SERVICE', F, F, F, F, F]);
    expect(states(rows, lapsed.id)).toEqual(Array(7).fill(F));
    expect(states(rows, free.id)).toEqual(Array(7).fill(F));
    expect(rows[0].days[0]).toMatchObject({ placementId: hold.id, blockId: null });
    expect(rows[1].days[2]).toMatchObject({ placementId: awaiting.id });
    expect(rows[3].days[1]).toMatchObject({ state: 'OUT_OF_SERVICE', blockId: block.id, placementId: null });

    // one day, asked for by date; and the hold lapses for the board when its time is up
    const sunday = await board(house.id, coordinator, { from: '2026-03-29', days: 1 });
    expect(sunday.map((row) => row.days.map((d) => `${d.day} ${d.state}`))).toEqual([
      ['2026-03-29 HELD'],
      ['2026-03-29 FREE'],
      ['2026-03-29 RESIDENT'],
      ['2026-03-29 OUT_OF_SERVICE'],
      ['2026-03-29 FREE'],
      ['2026-03-29 FREE'],
    ]);
    t.clock.set('2026-03-28T12:46:00Z');
    expect(states(await board(house.id), held.id)).toEqual(Array(7).fill(F));

    // a resident who left this afternoon no longer fills today, which counts from now
    t.clock.set('2026-03-28T15:00:00Z');
    await ok(DEPART, { id: arrived.id }, coordinator);
    t.clock.set('2026-03-28T16:00:00Z');
    expect(states(await board(house.id), resident.id)).toEqual(Array(7).fill(F));
  });

  it('takes London midnight as the boundary: 23:30 GMT on Saturday is still Saturday', async () => {
    t.clock.set('2026-03-28T23:30:00Z');
    const house = await t.world.safehouse(providerId);
    const bed = await t.world.bed(house.id, { label: 'Late' });
    await ok(
      BLOCK,
      { input: { bedId: bed.id, from: '2026-03-28T23:45:00Z', until: '2026-03-29T00:00:00Z', reason: 'Late check' } },
      coordinator,
    );
    const rows = await board(house.id, coordinator, { days: 2 });
    expect(rows[0].days).toEqual([
      { day: '2026-03-28', state: 'OUT_OF_SERVICE', placementId: null, blockId: expect.any(String) },
      { day: '2026-03-29', state: 'FREE', placementId: null, blockId: null },
    ]);
  });

  it('answers for all of a provider’s houses in one request', async () => {
    t.clock.set('2026-03-28T12:00:00Z');
    const data = await ok(PROVIDER_BOARD, { id: providerId }, coordinator);
    expect(data.provider.safehouses.length).toBeGreaterThanOrEqual(2);
    for (const house of data.provider.safehouses) {
      for (const row of house.bedBoard)
        expect(row.days.map((d: { day: string }) => d.day)).toEqual(['2026-03-28', '2026-03-29']);
    }
  });

  it('refuses days outside 1 to 31, naming the field', async () => {
    const house = await t.world.safehouse(providerId);
    for (const days of [0, 32, -1]) {
      const response = await t.gql(BOARD, { id: house.id, days }, coordinator.token);
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    }
    expect((await t.gql(BOARD, { id: house.id, days: 31 }, coordinator.token)).errors).toBeUndefined();
    const badDate = await t.gql(BOARD, { id: house.id, from: '2026-02-30' }, coordinator.token);
    expect(errorOf(badDate).code).toBe('BAD_USER_INPUT');
  });

  it("shows the board to the provider's coordinators and ADMIN only", async () => {
    t.clock.reset();
    const house = await t.world.safehouse(providerId);
    await t.world.bed(house.id);
    const admin = await t.world.login(Role.ADMIN);
    expect(await board(house.id, admin)).toHaveLength(1);

    const otherCoordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    expect(errorOf(await t.gql(BOARD, { id: house.id }, otherCoordinator.token)).code).toBe('NOT_FOUND');

    const commissioner = await t.world.login(Role.COMMISSIONER);
    await t.world.commission(commissioner.organisationId!, providerId);
    for (const login of [officer(), commissioner]) {
      const response = await t.gql(BOARD, { id: house.id }, login.token);
      expect([login.role, errorOf(response).code, response.data?.safehouse ?? null]).toEqual([
        login.role,
        'FORBIDDEN',
        null,
      ]);
    }
    const worker = await t.world.login(Role.SUPPORT_WORKER, providerId);
    expect(errorOf(await t.gql(BOARD, { id: house.id }, worker.token)).code).toBe('FORBIDDEN');
  });
});
