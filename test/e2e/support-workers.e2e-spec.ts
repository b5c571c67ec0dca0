import { Role } from '../../src/common/roles';
import { TestApp, errorOf } from '../support/test-app';
import { Login } from '../support/world';

const CREATE = `mutation($input: CreateSupportWorkerInput!) { createSupportWorker(input: $input) { id name activeCaseload maxCaseload active user { id } provider { id } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSupportWorkerInput!) { updateSupportWorker(id: $id, input: $input) { id active maxCaseload } }`;
const ASSIGN = `mutation($input: AssignSupportWorkerInput!) {
  assignSupportWorker(input: $input) { id role endedAt supportWorker { id activeCaseload } placement { id } }
}`;
const END = `mutation($id: ID!) { endAssignment(assignmentId: $id, reason: "Moved team") { id endedAt endReason } }`;
const SUGGEST = `query($id: ID!) { suggestSupportWorkers(placementId: $id, limit: 10) { score reasons supportWorker { id name } } }`;
const PLACEMENT = `query($id: ID!) { placement(id: $id) { id supportWorkers(includeEnded: true) { role endedAt endReason supportWorker { id } } survivor { id } } }`;
const DIRECT = `mutation($input: DirectPlacementInput!) { placeDirectly(input: $input) { id status survivor { id } } }`;

