import { Role } from '../../src/common/roles';
import { HostileWorld, buildHostileWorld } from '../support/hostile-world';
import { TestApp, errorOf } from '../support/test-app';
import { Login } from '../support/world';

/** A row as the database holds it, to show that a refused request changed nothing. */
async function rowOf(t: TestApp, table: string, id: string): Promise<unknown> {
  const [row] = await t.dataSource.query(`SELECT to_jsonb(r) AS row FROM "${table}" r WHERE id = $1`, [id]);
  if (!row) throw new Error(`no ${table} ${id}`);
  return row.row;
}

const crafted = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/**
 * CONTRACT.md, Errors: a null for an optional field that cannot be empty, a control character in any
 * text, a cursor the server did not make, are BAD_USER_INPUT naming the field, never a 500, and write
 * nothing; a request that is not GraphQL is answered 400; no error echoes what was typed.
 */
describe('input the service refuses', () => {
  let t: TestApp;
  let world: HostileWorld;
  let coordinator: Login;
  let dutyOfficer: Login;
  let commissioner: Login;

  beforeAll(async () => {
    t = await TestApp.start();
    world = await buildHostileWorld(t);
    ({ coordinator, dutyOfficer, commissioner } = world.tenant);
  }, 300_000);
  afterAll(async () => {
    await t.close();
  });

  describe('an explicit null for a field that cannot be empty', () => {
    const UPDATE_SAFEHOUSE = `mutation($id: ID!, $input: UpdateSafehouseInput!) { updateSafehouse(id: $id, input: $input) { id } }`;

    it.each([
      'name',
      'area',
      'address',
      'postcode',
      'latitude',
      'longitude',
      'acceptsGenders',
      'acceptsDependants',
      'stepFreeAccess',
      'languages',
      'intakeHours',
      'instantBooking',
    ])('updateSafehouse(%s: null) is BAD_USER_INPUT naming it, and the house is unchanged', async (field) => {
      const id = world.ids.safehouse[0];
      const before = await rowOf(t, 'safehouse', id);
      const response = await t.gql(UPDATE_SAFEHOUSE, { id, input: { [field]: null } }, coordinator.token);
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.${field}` });
      expect(response.text).not.toMatch(/Canarywharf|QX9|53\.48|-2\.24/);
      expect(await rowOf(t, 'safehouse', id)).toEqual(before);
    });

    it.each(['name', 'gender', 'languages', 'maxCaseload', 'active'])(
      'updateSupportWorker(%s: null) is BAD_USER_INPUT naming it, and the worker is unchanged',
      async (field) => {
        const id = world.ids.supportWorker[0];
        const before = await rowOf(t, 'support_worker', id);
        const response = await t.gql(
          `mutation($id: ID!, $input: UpdateSupportWorkerInput!) { updateSupportWorker(id: $id, input: $input) { id } }`,
          { id, input: { [field]: null } },
          coordinator.token,
        );
        expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.${field}` });
        expect(await rowOf(t, 'support_worker', id)).toEqual(before);
      },
    );

    it('refuses status: null on a goal, which has a status always', async () => {
      const id = world.ids.goal[0];
      const before = await rowOf(t, 'move_on_goal', id);
      const response = await t.gql(
        `mutation($id: ID!, $input: UpdateMoveOnGoalInput!) { updateMoveOnGoal(goalId: $id, input: $input) { id } }`,
        { id, input: { status: null } },
        coordinator.token,
      );
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status' });
      expect(await rowOf(t, 'move_on_goal', id)).toEqual(before);
    });
  });

  describe('a null that clears', () => {
    it('unassigns a goal given ownerSupportWorkerId: null, and clears its note and due date', async () => {
      const id = world.ids.goal[0];
      const set = await t.gql(
        `mutation($id: ID!, $input: UpdateMoveOnGoalInput!) { updateMoveOnGoal(goalId: $id, input: $input) { note dueOn } }`,
        { id, input: { note: 'Call the council\nthen the landlord', dueOn: '2026-12-01' } },
        coordinator.token,
      );
      expect(set.data?.updateMoveOnGoal).toEqual({ note: 'Call the council\nthen the landlord', dueOn: '2026-12-01' });

      const response = await t.gql(
        `mutation($id: ID!, $input: UpdateMoveOnGoalInput!) {
          updateMoveOnGoal(goalId: $id, input: $input) { owner { id } note dueOn status }
        }`,
        { id, input: { ownerSupportWorkerId: null, note: null, dueOn: null } },
        coordinator.token,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.updateMoveOnGoal).toMatchObject({ owner: null, note: null, dueOn: null });
      expect(await rowOf(t, 'move_on_goal', id)).toMatchObject({ owner_support_worker_id: null, note: null });
    });
  });

  describe('a control character in any text', () => {
    const cases: [string, string, (w: HostileWorld) => Record<string, unknown>, () => Login, string, string][] = [
      [
        'cancelPlacement',
        `mutation($id: ID!, $text: String!) { cancelPlacement(placementId: $id, reason: $text) { id } }`,
        (w) => ({ id: w.placements.CONFIRMED }),
        () => dutyOfficer,
        'reason',
        'placement',
      ],
      [
        'declinePlacement',
        `mutation($id: ID!, $text: String) { declinePlacement(placementId: $id, reason: OTHER, note: $text) { id } }`,
        (w) => ({ id: w.placements.AWAITING_ACCEPTANCE }),
        () => coordinator,
        'note',
        'placement',
      ],
      [
        'endAssignment',
        `mutation($id: ID!, $text: String!) { endAssignment(assignmentId: $id, reason: $text) { id } }`,
        (w) => ({ id: w.ids.assignment[0] }),
        () => coordinator,
        'reason',
        'support_worker_assignment',
      ],
      [
        'suspendReferrals',
        `mutation($id: ID!, $text: String!) { suspendReferrals(safehouseId: $id, reason: $text) { id } }`,
        (w) => ({ id: w.ids.safehouse[0] }),
        () => commissioner,
        'reason',
        'safehouse',
      ],
      [
        'resumeReferrals',
        `mutation($id: ID!, $text: String) { resumeReferrals(safehouseId: $id, reason: $text) { id } }`,
        (w) => ({ id: w.ids.safehouse[0] }),
        () => commissioner,
        'reason',
        'safehouse',
      ],
      [
        'completeInspectionAction',
        `mutation($id: ID!, $text: String!) { completeInspectionAction(actionId: $id, evidence: $text) { id } }`,
        (w) => ({ id: w.ids.action[0] }),
        () => coordinator,
        'evidence',
        'inspection_action',
      ],
    ];

    it.each(cases)(
      '%s refuses a NUL, an escape and a C1 control as BAD_USER_INPUT naming the field, and changes nothing',
      async (_name, query, ids, login, field, table) => {
        const variables = ids(world);
        const before = await rowOf(t, table, variables.id as string);
        for (const control of ['\u0000', '\u001b', '\u0085']) {
          const response = await t.gql(query, { ...variables, text: `Jane Doe said${control} no` }, login().token);
          expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
          expect(response.text).not.toContain('Jane Doe');
        }
        expect(await rowOf(t, table, variables.id as string)).toEqual(before);
      },
    );

    it("refuses one in a survivor's name, deep in the input, without repeating the name", async () => {
      const id = world.placements.HELD;
      const before = await rowOf(t, 'placement', id);
      const response = await t.gql(
        `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id } }`,
        {
          input: {
            placementId: id,
            survivor: {
              preferredName: 'Jane\u0000Doe',
              gender: 'WOMAN',
              adult: true,
              nrmStatus: 'REFERRED',
              consentToReferral: true,
            },
          },
        },
        dutyOfficer.token,
      );
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.survivor.preferredName' });
      expect(response.text).not.toMatch(/Jane|Doe/);
      expect(await rowOf(t, 'placement', id)).toEqual(before);
    });

    it('takes line breaks in text that may run over several lines, and refuses them in a line', async () => {
      const name = await t.gql(
        `mutation($id: ID!) { updateSafehouse(id: $id, input: { name: "North\\nHouse" }) { id } }`,
        { id: world.ids.safehouse[0] },
        coordinator.token,
      );
      expect(errorOf(name)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
      expect(name.status).toBe(400);

      const cancelled = await t.gql(
        `mutation($id: ID!, $reason: String!) { cancelPlacement(placementId: $id, reason: $reason) { status } }`,
        { id: world.placements.HELD, reason: 'She chose another house.\r\n\tToo near the city centre.' },
        dutyOfficer.token,
      );
      expect(cancelled.errors).toBeUndefined();
      expect(cancelled.data?.cancelPlacement.status).toBe('CANCELLED');
    });
  });

  describe('a cursor the server did not make', () => {
    const LISTS: [string, string][] = [
      ['placements', 'placements(after: $after) { totalCount }'],
      ['moveOnPlans', 'moveOnPlans(after: $after) { totalCount }'],
      ['inspections', 'inspections(after: $after) { totalCount }'],
      ['auditEvents', 'auditEvents(after: $after) { totalCount }'],
    ];
    const CRAFTED = [
      crafted('c:2026-11-20T10:00:00.000Z|not-an-id'),
      crafted('c:2026-13-45|00000000-0000-4000-8000-000000000000'),
      crafted('c:2026-11-20|aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaa-'),
      crafted('c:9999999999999999999'),
      crafted('placements:2026-11-20T10:00:00.000Z|Jane Doe'),
      crafted('c:\u0000'),
      'not a cursor',
    ];

    it.each(LISTS)('%s answers BAD_USER_INPUT naming after, never a 500', async (_list, field) => {
      for (const after of CRAFTED) {
        const response = await t.gql(`query($after: String) { ${field} }`, { after }, world.admin.token);
        expect({ after, ...errorOf(response) }).toMatchObject({ after, code: 'BAD_USER_INPUT', field: 'after' });
        expect(response.status).toBeLessThan(500);
      }
    });

    it('pages on with the cursors it gives', async () => {
      const page = (after: string | null) =>
        t.gql(
          `query($after: String) { placements(first: 3, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } }`,
          { after },
          world.admin.token,
        );
      const first = (await page(null)).data!.placements;
      const second = await page(first.pageInfo.endCursor);
      expect(second.errors).toBeUndefined();
      const ids = [...first.edges, ...second.data!.placements.edges].map((e: any) => e.node.id);
      expect(new Set(ids).size).toBe(6);
    });
  });

  describe('a request that is not GraphQL', () => {
    it('answers a syntax error with HTTP 400, BAD_USER_INPUT, and not the value it stopped at', async () => {
      const response = await t.gql('{ placements(after: "Jane Doe" ', {}, world.admin.token);
      expect(response.status).toBe(400);
      expect(errorOf(response).code).toBe('BAD_USER_INPUT');
      expect(response.text).not.toContain('Jane');
    });

    it.each([
      ['an empty body', {}],
      ['no query', { variables: {} }],
      ['an empty query', { query: '' }],
      ['a query that is not text', { query: 42 }],
    ])('answers %s with HTTP 400', async (_label, body) => {
      const response = await t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${world.admin.token}`)
        .send(body);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('a date and time that is not one', () => {
    const HOLD_FROM = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id from } }`;
    it.each([
      ['30 February', '2027-02-30T10:00:00Z'],
      ['no offset from UTC', '2027-06-01T10:00:00'],
      ['a date alone', '2027-06-01'],
      ['24:00', '2027-06-01T24:00:00Z'],
    ])('refuses %s (%s) naming input.from, holding nothing, in variables and in the query', async (_what, from) => {
      const bedId = world.tenant.ids.freeBedId;
      const before = await t.dataSource.query('SELECT count(*)::int AS n FROM placement WHERE bed_id = $1', [bedId]);
      const asVariable = await t.gql(HOLD_FROM, { input: { bedId, nights: 1, from } }, dutyOfficer.token);
      expect(errorOf(asVariable)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.from' });
      const inQuery = await t.gql(
        `mutation { holdBed(input: { bedId: "${bedId}", nights: 1, from: "${from}" }) { id } }`,
        {},
        dutyOfficer.token,
      );
      expect(errorOf(inQuery)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.from' });
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM placement WHERE bed_id = $1', [bedId])).toEqual(
        before,
      );
    });
  });

  describe('a value written into the query', () => {
    it.each([
      ['{ placements(first: "Jane Doe") { totalCount } }', 'first'],
      ['{ placements(filter: { statuses: [HELD, JANE_DOE] }) { totalCount } }', 'filter.statuses.1'],
      [
        'mutation { holdBed(input: { bedId: "00000000-0000-4000-8000-000000000000", nights: "Jane Doe" }) { id } }',
        'input.nights',
      ],
    ])('%s is refused naming %s, without repeating the value', async (query, field) => {
      const response = await t.gql(query, {}, dutyOfficer.token);
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(response.text).not.toMatch(/Jane|JANE/);
    });

    it.each([
      ['a Date', `until: "2027-99-01"`, 'input.until'],
      ['a date and time where a Date goes', `until: "2027-09-01T00:00:00Z"`, 'input.until'],
    ])('names the field of %s that is not one, as it does for a variable', async (_what, until, field) => {
      const query = `mutation { extendSupport(input: { supportCaseId: "00000000-0000-4000-8000-000000000000", ${until}, reason: "Jane needs longer" }) { id } }`;
      const response = await t.gql(query, {}, coordinator.token);
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(response.text).not.toMatch(/Jane|JANE/);
    });
  });

  describe('a change the placement is past', () => {
    it('says so in plain words', async () => {
      const say = async (mutation: string, id: string, login: Login) =>
        errorOf(await t.gql(`mutation($id: ID!) { ${mutation} { id } }`, { id }, login.token));
      expect(await say('recordNoShow(placementId: $id)', world.placements.DECLINED, coordinator)).toMatchObject({
        reason: 'INVALID_TRANSITION',
        message: 'This placement is declined, so it cannot be marked as a no-show.',
      });
      expect(await say('acceptPlacement(placementId: $id)', world.placements.NO_SHOW, coordinator)).toMatchObject({
        message: 'This placement is closed (the person did not arrive), so it cannot be accepted.',
      });
      expect(
        await say('cancelPlacement(placementId: $id, reason: "Again")', world.placements.CANCELLED, dutyOfficer),
      ).toMatchObject({ message: 'This placement is cancelled, so it cannot be cancelled.' });
      expect(await say('releaseHold(placementId: $id)', world.placements.EXPIRED, dutyOfficer)).toMatchObject({
        message: 'This placement is expired, so it cannot be released.',
      });
    });
  });
});

describe('in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ NODE_ENV: 'production' });
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  it('suggests no field or value names ("Did you mean …?") in any error', async () => {
    const login = await t.world.login(Role.DUTY_OFFICER);
    for (const query of [
      '{ placementz { totalCount } }',
      '{ placements(filter: { statuses: [HELDD] }) { totalCount } }',
      '{ placements(filter: { statusez: [HELD] }) { totalCount } }',
    ]) {
      const response = await t.gql(query, {}, login.token);
      expect(errorOf(response).code).toBe('BAD_USER_INPUT');
      expect(response.text).not.toMatch(/Did you mean|"placements"|"HELD"|"statuses"/);
    }
  });
});
