import { Role } from '../../src/common/roles';
import { TestApp } from '../support/test-app';
import { Login } from '../support/world';

const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id status } }`;
const RELEASE = `mutation($id: ID!) { releaseHold(placementId: $id) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelPlacement(placementId: $id, reason: "Placed elsewhere") { id status } }`;
const ARRIVE = `mutation($id: ID!) { recordArrival(placementId: $id) { id status } }`;
const DEPART = `mutation($id: ID!) { recordDeparture(placementId: $id, destination: SUPPORTED_HOUSING) { id status } }`;
const BLOCK = `mutation($input: BedOutOfServiceInput!) { setBedOutOfService(input: $input) { id } }`;
const UNBLOCK = `mutation($id: ID!) { returnBedToService(blockId: $id) }`;
const SEARCH = `query($input: AvailabilitySearchInput!) { searchAvailability(input: $input) { safehouse { id } availableBeds { id } } }`;

const DAY = 86_400_000;
const survivor = {
  preferredName: 'Amina',
  gender: 'WOMAN',
  adult: true,
  nrmStatus: 'REFERRED',
  consentToReferral: true,
};

/**
 * bed.occupied_until, the search's summary of a bed's live occupations, is kept by a trigger on
 * bed_occupation: after every kind of write it must equal what it summarises, and the search must
 * answer exactly as the definition of a free bed does (no live occupation overlapping the stay,
 * an expired hold counting as free), whichever way it took.
 */
describe('bed.occupied_until', () => {
  let t: TestApp;
  let officer: Login;
  let coordinator: Login;
  let providerId: string;
  let spotIndex = 0;

  beforeAll(async () => {
    t = await TestApp.start({ MAX_ACTIVE_HOLDS_PER_USER: '50' });
    providerId = (await t.world.provider()).id;
    officer = await t.world.login(Role.DUTY_OFFICER);
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  /** Moves the clock (years ahead, or days): sign-ins end by that clock, so both sign in again. */
  async function startAt(now: Date) {
    t.clock.set(now);
    officer = await t.world.signInAgain(officer);
    coordinator = await t.world.signInAgain(coordinator);
  }

  async function lone(instantBooking = true) {
    spotIndex += 1;
    const near = { latitude: 50.5 + spotIndex * 0.3, longitude: 1.5 };
    const house = await t.world.safehouse(providerId, { ...near, instantBooking });
    const bed = await t.world.bed(house.id);
    return { near, house, bed };
  }

  async function ok(query: string, variables: Record<string, unknown>, token: string) {
    const response = await t.gql(query, variables, token);
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0] as any;
  }

  /** The stored summary equals its definition, and the search agrees with the definition of free. */
  async function check(spot: Awaited<ReturnType<typeof lone>>, stays: { from: Date; nights: number }[]) {
    const [row] = await t.dataSource.query(
      `SELECT b.occupied_until AS stored, extract(epoch FROM b.occupied_until) AS epoch,
              (SELECT max(CASE WHEN upper_inf(o.period) THEN 'infinity'::timestamptz
                               WHEN upper_inc(o.period) THEN upper(o.period) + interval '1 microsecond'
                               ELSE upper(o.period) END)
                 FROM bed_occupation o WHERE o.bed_id = b.id AND o.live) AS expected
         FROM bed b WHERE b.id = $1`,
      [spot.bed.id],
    );
    expect(String(row.stored)).toBe(String(row.expected));
    for (const { from, nights } of stays) {
      const [{ free }] = await t.dataSource.query(
        `SELECT NOT EXISTS (
           SELECT 1 FROM bed_occupation o
            WHERE o.bed_id = $1 AND o.live
              AND o.period && tstzrange($2, (($2::timestamptz AT TIME ZONE 'Europe/London') + make_interval(days => $3)) AT TIME ZONE 'Europe/London', '[)')
              AND NOT (o.kind = 'HOLD' AND o.expires_at <= $4)) AS free`,
        [spot.bed.id, from, nights, t.clock.now()],
      );
      const found = await ok(
        SEARCH,
        { input: { near: spot.near, radiusKm: 5, nights, guestGender: 'WOMAN', from: from.toISOString() } },
        officer.token,
      );
      expect({ from, nights, offered: found.length === 1 }).toEqual({ from, nights, offered: free });
    }
    // The summary as milliseconds (Infinity when open-ended), or null when nothing live.
    return row.epoch === null ? null : Number(row.epoch) * 1000;
  }

  const stays = (now: Date) => [
    { from: now, nights: 1 },
    { from: now, nights: 3 },
    { from: new Date(now.getTime() + 2 * DAY), nights: 2 },
    { from: new Date(now.getTime() + 10 * DAY), nights: 3 },
  ];

  it('follows a stay from hold to departure: expiry, a new hold, confirm, arrival, departure', async () => {
    const now = new Date('2031-02-03T10:00:00Z');
    await startAt(now);
    const spot = await lone();
    expect(await check(spot, stays(now))).toBeNull();

    await ok(HOLD, { input: { bedId: spot.bed.id, nights: 3 } }, officer.token);
    expect(await check(spot, stays(now))).not.toBeNull();

    t.clock.advance(46 * 60_000); // the hold has expired but is still live: the search must see past it
    expect(await check(spot, stays(t.clock.now()))).not.toBeNull();

    const placement = await ok(HOLD, { input: { bedId: spot.bed.id, nights: 2 } }, officer.token);
    await check(spot, stays(t.clock.now()));
    await ok(CONFIRM, { input: { placementId: placement.id, survivor } }, officer.token);
    await check(spot, stays(t.clock.now()));

    t.clock.advance(2 * 60 * 60_000);
    await ok(ARRIVE, { id: placement.id }, coordinator.token);
    expect(await check(spot, stays(t.clock.now()))).toBe(Infinity);

    await startAt(new Date(t.clock.now().getTime() + 5 * DAY));
    await ok(DEPART, { id: placement.id }, coordinator.token);
    expect(await check(spot, stays(t.clock.now()))).toBe(t.clock.now().getTime());
  });

  it('drops a released hold and a cancelled placement', async () => {
    const now = new Date('2031-03-03T10:00:00Z');
    await startAt(now);
    const spot = await lone(false);
    const hold = await ok(HOLD, { input: { bedId: spot.bed.id, nights: 3 } }, officer.token);
    await check(spot, stays(now));
    await ok(RELEASE, { id: hold.id }, officer.token);
    expect(await check(spot, stays(now))).toBeNull();

    const placement = await ok(HOLD, { input: { bedId: spot.bed.id, nights: 3 } }, officer.token);
    await ok(CONFIRM, { input: { placementId: placement.id, survivor } }, officer.token); // awaits acceptance
    await check(spot, stays(now));
    await ok(CANCEL, { id: placement.id }, officer.token);
    expect(await check(spot, stays(now))).toBeNull();
  });

  it('follows a block and its early return, beside a later booking', async () => {
    const now = new Date('2031-04-07T10:00:00Z');
    await startAt(now);
    const spot = await lone();
    await t.world.occupy(spot.bed.id, new Date(now.getTime() + 20 * DAY), new Date(now.getTime() + 25 * DAY));
    const later = await check(spot, stays(now));
    const block = await ok(
      BLOCK,
      {
        input: {
          bedId: spot.bed.id,
          from: new Date(now.getTime() + DAY).toISOString(),
          until: new Date(now.getTime() + 4 * DAY).toISOString(),
          reason: 'Boiler',
        },
      },
      coordinator.token,
    );
    expect(await check(spot, stays(now))).toEqual(later); // the booking still ends last
    await ok(UNBLOCK, { id: block.id }, coordinator.token);
    expect(await check(spot, stays(now))).toEqual(later);
  });

  it('is kept for writes from anywhere, inclusive ends and moves between beds too', async () => {
    const now = new Date('2031-05-05T10:00:00Z');
    await startAt(now);
    const spot = await lone();
    const end = new Date(now.getTime() + 3 * DAY);
    await t.dataSource.query(
      `INSERT INTO bed_occupation (bed_id, kind, period, live) VALUES ($1, 'PLACEMENT', tstzrange($2, $3, '[]'), TRUE)`,
      [spot.bed.id, now, end],
    );
    // A stay from the inclusive end overlaps it at that instant; one from a second later does not.
    await check(spot, [
      { from: end, nights: 1 },
      { from: new Date(end.getTime() + 1000), nights: 1 },
    ]);
    const other = await lone();
    await t.dataSource.query(`UPDATE bed_occupation SET bed_id = $2 WHERE bed_id = $1`, [spot.bed.id, other.bed.id]);
    expect(await check(spot, stays(now))).toBeNull();
    expect(await check(other, [{ from: end, nights: 1 }, ...stays(now)])).not.toBeNull();
    await t.dataSource.query(`DELETE FROM bed_occupation WHERE bed_id = $1`, [other.bed.id]);
    expect(await check(other, stays(now))).toBeNull();
  });
});