describe('support workers', () => {
  let t: TestApp;
  let providerId: string;
  let coordinator: Login;
  let safehouseId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    providerId = (await t.world.provider()).id;
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    safehouseId = (await t.world.safehouse(providerId, { acceptsGenders: ['WOMAN', 'MAN'] as never })).id;
  });
  afterAll(() => t.close());

  async function worker(fields: Record<string, unknown> = {}, by = coordinator) {
    const response = await t.gql(
      CREATE,
      { input: { providerId, name: 'Worker', gender: 'WOMAN', languages: ['en'], maxCaseload: 3, ...fields } },
      by.token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createSupportWorker;
  }

  async function placement(survivor: Record<string, unknown> = {}, arrived = true) {
    const bed = await t.world.bed(safehouseId);
    const response = await t.gql(
      DIRECT,
      {
        input: {
          bedId: bed.id,
          nights: 5,
          arrived,
          survivor: { gender: 'WOMAN', adult: true, nrmStatus: 'REFERRED', consentToReferral: true, ...survivor },
        },
      },
      coordinator.token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.placeDirectly;
  }

  const assign = (placementId: string, supportWorkerId: string, role = 'SECONDARY', by = coordinator) =>
    t.gql(ASSIGN, { input: { placementId, supportWorkerId, role } }, by.token);

  it("refuses another provider's coordinator, and a login of another provider", async () => {
    const stranger = await t.world.login(Role.PROVIDER_COORDINATOR);
    const refused = await t.gql(
      CREATE,
      { input: { providerId, name: 'X', gender: 'MAN', languages: [], maxCaseload: 2 } },
      stranger.token,
    );
    expect(errorOf(refused).code).toBe('FORBIDDEN');
    const foreignLogin = await t.world.login(Role.SUPPORT_WORKER);
    const wrong = await t.gql(
      CREATE,
      { input: { providerId, name: 'X', gender: 'MAN', languages: [], maxCaseload: 2, userId: foreignLogin.userId } },
      coordinator.token,
    );
    expect(errorOf(wrong).reason).toBe('WRONG_PROVIDER');
  });

  it('fills a caseload to its maximum and refuses one more: max − 1 passes, max is refused', async () => {
    const w = await worker({ maxCaseload: 2 });
    const [a, b, c] = [await placement(), await placement(), await placement()];
    expect((await assign(a.id, w.id)).data!.assignSupportWorker.supportWorker.activeCaseload).toBe(1);
    expect((await assign(b.id, w.id)).data!.assignSupportWorker.supportWorker.activeCaseload).toBe(2);
    expect(errorOf(await assign(c.id, w.id))).toMatchObject({ code: 'CONFLICT', reason: 'CASELOAD_FULL' });
  });

  it('gives exactly one of 10 concurrent assignments to a worker with room for one', async () => {
    const w = await worker({ maxCaseload: 1 });
    const placements = await Promise.all(Array.from({ length: 10 }, () => placement()));
    const coordinators = await Promise.all(placements.map(() => t.world.login(Role.PROVIDER_COORDINATOR, providerId)));
    const responses = await Promise.all(placements.map((p, i) => assign(p.id, w.id, 'SECONDARY', coordinators[i])));
    expect(responses.filter((r) => r.data?.assignSupportWorker)).toHaveLength(1);
    expect(responses.filter((r) => errorOf(r).reason === 'CASELOAD_FULL')).toHaveLength(9);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM support_worker_assignment WHERE support_worker_id = $1 AND ended_at IS NULL`,
      [w.id],
    );
    expect(n).toBe(1);
  });

  it('keeps one open LEAD: a new LEAD ends the previous one as reassigned', async () => {
    const [first, second] = [await worker(), await worker()];
    const p = await placement();
    await assign(p.id, first.id, 'LEAD');
    await assign(p.id, second.id, 'LEAD');
    const seen = await t.gql(PLACEMENT, { id: p.id }, coordinator.token);
    const assignments = seen.data!.placement.supportWorkers;
    expect(assignments).toEqual([
      expect.objectContaining({ role: 'LEAD', endReason: 'reassigned', supportWorker: { id: first.id } }),
      expect.objectContaining({ role: 'LEAD', endedAt: null, supportWorker: { id: second.id } }),
    ]);
  });

  it('refuses a worker of another provider, and a placement that is not live', async () => {
    const otherProvider = (await t.world.provider()).id;
    const otherCoordinator = await t.world.login(Role.PROVIDER_COORDINATOR, otherProvider);
    const foreign = await t.gql(
      CREATE,
      { input: { providerId: otherProvider, name: 'Far', gender: 'MAN', languages: [], maxCaseload: 3 } },
      otherCoordinator.token,
    );
    const p = await placement();
    expect(errorOf(await assign(p.id, foreign.data!.createSupportWorker.id))).toMatchObject({
      reason: 'WRONG_PROVIDER',
    });
    const w = await worker();
    const gone = await placement();
    await t.gql(
      `mutation($id: ID!) { recordDeparture(placementId: $id, destination: UNKNOWN) { id } }`,
      { id: gone.id },
      coordinator.token,
    );
    expect(errorOf(await assign(gone.id, w.id))).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
  });

  it('ends assignments at departure, freeing the caseload, and asks for them to be ended before deactivating', async () => {
    const w = await worker({ maxCaseload: 1 });
    const p = await placement();
    const assigned = await assign(p.id, w.id);
    expect(errorOf(await t.gql(UPDATE, { id: w.id, input: { active: false } }, coordinator.token)).code).toBe(
      'CONFLICT',
    );
    expect(
      errorOf(await t.gql(UPDATE, { id: w.id, input: { maxCaseload: 1 } }, coordinator.token)).code,
    ).toBeUndefined();
    await t.gql(
      `mutation($id: ID!) { recordDeparture(placementId: $id, destination: UNKNOWN) { id } }`,
      { id: p.id },
      coordinator.token,
    );
    const seen = await t.gql(PLACEMENT, { id: p.id }, coordinator.token);
    expect(seen.data!.placement.supportWorkers[0]).toMatchObject({ endReason: 'support case closed' });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'assignment.end' AND entity_id = $1`,
      [assigned.data!.assignSupportWorker.id],
    );
    expect(n).toBe(1);
    expect(
      (await t.gql(UPDATE, { id: w.id, input: { active: false } }, coordinator.token)).data!.updateSupportWorker.active,
    ).toBe(false);
    expect(errorOf(await t.gql(END, { id: assigned.data!.assignSupportWorker.id }, coordinator.token)).reason).toBe(
      'INVALID_TRANSITION',
    );
  });

  describe('on a referral awaiting acceptance', () => {
    const WORKER = `query($id: ID!) { provider(id: $id) { supportWorkers { id activeCaseload } } }`;

    /** A duty officer's referral to a screening house of the provider, awaiting its answer. */
    async function referral(): Promise<string> {
      const house = await t.world.safehouse(providerId, { instantBooking: false });
      const bed = await t.world.bed(house.id);
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const held = await t.gql(
        `mutation($input: HoldBedInput!) { holdBed(input: $input) { id } }`,
        { input: { bedId: bed.id, nights: 3 } },
        officer.token,
      );
      const id = held.data!.holdBed.id as string;
      const confirmed = await t.gql(
        `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { status } }`,
        {
          input: {
            placementId: id,
            survivor: { gender: 'WOMAN', adult: true, nrmStatus: 'REFERRED', consentToReferral: true },
          },
        },
        officer.token,
      );
      expect(confirmed.data!.confirmPlacement.status).toBe('AWAITING_ACCEPTANCE');
      return id;
    }

    async function caseload(workerId: string): Promise<number> {
      const response = await t.gql(WORKER, { id: providerId }, coordinator.token);
      return response.data!.provider.supportWorkers.find((w: { id: string }) => w.id === workerId).activeCaseload;
    }

    afterEach(() => t.clock.reset());

    it('ends its assignments when it is declined, so the caseload drops and the worker sees it no more', async () => {
      const login = await t.world.login(Role.SUPPORT_WORKER, providerId);
      const w = await worker({ maxCaseload: 1, userId: login.userId });
      const p = await referral();
      const assigned = await assign(p, w.id);
      expect(assigned.data!.assignSupportWorker.supportWorker.activeCaseload).toBe(1);
      expect((await t.gql(PLACEMENT, { id: p }, login.token)).data!.placement.survivor).not.toBeNull();

      const declined = await t.gql(
        `mutation($id: ID!) { declinePlacement(placementId: $id, reason: NO_CAPACITY) { status } }`,
        { id: p },
        coordinator.token,
      );
      expect(declined.data!.declinePlacement.status).toBe('DECLINED');
      expect(await caseload(w.id)).toBe(0);
      const seen = await t.gql(PLACEMENT, { id: p }, coordinator.token);
      expect(seen.data!.placement.supportWorkers).toEqual([
        { role: 'SECONDARY', endedAt: expect.any(String), endReason: 'referral declined', supportWorker: { id: w.id } },
      ]);
      expect(errorOf(await t.gql(PLACEMENT, { id: p }, login.token)).code).toBe('NOT_FOUND');
      expect((await assign(await referral(), w.id)).errors).toBeUndefined();
    });

    it('stops counting its assignments once it lapses unanswered, with no job running', async () => {
      const login = await t.world.login(Role.SUPPORT_WORKER, providerId);
      const w = await worker({ maxCaseload: 1, userId: login.userId });
      const p = await referral();
      expect((await assign(p, w.id)).errors).toBeUndefined();
      expect(await caseload(w.id)).toBe(1);

      t.clock.advance(t.settings.ACCEPTANCE_EXPIRY_MINUTES * 60_000 + 1000);
      expect(await caseload(w.id)).toBe(0);
      const seen = await t.gql(PLACEMENT, { id: p }, coordinator.token);
      expect(seen.data!.placement.supportWorkers).toEqual([
        { role: 'SECONDARY', endedAt: expect.any(String), endReason: 'referral lapsed', supportWorker: { id: w.id } },
      ]);
      expect(errorOf(await t.gql(PLACEMENT, { id: p }, login.token)).code).toBe('NOT_FOUND');
      // The room is real: another placement can take the worker.
      expect((await assign((await placement()).id, w.id)).data!.assignSupportWorker.supportWorker.activeCaseload).toBe(
        1,
      );
      expect((await t.gql(UPDATE, { id: w.id, input: { maxCaseload: 1 } }, coordinator.token)).errors).toBeUndefined();
    });
  });

  it('suggests the right person first, with reasons a coordinator reads', async () => {
    const teamProvider = (await t.world.provider()).id;
    const teamCoordinator = await t.world.login(Role.PROVIDER_COORDINATOR, teamProvider);
    const make = async (name: string, gender: string, languages: string[], maxCaseload: number) =>
      (
        await t.gql(
          CREATE,
          { input: { providerId: teamProvider, name, gender, languages, maxCaseload } },
          teamCoordinator.token,
        )
      ).data!.createSupportWorker;
    const besa = await make('Besa', 'WOMAN', ['sq', 'en'], 8);
    const arben = await make('Arben', 'MAN', ['sq'], 8);
    const clare = await make('Clare', 'WOMAN', ['en'], 8);
    await make('Full', 'WOMAN', ['sq'], 1);
    const house = await t.world.safehouse(teamProvider);
    const bed = await t.world.bed(house.id);
    const p = (
      await t.gql(
        DIRECT,
        {
          input: {
            bedId: bed.id,
            nights: 3,
            survivor: {
              gender: 'WOMAN',
              adult: true,
              nrmStatus: 'REFERRED',
              consentToReferral: true,
              languages: ['sq'],
              prefersWorkerGender: 'WOMAN',
            },
          },
        },
        teamCoordinator.token,
      )
    ).data!.placeDirectly;
    // fill the "Full" worker so she has no room
    const full = (
      await t.gql(`{ providers { id supportWorkers { id name } } }`, {}, teamCoordinator.token)
    ).data!.providers[0].supportWorkers.find((w: { name: string }) => w.name === 'Full');
    await t.gql(
      ASSIGN,
      { input: { placementId: p.id, supportWorkerId: full.id, role: 'SECONDARY' } },
      teamCoordinator.token,
    );
    const suggestions = (await t.gql(SUGGEST, { id: p.id }, teamCoordinator.token)).data!.suggestSupportWorkers;
    expect(suggestions.map((s: any) => s.supportWorker.id)).toEqual([besa.id, arben.id, clare.id]);
    expect(suggestions[0].reasons).toEqual(['speaks Albanian', 'woman, as preferred', '0 of 8 cases']);
    expect(suggestions[2].reasons).toEqual(['woman, as preferred', '0 of 8 cases']);
    expect(errorOf(await t.gql(SUGGEST, { id: p.id }, coordinator.token)).code).toBe('NOT_FOUND');
  });

  it('shows a support worker login only the placements and survivors they are assigned to now', async () => {
    const login = await t.world.login(Role.SUPPORT_WORKER, providerId);
    const w = await worker({ userId: login.userId });
    const mine = await placement();
    const notMine = await placement();
    const assigned = await assign(mine.id, w.id);
    expect((await t.gql(PLACEMENT, { id: mine.id }, login.token)).data!.placement.survivor.id).toBe(mine.survivor.id);
    expect(errorOf(await t.gql(PLACEMENT, { id: notMine.id }, login.token)).code).toBe('NOT_FOUND');
    const SURVIVOR = 'query($id: ID!) { survivor(id: $id) { id } }';
    expect(errorOf(await t.gql(SURVIVOR, { id: notMine.survivor.id }, login.token)).code).toBe('NOT_FOUND');
    const list = await t.gql('{ placements { totalCount edges { node { id } } } }', {}, login.token);
    expect(list.data!.placements.edges.map((e: any) => e.node.id)).toEqual([mine.id]);
    await t.gql(END, { id: assigned.data!.assignSupportWorker.id }, coordinator.token);
    expect(errorOf(await t.gql(PLACEMENT, { id: mine.id }, login.token)).code).toBe('NOT_FOUND');
  });
});
