import { Role } from '../../src/common/roles';
import { TestApp, errorOf } from '../support/test-app';

const CREATE = `mutation($input: CreateSafehouseInput!) {
  createSafehouse(input: $input) {
    id name kind area acceptsGenders languages capacityConfirmedAt capacityStale address postcode
    intakeHours { open24Hours opensAt closesAt } provider { id }
  }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateSafehouseInput!) { updateSafehouse(id: $id, input: $input) { id name capacityConfirmedAt } }`;
const ADD_BED = `mutation($input: AddBedInput!) { addBed(input: $input) { id label sleeps accessible safehouse { id } } }`;
const REMOVE_BED = `mutation($id: ID!) { removeBed(id: $id) }`;
const BLOCK = `mutation($input: BedOutOfServiceInput!) { setBedOutOfService(input: $input) { id from until reason bed { id } } }`;
const RETURN = `mutation($id: ID!) { returnBedToService(blockId: $id) }`;
const CONFIRM = `mutation($id: ID!) { confirmCapacity(safehouseId: $id) { id capacityConfirmedAt capacityStale } }`;
const SAFEHOUSE = `query($id: ID!) { safehouse(id: $id) { id name address postcode beds { id label } provider { id } } }`;

function createInput(providerId: string, fields: Record<string, unknown> = {}) {
  return {
    providerId,
    name: 'Harbour House',
    kind: 'SAFEHOUSE',
    area: 'Leeds',
    address: '12 Hidden Row',
    postcode: 'ls1 4ap',
    latitude: 53.7997,
    longitude: -1.5492,
    acceptsGenders: ['WOMAN'],
    acceptsDependants: true,
    stepFreeAccess: false,
    languages: ['en', 'ro'],
    intakeHours: { open24Hours: false, opensAt: '09:00', closesAt: '21:00' },
    instantBooking: false,
    ...fields,
  };
}

