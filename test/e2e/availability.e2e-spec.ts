import { SearchCounts } from '../../src/availability/search-counts';
import { Role } from '../../src/common/roles';
import { SafehouseEntity } from '../../src/safehouses/safehouse.entity';
import { TestApp, errorOf } from '../support/test-app';
import { Login } from '../support/world';

const SEARCH = `query($input: AvailabilitySearchInput!) {
  searchAvailability(input: $input) {
    distanceKm acceptsArrival nextIntakeAt
    availableBeds { id label sleeps accessible safehouse { id address } }
    safehouse { id name area kind address postcode provider { id outOfHoursPhone } }
  }
}`;

const DAY = 86_400_000;

describe('searchAvailability', () => {
  let t: TestApp;
  let officer: Login;
  let providerId: string;
  let spotIndex = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    officer = await t.world.login(Role.DUTY_OFFICER);
    providerId = (await t.world.provider()).id;
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  /** A fresh patch of map per test, so houses of other tests are never within the radius. */
  function spot(): { latitude: number; longitude: number } {
    spotIndex += 1;
    return { latitude: 50.2 + spotIndex * 0.25, longitude: -3.5 + (spotIndex % 4) * 0.5 };
  }

  async function house(at: { latitude: number; longitude: number }, fields: Partial<SafehouseEntity> = {}) {
    const created = await t.world.safehouse(providerId, { ...at, ...fields });
    const bed = await t.world.bed(created.id, { label: 'Room 1' });
    return { house: created, bed };
  }

  async function search(input: Record<string, unknown>, token = officer.token) {
    const response = await t.gql(SEARCH, { input: { nights: 2, guestGender: 'WOMAN', radiusKm: 10, ...input } }, token);
    expect(response.errors).toBeUndefined();
    return { list: response.data!.searchAvailability as any[], text: response.text };
  }

  const ids = (list: any[]) => list.map((item) => item.safehouse.id);

  it('finds a house with a free bed, giving the area and a rounded distance but never the address', async () => {
    const here = spot();
    const { house: found, bed } = await house({ latitude: here.latitude + 0.03, longitude: here.longitude });
    const admin = await t.world.login(Role.ADMIN);
    for (const token of [officer.token, admin.token]) {
      const { list, text } = await search({ near: here }, token);
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({
        safehouse: { id: found.id, area: 'Manchester', address: null, postcode: null, provider: { id: providerId } },
        availableBeds: [{ id: bed.id, label: 'Room 1', sleeps: 1, safehouse: { id: found.id, address: null } }],
        acceptsArrival: true,
        nextIntakeAt: null,
      });
      expect(list[0].distanceKm * 2).toBe(Math.round(list[0].distanceKm * 2));
      expect(list[0].distanceKm).toBeGreaterThan(2);
      expect(list[0].distanceKm).toBeLessThan(5);
      expect(text).not.toContain(found.address);
      expect(text).not.toContain(found.postcode);
      expect(text).not.toContain(String(found.latitude));
    }
  });

  it('keeps to the radius around the search point', async () => {
    const here = spot();
    const { house: far } = await house({ latitude: here.latitude + 0.14, longitude: here.longitude }); // ~15 km
    expect(ids((await search({ near: here, radiusKm: 10 })).list)).not.toContain(far.id);
    expect(ids((await search({ near: here, radiusKm: 20 })).list)).toContain(far.id);
  });

  it('keeps to the asked kinds, both when none are asked', async () => {
    const here = spot();
    const { house: emergency } = await house(here, { kind: 'PRE_NRM_EMERGENCY' as SafehouseEntity['kind'] });
    expect(ids((await search({ near: here, kinds: ['SAFEHOUSE'] })).list)).toEqual([]);
    expect(ids((await search({ near: here, kinds: ['PRE_NRM_EMERGENCY'] })).list)).toEqual([emergency.id]);
    expect(ids((await search({ near: here })).list)).toEqual([emergency.id]);
  });

  it('keeps to houses that accept the guest gender', async () => {
    const here = spot();
    const { house: women } = await house(here);
    expect(ids((await search({ near: here, guestGender: 'MAN' })).list)).toEqual([]);
    expect(ids((await search({ near: here, guestGender: 'WOMAN' })).list)).toEqual([women.id]);
  });

  it('needs a bed sleeping 1 + dependants in a house that accepts dependants', async () => {
    const here = spot();
    const { house: family, bed: single } = await house(here, { acceptsDependants: true });
    const { house: adultsOnly } = await house(here, { acceptsDependants: false });
    await t.world.bed(adultsOnly.id, { sleeps: 4 });
    expect(ids((await search({ near: here, dependants: 2 })).list)).toEqual([]);
    const room = await t.world.bed(family.id, { sleeps: 3, label: 'Family room' });
    const { list } = await search({ near: here, dependants: 2 });
    expect(ids(list)).toEqual([family.id]);
    expect(list[0].availableBeds.map((b: { id: string }) => b.id)).toEqual([room.id]);
    expect(list[0].availableBeds.map((b: { id: string }) => b.id)).not.toContain(single.id);
  });

  it('needs an accessible bed, step-free access and a spoken language only when asked', async () => {
    const here = spot();
    const { house: plain } = await house(here, { languages: ['en'] });
    expect(ids((await search({ near: here, needsAccessibleBed: true })).list)).toEqual([]);
    expect(ids((await search({ near: here, needsStepFreeAccess: true })).list)).toEqual([]);
    expect(ids((await search({ near: here, language: 'ro' })).list)).toEqual([]);
    expect(ids((await search({ near: here, language: 'en' })).list)).toEqual([plain.id]);

    const { house: adapted, bed } = await house(here, { stepFreeAccess: true, languages: ['ro', 'en'] });
    await t.world.bed(adapted.id, { accessible: true, label: 'Ground floor' });
    const accessible = await search({
      near: here,
      needsAccessibleBed: true,
      needsStepFreeAccess: true,
      language: 'ro',
    });
    expect(ids(accessible.list)).toEqual([adapted.id]);
    expect(accessible.list[0].availableBeds.map((b: { id: string }) => b.id)).not.toContain(bed.id);
  });

  it("lists a house's free beds by label, and matches its languages by primary subtag after every change", async () => {
    const here = spot();
    const { house: found, bed: room1 } = await house(here, { languages: ['PT-br', 'ckb'] });
    const roomC = await t.world.bed(found.id, { label: 'Room C' });
    const roomA = await t.world.bed(found.id, { label: 'Room A' });
    const labels = (list: any[]) => list[0].availableBeds.map((b: { label: string }) => b.label);
    expect(labels((await search({ near: here })).list)).toEqual(['Room 1', 'Room A', 'Room C']);
    expect((await search({ near: here })).list[0].availableBeds.map((b: { id: string }) => b.id)).toEqual([
      room1.id,
      roomA.id,
      roomC.id,
    ]);
    expect(ids((await search({ near: here, language: 'pt' })).list)).toEqual([found.id]);
    expect(ids((await search({ near: here, language: 'pt-PT' })).list)).toEqual([found.id]);
    expect(ids((await search({ near: here, language: 'ku' })).list)).toEqual([]);

    // The coordinator changes the house's languages: the search follows at once.
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    const updated = await t.gql(
      'mutation($id: ID!, $input: UpdateSafehouseInput!) { updateSafehouse(id: $id, input: $input) { id languages } }',
      { id: found.id, input: { languages: ['ro', 'KU-latn'] } },
      coordinator.token,
    );
    expect(updated.errors).toBeUndefined();
    expect(ids((await search({ near: here, language: 'pt' })).list)).toEqual([]);
    expect(ids((await search({ near: here, language: 'ku' })).list)).toEqual([found.id]);
    expect((await search({ near: here, preferLanguage: 'ro' })).list[0].safehouse.id).toBe(found.id);
  });

  it('leaves out houses inside an avoid area, using only the public point', async () => {
    const here = spot();
    const { house: near } = await house(here);
    const avoidHere = [{ near: { latitude: here.latitude, longitude: here.longitude }, radiusKm: 3 }];
    const avoidElsewhere = [{ near: { latitude: here.latitude + 1, longitude: here.longitude }, radiusKm: 3 }];
    expect(ids((await search({ near: here, avoid: avoidHere })).list)).toEqual([]);
    expect(ids((await search({ near: here, avoid: avoidElsewhere })).list)).toEqual([near.id]);
  });

  it('leaves out a house whose referrals are suspended', async () => {
    const here = spot();
    await house(here, { referralsSuspended: true, suspensionReason: 'Inspection found the house unsafe' });
    expect((await search({ near: here })).list).toEqual([]);
  });

  it('offers only beds free for the whole stay; a stay ending when a block starts is free', async () => {
    const here = spot();
    const { house: home, bed } = await house(here);
    const from = new Date('2030-06-10T14:00:00Z');
    await t.world.occupy(bed.id, new Date(from.getTime() + 2 * DAY), new Date(from.getTime() + 5 * DAY), {
      kind: 'BLOCK',
    });
    expect(ids((await search({ near: here, from: from.toISOString(), nights: 2 })).list)).toEqual([home.id]);
    expect(ids((await search({ near: here, from: from.toISOString(), nights: 3 })).list)).toEqual([]);
    const after = new Date(from.getTime() + 5 * DAY).toISOString();
    expect(ids((await search({ near: here, from: after, nights: 3 })).list)).toEqual([home.id]);
  });

  it('counts a live hold as taken and an expired hold as free, without any job running', async () => {
    const here = spot();
    const { house: home, bed } = await house(here);
    const now = new Date('2030-09-01T12:00:00Z');
    t.clock.set(now);
    officer = await t.world.signInAgain(officer); // sign-ins end by the service's clock
    await t.world.occupy(bed.id, now, new Date(now.getTime() + 2 * DAY), {
      kind: 'HOLD',
      expiresAt: new Date(now.getTime() + 45 * 60_000),
    });
    expect((await search({ near: here })).list).toEqual([]);
    t.clock.set(new Date(now.getTime() + 46 * 60_000));
    expect(ids((await search({ near: here })).list)).toEqual([home.id]);
  });

  it('does not offer a removed bed', async () => {
    const here = spot();
    const { bed } = await house(here);
    await t.dataSource.query('UPDATE bed SET removed_at = now() WHERE id = $1', [bed.id]);
    expect((await search({ near: here })).list).toEqual([]);
  });

  describe('intake hours at 02:00 in London', () => {
    // 02:00 London is 02:00Z in January (GMT) and 01:00Z in July (BST).
    const cases = [
      { season: 'January', arrivingAt: '2031-01-15T02:00:00Z', nextDay: '2031-01-15T09:00:00.000Z' },
      { season: 'July', arrivingAt: '2031-07-15T01:00:00Z', nextDay: '2031-07-15T08:00:00.000Z' },
    ];
    for (const { season, arrivingAt, nextDay } of cases) {
      it(`in ${season}: a day window refuses and says when it opens; an overnight window accepts, and comes first`, async () => {
        const here = spot();
        const { house: day } = await house(here, { open24Hours: false, opensAt: '09:00', closesAt: '17:00' });
        const { house: night } = await house(
          { latitude: here.latitude + 0.05, longitude: here.longitude },
          { open24Hours: false, opensAt: '20:00', closesAt: '08:00' },
        );
        const { list } = await search({ near: here, from: arrivingAt, arrivingAt });
        expect(list.map((item) => [item.safehouse.id, item.acceptsArrival, item.nextIntakeAt])).toEqual([
          [night.id, true, null],
          [day.id, false, nextDay],
        ]);
      });
    }

    it('after the day window has closed, the next intake is the following morning', async () => {
      const here = spot();
      const { house: day } = await house(here, { open24Hours: false, opensAt: '09:00', closesAt: '17:00' });
      const { list } = await search({ near: here, arrivingAt: '2031-03-29T18:30:00Z' });
      // 29 March 2031 is a Saturday before the clocks go forward on Sunday 30 March: 09:00 BST is 08:00Z.
      expect(list).toMatchObject([
        { safehouse: { id: day.id }, acceptsArrival: false, nextIntakeAt: '2031-03-30T08:00:00.000Z' },
      ]);
    });
  });

  it('orders by distance and caps the answer at limit', async () => {
    const here = spot();
    const { house: second } = await house({ latitude: here.latitude + 0.04, longitude: here.longitude });
    const { house: first } = await house(here);
    const { house: third } = await house({ latitude: here.latitude + 0.06, longitude: here.longitude });
    expect(ids((await search({ near: here })).list)).toEqual([first.id, second.id, third.id]);
    expect(ids((await search({ near: here, limit: 2 })).list)).toEqual([first.id, second.id]);
  });

  it('orders houses at the same distance by their latest published inspection, never-inspected last', async () => {
    const here = spot();
    const { house: unrated } = await house(here, { name: 'A unrated' });
    const { house: good } = await house(here, { name: 'B good' });
    const { house: outstanding } = await house(here, { name: 'C outstanding' });
    const commissioner = await t.world.commissioner();
    const inspect = (safehouseId: string, rating: string, status: string, inspectedOn: string) =>
      t.dataSource.query(
        `INSERT INTO inspection (safehouse_id, commissioner_id, inspected_on, kind, status, inspector_name,
           overall_rating, overall_rating_overridden, published_at, next_inspection_due_on)
         VALUES ($1, $2, $3, 'ANNOUNCED', $4, 'Inspector', $5, FALSE,
           CASE WHEN $4 = 'PUBLISHED' THEN now() END, CASE WHEN $4 = 'PUBLISHED' THEN DATE '2032-01-01' END)`,
        [safehouseId, commissioner.id, inspectedOn, status, rating],
      );
    await inspect(good.id, 'INADEQUATE', 'PUBLISHED', '2024-01-01');
    await inspect(good.id, 'GOOD', 'PUBLISHED', '2025-01-01');
    await inspect(outstanding.id, 'OUTSTANDING', 'PUBLISHED', '2025-01-01');
    await inspect(unrated.id, 'OUTSTANDING', 'DRAFT', '2025-06-01');
    expect(ids((await search({ near: here })).list)).toEqual([outstanding.id, good.id, unrated.id]);
  });

  it('counts each search by needs alone, and those that found nothing', async () => {
    const here = spot();
    const read = async () => {
      await t.app.get(SearchCounts).flush(); // counted in memory, written every second
      const [row] = await t.dataSource.query(
        `SELECT coalesce(sum(searches), 0)::int AS searches, coalesce(sum(searches_with_no_result), 0)::int AS empty
           FROM unmet_demand WHERE guest_gender = 'NON_BINARY' AND with_dependants AND needs_accessible_bed AND kind = 'PRE_NRM_EMERGENCY'`,
      );
      return row;
    };
    const before = await read();
    await search({
      near: here,
      guestGender: 'NON_BINARY',
      dependants: 1,
      needsAccessibleBed: true,
      kinds: ['PRE_NRM_EMERGENCY'],
    });
    expect(await read()).toEqual({ searches: before.searches + 1, empty: before.empty + 1 });
    const columns = await t.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'unmet_demand' ORDER BY column_name`,
    );
    expect(columns.map((c: { column_name: string }) => c.column_name)).not.toEqual(
      expect.arrayContaining(['latitude', 'user_id']),
    );
  });

  it('refuses out-of-range input as bad input naming the field', async () => {
    const near = { latitude: 53.48, longitude: -2.24 };
    const cases: [Record<string, unknown>, string][] = [
      [{ nights: 0 }, 'input.nights'],
      [{ nights: 366 }, 'input.nights'],
      [{ radiusKm: 0 }, 'input.radiusKm'],
      [{ radiusKm: 1001 }, 'input.radiusKm'],
      [{ limit: 101 }, 'input.limit'],
      [{ limit: 0 }, 'input.limit'],
      [{ language: 'english!!' }, 'input.language'],
      [{ preferLanguage: 'pt_BR' }, 'input.preferLanguage'],
      [{ near: { latitude: 91, longitude: 0 } }, 'input.near.latitude'],
      [{ near: { latitude: 0, longitude: 181 } }, 'input.near.longitude'],
      [{ avoid: Array.from({ length: 21 }, () => ({ near, radiusKm: 1 })) }, 'input.avoid'],
      [{ avoid: [{ near, radiusKm: -1 }] }, 'input.avoid.0.radiusKm'],
      [{ dependants: -1 }, 'input.dependants'],
    ];
    for (const [fields, field] of cases) {
      const response = await t.gql(
        SEARCH,
        { input: { near, nights: 2, guestGender: 'WOMAN', ...fields } },
        officer.token,
      );
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('is for duty officers and admins only', async () => {
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    const response = await t.gql(
      SEARCH,
      { input: { near: { latitude: 53.48, longitude: -2.24 }, nights: 1, guestGender: 'WOMAN' } },
      coordinator.token,
    );
    expect(errorOf(response).code).toBe('FORBIDDEN');
  });
});
