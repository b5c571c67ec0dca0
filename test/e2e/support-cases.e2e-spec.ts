import { Role } from '../../src/common/roles';
import { TestApp, errorOf } from '../support/test-app';
import { Login } from '../support/world';

const CASE_FIELDS = `id status setting openedOn closedOn closeReason area supportEndsOn overdue
  survivor { id preferredName } provider { id } placements { id status }
  supportWorkers { id role supportWorker { id } endedAt } moveOnPlan { id status }`;
const OPEN = `mutation($input: OpenSupportCaseInput!) { openSupportCase(input: $input) { ${CASE_FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $reason: SupportCaseCloseReason!, $note: String) { closeSupportCase(id: $id, reason: $reason, note: $note) { ${CASE_FIELDS} } }`;
const CASE = `query($id: ID!) { supportCase(id: $id) { ${CASE_FIELDS} } }`;
const CASES = `query($filter: SupportCaseFilter, $first: Int, $after: String) { supportCases(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id setting status } } } }`;
const DIRECT = `mutation($input: DirectPlacementInput!) { placeDirectly(input: $input) { id status supportCase { id status setting } survivor { id } } }`;
const DEPART = `mutation($id: ID!, $destination: MoveOnDestination!, $continueOutreach: Boolean) { recordDeparture(placementId: $id, destination: $destination, continueOutreach: $continueOutreach) { id status supportCase { id status setting } } }`;
const ASSIGN = `mutation($input: AssignSupportWorkerInput!) { assignSupportWorker(input: $input) { id endedAt supportCase { id } placement { id } } }`;
const WORKER = `mutation($input: CreateSupportWorkerInput!) { createSupportWorker(input: $input) { id } }`;
const SUGGEST = `query($id: ID!) { suggestSupportWorkers(supportCaseId: $id, limit: 50) { supportWorker { id } reasons } }`;
const SUBMIT_RNA = `mutation($input: SubmitRecoveryNeedsAssessmentInput!) { submitRecoveryNeedsAssessment(input: $input) { id } }`;
const EXTEND = `mutation($input: ExtendSupportInput!) { extendSupport(input: $input) { id } }`;
const WORKER_LOAD = `query($id: ID!) { provider(id: $id) { supportWorkers { id activeCaseload } } }`;
const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id status supportCase { id } } }`;
const ACCEPT = `mutation($id: ID!) { acceptPlacement(placementId: $id) { id status supportCase { id status } } }`;
const DECLINE = `mutation($id: ID!) { declinePlacement(placementId: $id, reason: NO_CAPACITY) { id status supportCase { id } } }`;
const PLACEMENT = `query($id: ID!) { placement(id: $id) { id status supportCase { id } supportWorkers(includeEnded: true) { id endedAt endReason } } }`;
const CREATE_PLAN = `mutation($input: CreateMoveOnPlanInput!) { createMoveOnPlan(input: $input) { id status placement { id } supportCase { id } } }`;
const COMPLETE = `mutation($input: CompleteMoveOnInput!) { completeMoveOn(input: $input) { id status destination placement { id status } supportCase { id status closeReason setting } } }`;
const DECIDE = `mutation($input: RecordNrmDecisionInput!) { recordNrmDecision(input: $input) { id nrmStatus supportCases { id supportEndsOn moveOnPlan { id status supportEndsOn } } } }`;

const person = (name: string) => ({
  preferredName: name,
  gender: 'WOMAN',
  adult: true,
  nrmStatus: 'REFERRED',
  consentToReferral: true,
  languages: ['ro'],
});

describe('support cases', () => {
  let t: TestApp;
  let providerId: string;
  let coordinator: Login;
  let safehouseId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    providerId = (await t.world.provider()).id;
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    safehouseId = (await t.world.safehouse(providerId, { instantBooking: true })).id;
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  async function ok(query: string, variables: Record<string, unknown>, login: Login = coordinator) {
    const response = await t.gql(query, variables, login.token);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  async function outreach(name = 'Ioana', key?: string) {
    const data = await ok(OPEN, {
      input: { providerId, survivor: person(name), area: 'Leeds City Council', idempotencyKey: key },
    });
    return data.openSupportCase;
  }

  async function placeInto(supportCaseId: string, arrived = true) {
    const bed = await t.world.bed(safehouseId);
    return (await ok(DIRECT, { input: { bedId: bed.id, nights: 7, arrived, supportCaseId } })).placeDirectly;
  }

  async function resident(name = 'Maria') {
    const bed = await t.world.bed(safehouseId);
    return (await ok(DIRECT, { input: { bedId: bed.id, nights: 30, arrived: true, survivor: person(name) } }))
      .placeDirectly;
  }

  async function worker(maxCaseload = 5) {
    return (await ok(WORKER, { input: { providerId, name: 'Ana', gender: 'WOMAN', languages: ['ro'], maxCaseload } }))
      .createSupportWorker.id as string;
  }

  it('an outreach case goes from referral to moving on with no bed ever', async () => {
    const opened = await outreach('Ioana', 'outreach-key-0001');
    expect(opened).toMatchObject({
      status: 'OPEN',
      setting: 'OUTREACH',
      area: 'Leeds City Council',
      placements: [],
      survivor: { preferredName: 'Ioana' },
      provider: { id: providerId },
    });
    // The same key again: the same case, nothing more made.
    expect((await outreach('Ioana', 'outreach-key-0001')).id).toBe(opened.id);

    const workerId = await worker();
    // Suggestions by case: the worker who speaks the person's language says so.
    const suggested = await ok(SUGGEST, { id: opened.id });
    expect(suggested.suggestSupportWorkers).toContainEqual({
      supportWorker: { id: workerId },
      reasons: expect.arrayContaining(['speaks Romanian']),
    });
    const assigned = await ok(ASSIGN, { input: { supportCaseId: opened.id, supportWorkerId: workerId, role: 'LEAD' } });
    expect(assigned.assignSupportWorker).toMatchObject({ supportCase: { id: opened.id }, placement: null });

    await ok(DECIDE, {
      input: { survivorId: opened.survivor.id, decision: 'POSITIVE_REASONABLE_GROUNDS', decidedOn: '2026-10-01' },
    });
    const decided = await ok(DECIDE, {
      input: { survivorId: opened.survivor.id, decision: 'POSITIVE_CONCLUSIVE_GROUNDS', decidedOn: '2026-11-02' },
    });
    expect(decided.recordNrmDecision.supportCases).toEqual([
      {
        id: opened.id,
        supportEndsOn: '2026-12-17',
        moveOnPlan: { id: expect.any(String), status: 'DRAFT', supportEndsOn: '2026-12-17' },
      },
    ]);
    const planId = decided.recordNrmDecision.supportCases[0].moveOnPlan.id;

    t.clock.set('2026-12-10T10:00:00Z');
    coordinator = await t.world.signInAgain(coordinator);
    const done = await ok(COMPLETE, {
      input: { planId, movedOnAt: '2026-12-10T09:00:00Z', destination: 'LOCAL_AUTHORITY_TEMPORARY_ACCOMMODATION' },
    });
    expect(done.completeMoveOn).toMatchObject({
      status: 'COMPLETED',
      destination: 'LOCAL_AUTHORITY_TEMPORARY_ACCOMMODATION',
      placement: null,
      supportCase: { id: opened.id, status: 'CLOSED', closeReason: 'MOVED_ON', setting: 'OUTREACH' },
    });
    const closed = (await ok(CASE, { id: opened.id })).supportCase;
    expect(closed).toMatchObject({ closedOn: '2026-12-10', overdue: false, supportWorkers: [] });
    expect((await ok(WORKER_LOAD, { id: providerId })).provider.supportWorkers).toContainEqual({
      id: workerId,
      activeCaseload: 0,
    });
  });

  it('a resident who moves out to asylum accommodation with continueOutreach keeps their worker', async () => {
    const placed = await resident('Elena');
    expect(placed.supportCase).toMatchObject({ status: 'OPEN', setting: 'ACCOMMODATED' });
    const workerId = await worker();
    await ok(ASSIGN, { input: { placementId: placed.id, supportWorkerId: workerId, role: 'LEAD' } });

    const moved = await ok(DEPART, { id: placed.id, destination: 'ASYLUM_ACCOMMODATION', continueOutreach: true });
    expect(moved.recordDeparture).toMatchObject({
      status: 'DEPARTED',
      supportCase: { id: placed.supportCase.id, status: 'OPEN', setting: 'OUTREACH' },
    });
    const goesOn = (await ok(CASE, { id: placed.supportCase.id })).supportCase;
    expect(goesOn.supportWorkers).toEqual([
      { id: expect.any(String), role: 'LEAD', supportWorker: { id: workerId }, endedAt: null },
    ]);
    // From now on only a coordinator closes it.
    const closed = await ok(CLOSE, { id: goesOn.id, reason: 'MOVED_ON', note: 'Settled with family' });
    expect(closed.closeSupportCase).toMatchObject({ status: 'CLOSED', closeReason: 'MOVED_ON', supportWorkers: [] });
  });

  it('a move between two beds of one case keeps the case open, and a departure without onward support closes it', async () => {
    const first = await resident('Sofia');
    const caseId = first.supportCase.id;
    const second = await placeInto(caseId);
    expect(second).toMatchObject({
      status: 'ARRIVED',
      supportCase: { id: caseId },
      survivor: { id: first.survivor.id },
    });
    const left = await ok(DEPART, { id: first.id, destination: 'OTHER_SAFEHOUSE' });
    expect(left.recordDeparture.supportCase).toMatchObject({ id: caseId, status: 'OPEN', setting: 'ACCOMMODATED' });
    expect((await ok(CASE, { id: caseId })).supportCase.placements.map((p: { id: string }) => p.id)).toEqual([
      first.id,
      second.id,
    ]);
    // The last live placement ends with no onward support: the case closes as MOVED_ON.
    const gone = await ok(DEPART, { id: second.id, destination: 'PRIVATE_RENTED' });
    expect(gone.recordDeparture.supportCase).toMatchObject({ status: 'CLOSED', setting: 'OUTREACH' });
    expect((await ok(CASE, { id: caseId })).supportCase.closeReason).toBe('MOVED_ON');
  });

  it.each(['HOSPITAL', 'CUSTODY', 'MISSING'])(
    'a departure to %s keeps the case open as outreach',
    async (destination) => {
      const placed = await resident('Ana');
      const departed = await ok(DEPART, { id: placed.id, destination });
      expect(departed.recordDeparture.supportCase).toMatchObject({ status: 'OPEN', setting: 'OUTREACH' });
    },
  );

  it('a referral declined before acceptance opens no case; an accepted one opens it and takes its assignments along', async () => {
    const screening = (await t.world.safehouse(providerId, { instantBooking: false })).id;
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const referral = async () => {
      const bed = await t.world.bed(screening);
      const hold = await ok(HOLD, { input: { bedId: bed.id, nights: 2 } }, officer);
      const confirmed = await ok(
        CONFIRM,
        { input: { placementId: hold.holdBed.id, survivor: person('Lena') } },
        officer,
      );
      expect(confirmed.confirmPlacement).toMatchObject({ status: 'AWAITING_ACCEPTANCE', supportCase: null });
      return hold.holdBed.id as string;
    };
    const workerId = await worker();

    const declined = await referral();
    await ok(ASSIGN, { input: { placementId: declined, supportWorkerId: workerId, role: 'LEAD' } });
    expect((await ok(DECLINE, { id: declined })).declinePlacement.supportCase).toBeNull();
    const afterDecline = (await ok(PLACEMENT, { id: declined })).placement;
    expect(afterDecline.supportWorkers).toEqual([
      { id: expect.any(String), endedAt: expect.any(String), endReason: 'referral declined' },
    ]);

    const accepted = await referral();
    const early = await ok(ASSIGN, { input: { placementId: accepted, supportWorkerId: workerId, role: 'LEAD' } });
    expect(early.assignSupportWorker.supportCase).toBeNull();
    const taken = (await ok(ACCEPT, { id: accepted })).acceptPlacement;
    expect(taken.supportCase).toMatchObject({ status: 'OPEN' });
    const onCase = (await ok(CASE, { id: taken.supportCase.id })).supportCase;
    expect(onCase.supportWorkers.map((a: { id: string }) => a.id)).toEqual([early.assignSupportWorker.id]);
    // The referrer never reads the case.
    expect((await ok(PLACEMENT, { id: accepted }, officer)).placement).toMatchObject({
      supportCase: null,
      supportWorkers: [],
    });
    expect(errorOf(await t.gql(CASE, { id: taken.supportCase.id }, officer.token)).code).toBe('FORBIDDEN');
  });

  it('refuses to close a case while a bed is held for it (CASE_HAS_LIVE_PLACEMENT), and changes to a closed one (CASE_CLOSED)', async () => {
    const placed = await resident('Irina');
    const caseId = placed.supportCase.id;
    expect(errorOf(await t.gql(CLOSE, { id: caseId, reason: 'OTHER' }, coordinator.token))).toMatchObject({
      code: 'CONFLICT',
      reason: 'CASE_HAS_LIVE_PLACEMENT',
    });
    await ok(DEPART, { id: placed.id, destination: 'HOSPITAL' });
    await ok(CLOSE, { id: caseId, reason: 'OTHER', note: 'Transferred to hospital social work' });
    const workerId = await worker();
    const bed = await t.world.bed(safehouseId);
    for (const [query, variables] of [
      [CLOSE, { id: caseId, reason: 'OTHER' }],
      [ASSIGN, { input: { supportCaseId: caseId, supportWorkerId: workerId, role: 'LEAD' } }],
      [DIRECT, { input: { bedId: bed.id, nights: 2, supportCaseId: caseId } }],
      [CREATE_PLAN, { input: { supportCaseId: caseId } }],
      [SUBMIT_RNA, { input: { supportCaseId: caseId, submittedOn: t.clock.today(), needs: ['HEALTH'] } }],
      [EXTEND, { input: { supportCaseId: caseId, until: '2030-01-01', reason: 'More time' } }],
    ] as const) {
      expect(errorOf(await t.gql(query, variables, coordinator.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'CASE_CLOSED',
      });
    }
  });

  it('ten concurrent assignments to a worker with room for one give exactly one', async () => {
    const workerId = await worker(1);
    const cases = await Promise.all(Array.from({ length: 10 }, (_, i) => outreach(`Person ${i}`)));
    const second = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    const answers = await Promise.all(
      cases.map((found, i) =>
        t.gql(
          ASSIGN,
          { input: { supportCaseId: found.id, supportWorkerId: workerId, role: 'SECONDARY' } },
          (i % 2 ? second : coordinator).token,
        ),
      ),
    );
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.filter((answer) => errorOf(answer).reason === 'CASELOAD_FULL')).toHaveLength(9);
    expect((await ok(WORKER_LOAD, { id: providerId })).provider.supportWorkers).toContainEqual({
      id: workerId,
      activeCaseload: 1,
    });
  });

  it('lists cases for a caseload view, filtered and paged, and gives a support worker exactly their own', async () => {
    const workerLogin = await t.world.login(Role.SUPPORT_WORKER, providerId);
    const mine = (
      await ok(WORKER, {
        input: {
          providerId,
          name: 'Dana',
          gender: 'WOMAN',
          languages: ['ro'],
          maxCaseload: 5,
          userId: workerLogin.userId,
        },
      })
    ).createSupportWorker.id as string;
    const outreachCase = await outreach('Vera');
    const accommodated = (await resident('Nadia')).supportCase;
    await ok(ASSIGN, { input: { supportCaseId: outreachCase.id, supportWorkerId: mine, role: 'LEAD' } });

    const bySetting = async (setting: string) =>
      (await ok(CASES, { filter: { setting, status: 'OPEN' }, first: 100 })).supportCases.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await bySetting('OUTREACH')).toContain(outreachCase.id);
    expect(await bySetting('OUTREACH')).not.toContain(accommodated.id);
    expect(await bySetting('ACCOMMODATED')).toContain(accommodated.id);

    const first = (await ok(CASES, { first: 1 })).supportCases;
    const next = (await ok(CASES, { first: 1, after: first.pageInfo.endCursor })).supportCases;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(next.edges[0].node.id).not.toBe(first.edges[0].node.id);

    const own = (await ok(CASES, { first: 100 }, workerLogin)).supportCases;
    expect(own.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([outreachCase.id]);
    expect((await ok(CASE, { id: outreachCase.id }, workerLogin)).supportCase.survivor.preferredName).toBe('Vera');
    expect(errorOf(await t.gql(CASE, { id: accommodated.id }, workerLogin.token)).code).toBe('NOT_FOUND');
    const byWorker = (await ok(CASES, { filter: { supportWorkerId: mine }, first: 100 })).supportCases;
    expect(byWorker.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([outreachCase.id]);
  });

  it('wants an adult who consents, a survivor or a case but not both, and a case of the same provider', async () => {
    const child = await t.gql(
      OPEN,
      { input: { providerId, survivor: { ...person('Kid'), adult: false }, area: 'Leeds' } },
      coordinator.token,
    );
    expect(errorOf(child).reason).toBe('CHILD_REFER_TO_LOCAL_AUTHORITY');
    const noConsent = await t.gql(
      OPEN,
      { input: { providerId, survivor: { ...person('X'), consentToReferral: false }, area: 'Leeds' } },
      coordinator.token,
    );
    expect(errorOf(noConsent).reason).toBe('CONSENT_REQUIRED');
    const otherProvider = (await t.world.provider()).id;
    expect(
      errorOf(
        await t.gql(
          OPEN,
          { input: { providerId: otherProvider, survivor: person('Y'), area: 'Leeds' } },
          coordinator.token,
        ),
      ).code,
    ).toBe('FORBIDDEN');

    const found = await outreach('Zara');
    const bed = await t.world.bed(safehouseId);
    const both = await t.gql(
      DIRECT,
      { input: { bedId: bed.id, nights: 2, supportCaseId: found.id, survivor: person('Zara') } },
      coordinator.token,
    );
    expect(errorOf(both)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.survivor' });
    const neither = await t.gql(DIRECT, { input: { bedId: bed.id, nights: 2 } }, coordinator.token);
    expect(errorOf(neither)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.survivor' });

    const otherCoordinator = await t.world.login(Role.PROVIDER_COORDINATOR, otherProvider);
    const otherHouse = await t.world.safehouse(otherProvider, { instantBooking: true });
    const otherBed = await t.world.bed(otherHouse.id);
    const elsewhere = await t.gql(
      DIRECT,
      { input: { bedId: otherBed.id, nights: 2, supportCaseId: found.id } },
      otherCoordinator.token,
    );
    expect(errorOf(elsewhere)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.supportCaseId' });
    // Nothing was made by any refusal.
    expect((await ok(CASE, { id: found.id })).supportCase.placements).toEqual([]);
  });

  it('moves a resident on and records their departure at the same moment without a fault: one of them wins', async () => {
    for (let round = 0; round < 5; round += 1) {
      const placed = await resident(`Round ${round}`);
      const plan = (await ok(CREATE_PLAN, { input: { supportCaseId: placed.supportCase.id } })).createMoveOnPlan;
      const movedOnAt = new Date(t.clock.now().getTime() - 60_000).toISOString();
      const [completed, departed] = await Promise.all([
        t.gql(COMPLETE, { input: { planId: plan.id, movedOnAt, destination: 'SOCIAL_HOUSING' } }, coordinator.token),
        t.gql(DEPART, { id: placed.id, destination: 'SOCIAL_HOUSING' }, coordinator.token),
      ]);
      const outcomes = [completed, departed].map((answer) => errorOf(answer).code ?? 'OK');
      expect(outcomes).not.toContain('INTERNAL_SERVER_ERROR');
      expect(outcomes).toContain('OK');
      const found = (await ok(CASE, { id: placed.supportCase.id })).supportCase;
      expect(found).toMatchObject({ status: 'CLOSED', placements: [{ id: placed.id, status: 'DEPARTED' }] });
    }
  });
});