describe('safehouses and beds', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  async function auditCount(action: string, entityId: string): Promise<number> {
    const [row] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND entity_id = $2',
      [action, entityId],
    );
    return row.n;
  }

  it('lets a coordinator create a house, confirming its capacity and storing only a snapped public point', async () => {
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    const response = await t.gql(CREATE, { input: createInput(coordinator.organisationId!) }, coordinator.token);
    expect(response.errors).toBeUndefined();
    const house = response.data!.createSafehouse;
    expect(house).toMatchObject({
      name: 'Harbour House',
      area: 'Leeds',
      address: '12 Hidden Row',
      postcode: 'LS1 4AP',
      capacityStale: false,
      intakeHours: { open24Hours: false, opensAt: '09:00', closesAt: '21:00' },
      provider: { id: coordinator.organisationId },
    });
    expect(house.capacityConfirmedAt).not.toBeNull();
    const [row] = await t.dataSource.query('SELECT public_latitude, public_longitude FROM safehouse WHERE id = $1', [
      house.id,
    ]);
    expect(row.public_latitude).toBeCloseTo(53.8, 6);
    expect(row.public_longitude).toBeCloseTo(-1.56, 6);
    expect(await auditCount('safehouse.create', house.id)).toBe(1);
  });

  it('refuses malformed house input as bad input naming the field, and writes nothing', async () => {
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    const cases: [Record<string, unknown>, string][] = [
      [{ languages: ['English'] }, 'input.languages'],
      [{ languages: ['pt-BR', 'PT-br'] }, 'input.languages'],
      [{ acceptsBoysUpToAge: 18 }, 'input.acceptsBoysUpToAge'],
      [{ latitude: 123 }, 'input.latitude'],
      [{ acceptsGenders: [] }, 'input.acceptsGenders'],
      [{ intakeHours: { open24Hours: false, opensAt: '25:00', closesAt: '08:00' } }, 'input.intakeHours.opensAt'],
      [{ intakeHours: { open24Hours: false, opensAt: '20:00' } }, 'input.intakeHours.closesAt'],
      [{ name: 'x'.repeat(201) }, 'input.name'],
    ];
    for (const [fields, field] of cases) {
      const response = await t.gql(
        CREATE,
        { input: createInput(coordinator.organisationId!, fields) },
        coordinator.token,
      );
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const [row] = await t.dataSource.query('SELECT count(*)::int AS n FROM safehouse WHERE provider_id = $1', [
      coordinator.organisationId,
    ]);
    expect(row.n).toBe(0);
  });

  it("refuses every provider mutation to another provider's coordinator", async () => {
    const owner = await t.world.login(Role.PROVIDER_COORDINATOR);
    const other = await t.world.login(Role.PROVIDER_COORDINATOR);
    const house = await t.world.safehouse(owner.organisationId!);
    const bed = await t.world.bed(house.id);
    const block = await t.gql(
      BLOCK,
      { input: { bedId: bed.id, from: '2030-01-01T00:00:00Z', until: '2030-01-02T00:00:00Z', reason: 'Repairs' } },
      owner.token,
    );
    const blockId = block.data!.setBedOutOfService.id;

    const attempts = [
      t.gql(CREATE, { input: createInput(owner.organisationId!) }, other.token),
      t.gql(UPDATE, { id: house.id, input: { name: 'Taken' } }, other.token),
      t.gql(ADD_BED, { input: { safehouseId: house.id, label: 'X', sleeps: 1, accessible: false } }, other.token),
      t.gql(REMOVE_BED, { id: bed.id }, other.token),
      t.gql(
        BLOCK,
        { input: { bedId: bed.id, from: '2030-02-01T00:00:00Z', until: '2030-02-02T00:00:00Z', reason: 'x' } },
        other.token,
      ),
      t.gql(RETURN, { id: blockId }, other.token),
      t.gql(CONFIRM, { id: house.id }, other.token),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorOf(response).code);
    }
    const [row] = await t.dataSource.query('SELECT name FROM safehouse WHERE id = $1', [house.id]);
    expect(row.name).toBe(house.name);
    const [beds] = await t.dataSource.query('SELECT count(*)::int AS n FROM bed WHERE safehouse_id = $1', [house.id]);
    expect(beds.n).toBe(1);
  });

  it('lets a commissioner read a commissioned house but not change it', async () => {
    const provider = await t.world.provider();
    const commissioner = await t.world.login(Role.COMMISSIONER);
    await t.world.commission(commissioner.organisationId!, provider.id);
    const house = await t.world.safehouse(provider.id);
    const read = await t.gql(SAFEHOUSE, { id: house.id }, commissioner.token);
    expect(read.data!.safehouse).toMatchObject({ id: house.id, address: house.address });
    expect(errorOf(await t.gql(CONFIRM, { id: house.id }, commissioner.token)).code).toBe('FORBIDDEN');
  });

  it('updates only the fields given, re-snapping the public point and confirming capacity', async () => {
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    const house = await t.world.safehouse(coordinator.organisationId!, { capacityConfirmedAt: null });
    const response = await t.gql(
      UPDATE,
      { id: house.id, input: { name: 'Renamed', latitude: 51.4545, longitude: -2.5879 } },
      coordinator.token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateSafehouse.capacityConfirmedAt).not.toBeNull();
    const [row] = await t.dataSource.query('SELECT * FROM safehouse WHERE id = $1', [house.id]);
    expect(row).toMatchObject({ name: 'Renamed', area: house.area, accepts_genders: house.acceptsGenders });
    expect(row.public_latitude).toBeCloseTo(51.46, 6);
    expect(row.public_longitude).toBeCloseTo(-2.58, 6);
  });

  it('marks capacity stale after CAPACITY_STALE_HOURS, and confirmCapacity makes it fresh', async () => {
    const house = await t.world.safehouse((await t.world.provider()).id);
    t.clock.set(new Date(Date.now() + 25 * 3_600_000));
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, house.providerId);
    const stale = await t.gql(
      `query($id: ID!) { safehouse(id: $id) { capacityStale } }`,
      { id: house.id },
      coordinator.token,
    );
    expect(stale.data!.safehouse.capacityStale).toBe(true);
    const confirmed = await t.gql(CONFIRM, { id: house.id }, coordinator.token);
    expect(confirmed.data!.confirmCapacity.capacityStale).toBe(false);
    expect(new Date(confirmed.data!.confirmCapacity.capacityConfirmedAt).getTime()).toBe(t.clock.now().getTime());
  });

  it('adds a bed and lists it under the house and the provider, each change confirming capacity', async () => {
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    const house = await t.world.safehouse(coordinator.organisationId!, { capacityConfirmedAt: null });
    const added = await t.gql(
      ADD_BED,
      { input: { safehouseId: house.id, label: 'Family room', sleeps: 3, accessible: true } },
      coordinator.token,
    );
    expect(added.data!.addBed).toMatchObject({
      label: 'Family room',
      sleeps: 3,
      accessible: true,
      safehouse: { id: house.id },
    });
    const provider = await t.gql(
      `query($id: ID!) { provider(id: $id) { safehouses { id capacityStale beds { label } } } }`,
      { id: coordinator.organisationId },
      coordinator.token,
    );
    expect(provider.data!.provider.safehouses).toEqual([
      { id: house.id, capacityStale: false, beds: [{ label: 'Family room' }] },
    ]);
    expect(
      errorOf(
        await t.gql(
          ADD_BED,
          { input: { safehouseId: house.id, label: 'Big', sleeps: 0, accessible: false } },
          coordinator.token,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sleeps' });
  });

  it('refuses to remove a bed with a current or future placement, and removes one whose stays are past', async () => {
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    const house = await t.world.safehouse(coordinator.organisationId!);
    const busy = await t.world.bed(house.id);
    const resident = await t.world.bed(house.id);
    const done = await t.world.bed(house.id);
    const now = t.clock.now().getTime();
    await t.world.occupy(busy.id, new Date(now + 86_400_000), new Date(now + 3 * 86_400_000));
    await t.world.occupy(resident.id, new Date(now - 86_400_000), null);
    await t.world.occupy(done.id, new Date(now - 5 * 86_400_000), new Date(now - 2 * 86_400_000));

    expect(errorOf(await t.gql(REMOVE_BED, { id: busy.id }, coordinator.token))).toMatchObject({
      code: 'CONFLICT',
      reason: 'BED_IN_USE',
    });
    expect(errorOf(await t.gql(REMOVE_BED, { id: resident.id }, coordinator.token)).reason).toBe('BED_IN_USE');
    const removed = await t.gql(REMOVE_BED, { id: done.id }, coordinator.token);
    expect(removed.data!.removeBed).toBe(true);
    const read = await t.gql(SAFEHOUSE, { id: house.id }, coordinator.token);
    expect(read.data!.safehouse.beds.map((b: { id: string }) => b.id).sort()).toEqual([busy.id, resident.id].sort());
  });

  it('blocks a bed over [from, until), refuses an overlapping block, and frees it on return to service', async () => {
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    const house = await t.world.safehouse(coordinator.organisationId!);
    const bed = await t.world.bed(house.id);
    const input = {
      bedId: bed.id,
      from: '2030-03-01T10:00:00Z',
      until: '2030-03-05T10:00:00Z',
      reason: 'Boiler repair',
    };
    const block = await t.gql(BLOCK, { input }, coordinator.token);
    expect(block.errors).toBeUndefined();
    expect(block.data!.setBedOutOfService).toMatchObject({ reason: 'Boiler repair', bed: { id: bed.id } });

    const overlapping = await t.gql(
      BLOCK,
      { input: { ...input, from: '2030-03-04T10:00:00Z', until: '2030-03-06T10:00:00Z' } },
      coordinator.token,
    );
    expect(errorOf(overlapping)).toMatchObject({ code: 'CONFLICT', reason: 'BED_UNAVAILABLE' });
    const adjacent = await t.gql(
      BLOCK,
      { input: { ...input, from: '2030-03-05T10:00:00Z', until: '2030-03-06T10:00:00Z' } },
      coordinator.token,
    );
    expect(adjacent.errors).toBeUndefined();

    const back = await t.gql(RETURN, { id: block.data!.setBedOutOfService.id }, coordinator.token);
    expect(back.data!.returnBedToService).toBe(true);
    const again = await t.gql(BLOCK, { input }, coordinator.token);
    expect(again.errors).toBeUndefined();
    expect(errorOf(await t.gql(BLOCK, { input: { ...input, until: input.from } }, coordinator.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.until',
    });
  });

  it('enforces in the database that two live occupations of a bed never overlap; dead ones do not count', async () => {
    const provider = await t.world.provider();
    const house = await t.world.safehouse(provider.id);
    const bed = await t.world.bed(house.id);
    await t.world.occupy(bed.id, '2031-01-01T00:00:00Z', '2031-01-10T00:00:00Z');
    await expect(t.world.occupy(bed.id, '2031-01-09T00:00:00Z', '2031-01-12T00:00:00Z')).rejects.toThrow();
    await t.world.occupy(bed.id, '2031-01-10T00:00:00Z', '2031-01-12T00:00:00Z');
    await t.world.occupy(bed.id, '2031-01-05T00:00:00Z', '2031-01-06T00:00:00Z', { live: false });
  });

  it('frees a bed held by an expired hold when it is blocked, without any background job', async () => {
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    const house = await t.world.safehouse(coordinator.organisationId!);
    const bed = await t.world.bed(house.id);
    const now = t.clock.now().getTime();
    await t.world.occupy(bed.id, new Date(now), new Date(now + 86_400_000), {
      kind: 'HOLD',
      expiresAt: new Date(now - 60_000),
    });
    const block = await t.gql(
      BLOCK,
      {
        input: {
          bedId: bed.id,
          from: new Date(now).toISOString(),
          until: new Date(now + 3_600_000).toISOString(),
          reason: 'Clean',
        },
      },
      coordinator.token,
    );
    expect(block.errors).toBeUndefined();
  });

  describe('the address', () => {
    it('shows the address to ADMIN, the provider staff and a commissioner commissioning it now, auditing each reveal', async () => {
      const provider = await t.world.provider();
      const house = await t.world.safehouse(provider.id);
      const commissioner = await t.world.login(Role.COMMISSIONER);
      await t.world.commission(commissioner.organisationId!, provider.id);
      const viewers = [
        await t.world.login(Role.ADMIN),
        await t.world.login(Role.PROVIDER_COORDINATOR, provider.id),
        await t.world.login(Role.SUPPORT_WORKER, provider.id),
        commissioner,
      ];
      for (const viewer of viewers) {
        const response = await t.gql(SAFEHOUSE, { id: house.id }, viewer.token);
        expect(response.data!.safehouse).toMatchObject({ address: house.address, postcode: house.postcode });
      }
      expect(await auditCount('safehouse.address.read', house.id)).toBe(viewers.length);
    });

    it('keeps the address from a duty officer without a booking there, and writes no reveal', async () => {
      const provider = await t.world.provider();
      const house = await t.world.safehouse(provider.id);
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const response = await t.gql(SAFEHOUSE, { id: house.id }, officer.token);
      expect(response.data!.safehouse).toMatchObject({ id: house.id, address: null, postcode: null });
      expect(response.text).not.toContain(house.address);
      expect(await auditCount('safehouse.address.read', house.id)).toBe(0);
    });

    it('does not find a house for a commissioner whose commissioning has ended, nor for another provider', async () => {
      const provider = await t.world.provider();
      const house = await t.world.safehouse(provider.id);
      const former = await t.world.login(Role.COMMISSIONER);
      await t.world.commission(former.organisationId!, provider.id, '2020-01-01', '2021-01-01');
      const stranger = await t.world.login(Role.PROVIDER_COORDINATOR);
      for (const viewer of [former, stranger]) {
        const response = await t.gql(SAFEHOUSE, { id: house.id }, viewer.token);
        expect(errorOf(response).code).toBe('NOT_FOUND');
        expect(response.text).not.toContain(house.address);
      }
    });
  });
});
