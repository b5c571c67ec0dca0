import { Role } from '../../src/common/roles';
import { TestApp, errorOf } from '../support/test-app';
import { Login } from '../support/world';

const INSPECTION_FIELDS = `id status inspectedOn kind inspectorName overallRating overallRatingOverridden overrideReason
  publishedAt nextInspectionDueOn safehouse { id } commissioner { id }
  ratings { keyQuestion rating summary } findings { standard outcome notes }
  actions { id description keyQuestion dueOn status overdue completedAt evidence verifiedAt }`;
const RECORD = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { ${INSPECTION_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateInspectionInput!) { updateInspection(id: $id, input: $input) { ${INSPECTION_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishInspection(id: $id) { ${INSPECTION_FIELDS} } }`;
const INSPECTION = `query($id: ID!) { inspection(id: $id) { ${INSPECTION_FIELDS} } }`;
const INSPECTIONS = `query($filter: InspectionFilter, $first: Int, $after: String) {
  inspections(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status overallRating inspectedOn } }
  }
}`;
const COMPLETE = `mutation($id: ID!, $evidence: String!) {
  completeInspectionAction(actionId: $id, evidence: $evidence) { id status overdue completedAt evidence verifiedAt }
}`;
const VERIFY = `mutation($id: ID!) { verifyInspectionAction(actionId: $id) { id status completedAt evidence verifiedAt } }`;
const LATEST = `query($id: ID!) { safehouse(id: $id) { id latestInspection { id overallRating inspectedOn } } }`;

const QUESTIONS = ['SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED'];
const NOW = '2026-11-22T12:00:00Z';

function ratings(...values: string[]) {
  return QUESTIONS.map((keyQuestion, i) => ({ keyQuestion, rating: values[i], summary: `${keyQuestion} as seen` }));
}

function inspectionInput(safehouseId: string, fields: Record<string, unknown> = {}) {
  return {
    safehouseId,
    inspectedOn: '2026-11-01',
    kind: 'ANNOUNCED',
    inspectorName: 'Ada Inspector',
    ratings: ratings('GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD'),
    findings: [{ standard: 'Safety and security', outcome: 'PARTIALLY_MET', notes: 'Door log gaps' }],
    actions: [{ description: 'Keep the door log every night', keyQuestion: 'SAFE', dueOn: '2026-12-15' }],
    ...fields,
  };
}

describe('care standards inspections', () => {
  let t: TestApp;
  let admin: Login;
  let commissioner: Login;
  let outsider: Login;
  let coordinator: Login;
  let otherCoordinator: Login;
  let dutyOfficer: Login;
  let supportWorker: Login;
  let providerId: string;
  let houseId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const provider = await t.world.provider();
    const commissionerOrg = await t.world.commissioner();
    providerId = provider.id;
    await t.world.commission(commissionerOrg.id, providerId, '2026-01-01');
    // Tokens expire by real time: issue them before the clock is moved.
    admin = await t.world.login(Role.ADMIN);
    commissioner = await t.world.login(Role.COMMISSIONER, commissionerOrg.id);
    outsider = await t.world.login(Role.COMMISSIONER);
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    otherCoordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    dutyOfficer = await t.world.login(Role.DUTY_OFFICER);
    supportWorker = await t.world.login(Role.SUPPORT_WORKER, providerId);
    houseId = (await t.world.safehouse(providerId)).id;
  });
  beforeEach(() => t.clock.set(NOW));
  afterAll(() => t.close());

  async function record(fields: Record<string, unknown> = {}, token = commissioner.token, house = houseId) {
    const response = await t.gql(RECORD, { input: inspectionInput(house, fields) }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.recordInspection;
  }

  async function publish(id: string, token = commissioner.token) {
    const response = await t.gql(PUBLISH, { id }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.publishInspection;
  }

  async function countInspections(house = houseId): Promise<number> {
    const [row] = await t.dataSource.query('SELECT count(*)::int AS n FROM inspection WHERE safehouse_id = $1', [
      house,
    ]);
    return row.n;
  }

  async function auditCount(action: string, entityId: string): Promise<number> {
    const [row] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND entity_id = $2',
      [action, entityId],
    );
    return row.n;
  }

  describe('the overall rating', () => {
    it.each([
      ['two inadequate', ['INADEQUATE', 'INADEQUATE', 'GOOD', 'OUTSTANDING', 'OUTSTANDING'], 'INADEQUATE'],
      ['one inadequate', ['INADEQUATE', 'OUTSTANDING', 'OUTSTANDING', 'OUTSTANDING', 'GOOD'], 'REQUIRES_IMPROVEMENT'],
      [
        'two requiring improvement',
        ['REQUIRES_IMPROVEMENT', 'GOOD', 'REQUIRES_IMPROVEMENT', 'OUTSTANDING', 'OUTSTANDING'],
        'REQUIRES_IMPROVEMENT',
      ],
      ['two outstanding with the rest good', ['OUTSTANDING', 'GOOD', 'GOOD', 'OUTSTANDING', 'GOOD'], 'OUTSTANDING'],
      [
        'outstanding with one requiring improvement: good, as CQC has it (not the rest good)',
        ['OUTSTANDING', 'OUTSTANDING', 'REQUIRES_IMPROVEMENT', 'OUTSTANDING', 'GOOD'],
        'GOOD',
      ],
      ['one outstanding, the rest good', ['GOOD', 'OUTSTANDING', 'GOOD', 'GOOD', 'GOOD'], 'GOOD'],
      ['all good', ['GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD'], 'GOOD'],
    ])('aggregates %s', async (_name, values, expected) => {
      const inspection = await record({ ratings: ratings(...values) });
      expect(inspection).toMatchObject({ status: 'DRAFT', overallRating: expected, overallRatingOverridden: false });
      expect(inspection.ratings.map((r: { rating: string }) => r.rating)).toEqual(values);
    });

    it('records a draft with its findings and actions, audited, for the caller’s commissioner', async () => {
      const inspection = await record();
      expect(inspection).toMatchObject({
        status: 'DRAFT',
        inspectedOn: '2026-11-01',
        kind: 'ANNOUNCED',
        publishedAt: null,
        nextInspectionDueOn: null,
        safehouse: { id: houseId },
        commissioner: { id: commissioner.organisationId },
        findings: [{ standard: 'Safety and security', outcome: 'PARTIALLY_MET', notes: 'Door log gaps' }],
        actions: [{ dueOn: '2026-12-15', keyQuestion: 'SAFE', status: 'OPEN', overdue: false, evidence: null }],
      });
      expect(await auditCount('inspection.record', inspection.id)).toBe(1);
    });

    it.each([
      ['four ratings', ratings('GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD').slice(0, 4)],
      [
        'a question rated twice and one left out',
        [
          ...ratings('GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD').slice(0, 4),
          { keyQuestion: 'SAFE', rating: 'GOOD', summary: 'again' },
        ],
      ],
      [
        'six ratings',
        [...ratings('GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD'), { keyQuestion: 'SAFE', rating: 'GOOD', summary: 'x' }],
      ],
      ['none', []],
    ])('refuses %s with RATINGS_INCOMPLETE and writes nothing', async (_name, given) => {
      const before = await countInspections();
      const response = await t.gql(RECORD, { input: inspectionInput(houseId, { ratings: given }) }, commissioner.token);
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RATINGS_INCOMPLETE' });
      expect(await countInspections()).toBe(before);
    });
  });

  describe('overrides', () => {
    it('caps the rating at requires improvement for a care standard not met, unless overridden with a reason', async () => {
      const notMet = [{ standard: 'Safeguarding', outcome: 'NOT_MET', notes: 'No safeguarding lead' }];
      const capped = await record({ ratings: ratings(...Array(5).fill('OUTSTANDING')), findings: notMet });
      expect(capped).toMatchObject({ overallRating: 'REQUIRES_IMPROVEMENT', overallRatingOverridden: false });
      const worse = await record({
        ratings: ratings('INADEQUATE', 'INADEQUATE', 'GOOD', 'GOOD', 'GOOD'),
        findings: notMet,
      });
      expect(worse.overallRating).toBe('INADEQUATE');
      const overridden = await record({
        ratings: ratings(...Array(5).fill('OUTSTANDING')),
        findings: notMet,
        overallRatingOverride: 'GOOD',
        overrideReason: 'Lead appointed the day after the visit',
      });
      expect(overridden).toMatchObject({ overallRating: 'GOOD', overallRatingOverridden: true });
    });

    it('takes an override with a reason and shows it as overridden', async () => {
      const inspection = await record({
        ratings: ratings('GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD'),
        overallRatingOverride: 'REQUIRES_IMPROVEMENT',
        overrideReason: 'A safeguarding incident after the visit',
      });
      expect(inspection).toMatchObject({
        overallRating: 'REQUIRES_IMPROVEMENT',
        overallRatingOverridden: true,
        overrideReason: 'A safeguarding incident after the visit',
      });
    });

    it('refuses an override without a reason, naming overrideReason, and writes nothing', async () => {
      const before = await countInspections();
      const response = await t.gql(
        RECORD,
        { input: inspectionInput(houseId, { overallRatingOverride: 'INADEQUATE' }) },
        commissioner.token,
      );
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.overrideReason' });
      const blank = await t.gql(
        RECORD,
        { input: inspectionInput(houseId, { overallRatingOverride: 'INADEQUATE', overrideReason: '   ' }) },
        commissioner.token,
      );
      expect(errorOf(blank)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.overrideReason' });
      expect(await countInspections()).toBe(before);
    });

    it('refuses a reason without an override', async () => {
      const response = await t.gql(
        RECORD,
        { input: inspectionInput(houseId, { overrideReason: 'just because' }) },
        commissioner.token,
      );
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.overrideReason' });
    });
  });

  describe('correcting and publishing', () => {
    it('corrects a draft, replacing ratings, findings and actions and recomputing the rating', async () => {
      const draft = await record();
      const response = await t.gql(
        UPDATE,
        {
          id: draft.id,
          input: {
            inspectedOn: '2026-10-30',
            kind: 'UNANNOUNCED',
            inspectorName: 'Ada Inspector',
            ratings: ratings('INADEQUATE', 'INADEQUATE', 'GOOD', 'GOOD', 'GOOD'),
            findings: [],
            actions: [
              { description: 'Second fire exit', dueOn: '2026-12-01' },
              { description: 'Staff training', keyQuestion: 'WELL_LED', dueOn: '2027-01-10' },
            ],
          },
        },
        commissioner.token,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.updateInspection).toMatchObject({
        id: draft.id,
        status: 'DRAFT',
        inspectedOn: '2026-10-30',
        kind: 'UNANNOUNCED',
        overallRating: 'INADEQUATE',
        findings: [],
        actions: [
          { description: 'Second fire exit', keyQuestion: null, dueOn: '2026-12-01' },
          { description: 'Staff training', keyQuestion: 'WELL_LED', dueOn: '2027-01-10' },
        ],
      });
      expect(await auditCount('inspection.update', draft.id)).toBe(1);
    });

    it('publishes once, fixing the inspection: INSPECTION_PUBLISHED after', async () => {
      const draft = await record();
      const published = await publish(draft.id);
      expect(published).toMatchObject({ status: 'PUBLISHED', publishedAt: new Date(NOW).toISOString() });
      expect(await auditCount('inspection.publish', draft.id)).toBe(1);

      const again = await t.gql(PUBLISH, { id: draft.id }, commissioner.token);
      expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'INSPECTION_PUBLISHED' });
      const { safehouseId: _omit, ...content } = inspectionInput(houseId, { inspectorName: 'Someone else' });
      void _omit;
      const change = await t.gql(UPDATE, { id: draft.id, input: content }, commissioner.token);
      expect(errorOf(change)).toMatchObject({ code: 'CONFLICT', reason: 'INSPECTION_PUBLISHED' });
      const read = await t.gql(INSPECTION, { id: draft.id }, commissioner.token);
      expect(read.data!.inspection.inspectorName).toBe('Ada Inspector');
    });

    it.each([
      ['INADEQUATE', 'INADEQUATE', '2026-08-31', '2027-02-28'],
      ['REQUIRES_IMPROVEMENT', 'REQUIRES_IMPROVEMENT', '2026-11-01', '2027-11-01'],
      ['GOOD', 'GOOD', '2026-11-01', '2028-11-01'],
      ['OUTSTANDING', 'OUTSTANDING', '2026-02-28', '2028-02-28'],
    ])('sets the next inspection for %s from the rating', async (_name, rating, inspectedOn, due) => {
      const values = Array(5).fill(rating === 'INADEQUATE' || rating === 'REQUIRES_IMPROVEMENT' ? rating : 'GOOD');
      if (rating === 'OUTSTANDING') values.splice(0, 2, 'OUTSTANDING', 'OUTSTANDING');
      const draft = await record({ ratings: ratings(...values), inspectedOn, actions: [] });
      expect(draft.overallRating).toBe(rating);
      expect((await publish(draft.id)).nextInspectionDueOn).toBe(due);
    });

    it('dates the next inspection from an overridden rating', async () => {
      const draft = await record({ overallRatingOverride: 'INADEQUATE', overrideReason: 'Serious concern' });
      expect((await publish(draft.id)).nextInspectionDueOn).toBe('2027-05-01');
    });

    it('refuses a future inspection date and an action due before the inspection', async () => {
      const future = await t.gql(
        RECORD,
        { input: inspectionInput(houseId, { inspectedOn: '2026-11-23' }) },
        commissioner.token,
      );
      expect(errorOf(future)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.inspectedOn' });
      const early = await t.gql(
        RECORD,
        { input: inspectionInput(houseId, { actions: [{ description: 'x', dueOn: '2026-10-01' }] }) },
        commissioner.token,
      );
      expect(errorOf(early)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.actions.0.dueOn' });
    });
  });

  describe('who sees what', () => {
    it('shows drafts to commissioners and admins only, and the published inspection to the provider', async () => {
      const house = (await t.world.safehouse(providerId)).id;
      const draft = await record({}, commissioner.token, house);

      for (const login of [commissioner, admin]) {
        const read = await t.gql(INSPECTION, { id: draft.id }, login.token);
        expect(read.data!.inspection).toMatchObject({ id: draft.id, status: 'DRAFT' });
        const list = await t.gql(INSPECTIONS, { filter: { safehouseId: house } }, login.token);
        expect(list.data!.inspections.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([draft.id]);
      }
      const hidden = await t.gql(INSPECTION, { id: draft.id }, coordinator.token);
      expect(errorOf(hidden).code).toBe('NOT_FOUND');
      const coordinatorList = await t.gql(INSPECTIONS, { filter: { safehouseId: house } }, coordinator.token);
      expect(coordinatorList.data!.inspections).toMatchObject({ totalCount: 0, edges: [] });
      const latestBefore = await t.gql(LATEST, { id: house }, coordinator.token);
      expect(latestBefore.data!.safehouse.latestInspection).toBeNull();

      await publish(draft.id);
      const shown = await t.gql(INSPECTION, { id: draft.id }, coordinator.token);
      expect(shown.data!.inspection).toMatchObject({ id: draft.id, status: 'PUBLISHED' });
      const listed = await t.gql(INSPECTIONS, { filter: { safehouseId: house } }, coordinator.token);
      expect(listed.data!.inspections.totalCount).toBe(1);
      const latest = await t.gql(LATEST, { id: house }, coordinator.token);
      expect(latest.data!.safehouse.latestInspection).toMatchObject({ id: draft.id });

      const other = await t.gql(INSPECTION, { id: draft.id }, otherCoordinator.token);
      expect(errorOf(other).code).toBe('NOT_FOUND');
      for (const login of [dutyOfficer, supportWorker]) {
        expect(errorOf(await t.gql(INSPECTION, { id: draft.id }, login.token)).code).toBe('FORBIDDEN');
        expect(errorOf(await t.gql(INSPECTIONS, {}, login.token)).code).toBe('FORBIDDEN');
      }
    });

    it('gives latestInspection as the latest published by inspection date, ignoring drafts, in one batch', async () => {
      const house = (await t.world.safehouse(providerId)).id;
      const second = (await t.world.safehouse(providerId)).id;
      const older = await record({ inspectedOn: '2025-03-01', actions: [] }, commissioner.token, house);
      const newer = await record(
        {
          inspectedOn: '2026-06-01',
          actions: [],
          ratings: ratings('INADEQUATE', 'INADEQUATE', 'GOOD', 'GOOD', 'GOOD'),
        },
        commissioner.token,
        house,
      );
      await publish(newer.id);
      await publish(older.id); // published later, inspected earlier: not the latest
      await record({ inspectedOn: '2026-11-01', actions: [] }, commissioner.token, house); // a newer draft
      const response = await t.gql(
        `query($a: ID!, $b: ID!) {
          a: safehouse(id: $a) { latestInspection { id overallRating } }
          b: safehouse(id: $b) { latestInspection { id } }
        }`,
        { a: house, b: second },
        commissioner.token,
      );
      expect(response.data!.a.latestInspection).toEqual({ id: newer.id, overallRating: 'INADEQUATE' });
      expect(response.data!.b.latestInspection).toBeNull();
      const forDutyOfficer = await t.gql(LATEST, { id: house }, dutyOfficer.token);
      expect(forDutyOfficer.data!.safehouse.latestInspection).toBeNull();
      // The grade alone is for everyone who sees the house, duty officers' search results included.
      const grades = await t.gql(
        `query($a: ID!, $b: ID!) { a: safehouse(id: $a) { latestRating } b: safehouse(id: $b) { latestRating } }`,
        { a: house, b: second },
        dutyOfficer.token,
      );
      expect(grades.data).toEqual({ a: { latestRating: 'INADEQUATE' }, b: { latestRating: null } });
      await t.world.bed(house);
      const again = await t.gql(
        `query($input: AvailabilitySearchInput!) { searchAvailability(input: $input) { safehouse { id latestRating latestInspection { id } } } }`,
        {
          input: {
            near: { latitude: 53.4808, longitude: -2.2426 },
            radiusKm: 5,
            nights: 1,
            guestGender: 'WOMAN',
            limit: 100,
          },
        },
        dutyOfficer.token,
      );
      expect(again.errors).toBeUndefined();
      expect(again.data!.searchAvailability).toContainEqual({
        safehouse: { id: house, latestRating: 'INADEQUATE', latestInspection: null },
      });
      // The same choice kept on the house by a trigger, for the search's ordering: INADEQUATE ranks 3, never inspected 4.
      const ranks = await t.dataSource.query(
        `SELECT s.id, s.latest_rating_rank AS rank FROM safehouse s WHERE s.id IN ($1, $2)`,
        [house, second],
      );
      expect(Object.fromEntries(ranks.map((r: { id: string; rank: number }) => [r.id, r.rank]))).toEqual({
        [house]: 3,
        [second]: 4,
      });
    });

    it("keeps the house's latest rating right when two inspections of it are published at once", async () => {
      const house = (await t.world.safehouse(providerId)).id;
      for (let round = 0; round < 5; round++) {
        const older = await record({ inspectedOn: `2026-0${round + 1}-01` }, commissioner.token, house);
        const newer = await record(
          {
            inspectedOn: `2026-0${round + 1}-02`,
            ratings: ratings(...Array<string>(5).fill(round % 2 ? 'OUTSTANDING' : 'INADEQUATE')),
          },
          commissioner.token,
          house,
        );
        await Promise.all([publish(newer.id), publish(older.id)]);
        const [{ rank }] = await t.dataSource.query('SELECT latest_rating_rank AS rank FROM safehouse WHERE id = $1', [
          house,
        ]);
        expect(rank).toBe(round % 2 ? 0 : 3);
      }
    });

    it('refuses a commissioner that does not commission the provider, everywhere', async () => {
      const draft = await record();
      const published = await record();
      await publish(published.id);
      const actionId = published.actions[0].id;

      expect(errorOf(await t.gql(INSPECTION, { id: draft.id }, outsider.token)).code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(INSPECTION, { id: published.id }, outsider.token)).code).toBe('NOT_FOUND');
      const list = await t.gql(INSPECTIONS, { filter: { providerId } }, outsider.token);
      expect(list.data!.inspections).toMatchObject({ totalCount: 0, edges: [] });
      const unfiltered = await t.gql(INSPECTIONS, {}, outsider.token);
      expect(unfiltered.data!.inspections.totalCount).toBe(0);

      const before = await countInspections();
      expect(errorOf(await t.gql(RECORD, { input: inspectionInput(houseId) }, outsider.token)).code).toBe('FORBIDDEN');
      expect(await countInspections()).toBe(before);
      const { safehouseId: _omit, ...content } = inspectionInput(houseId);
      void _omit;
      expect(errorOf(await t.gql(UPDATE, { id: draft.id, input: content }, outsider.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(PUBLISH, { id: draft.id }, outsider.token)).code).toBe('FORBIDDEN');
      await t.gql(COMPLETE, { id: actionId, evidence: 'Done' }, coordinator.token);
      expect(errorOf(await t.gql(VERIFY, { id: actionId }, outsider.token)).code).toBe('FORBIDDEN');
      const read = await t.gql(INSPECTION, { id: draft.id }, commissioner.token);
      expect(read.data!.inspection.status).toBe('DRAFT');
    });

    it('keeps a draft to the commissioner that recorded it: another commissioner of the provider can neither read, list, change nor publish it', async () => {
      const rivalOrg = await t.world.commissioner();
      await t.world.commission(rivalOrg.id, providerId, '2026-01-01');
      const rival = await t.world.login(Role.COMMISSIONER, rivalOrg.id);
      const house = (await t.world.safehouse(providerId)).id;
      const draft = await record(
        { ratings: ratings('GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD') },
        commissioner.token,
        house,
      );

      expect(errorOf(await t.gql(INSPECTION, { id: draft.id }, rival.token)).code).toBe('NOT_FOUND');
      for (const filter of [{ safehouseId: house }, { providerId }, { status: 'DRAFT' }, {}]) {
        const list = await t.gql(INSPECTIONS, { filter }, rival.token);
        expect(list.data!.inspections.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(draft.id);
      }
      const { safehouseId: _omit, ...content } = inspectionInput(house, {
        ratings: ratings('INADEQUATE', 'INADEQUATE', 'INADEQUATE', 'INADEQUATE', 'INADEQUATE'),
      });
      void _omit;
      expect(errorOf(await t.gql(UPDATE, { id: draft.id, input: content }, rival.token)).code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(PUBLISH, { id: draft.id }, rival.token)).code).toBe('NOT_FOUND');
      const unchanged = await t.gql(INSPECTION, { id: draft.id }, commissioner.token);
      expect(unchanged.data!.inspection).toMatchObject({ status: 'DRAFT', overallRating: 'GOOD' });
      expect(await auditCount('inspection.update', draft.id)).toBe(0);
      const grade = await t.gql(`query($id: ID!) { safehouse(id: $id) { latestRating } }`, { id: house }, rival.token);
      expect(grade.data!.safehouse.latestRating).toBeNull();

      await publish(draft.id);
      for (const login of [commissioner, rival]) {
        const read = await t.gql(INSPECTION, { id: draft.id }, login.token);
        expect(read.data!.inspection).toMatchObject({ id: draft.id, status: 'PUBLISHED', overallRating: 'GOOD' });
        const list = await t.gql(INSPECTIONS, { filter: { safehouseId: house } }, login.token);
        expect(list.data!.inspections.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([draft.id]);
      }
      expect(errorOf(await t.gql(UPDATE, { id: draft.id, input: content }, rival.token)).reason).toBe(
        'INSPECTION_PUBLISHED',
      );
    });

    it('stops seeing a provider when the commissioning ends', async () => {
      const provider = await t.world.provider();
      const house = (await t.world.safehouse(provider.id)).id;
      await t.world.commission(commissioner.organisationId!, provider.id, '2026-01-01', '2026-11-22');
      const inspection = await record({}, commissioner.token, house);
      t.clock.set('2026-11-23T12:00:00Z');
      expect(errorOf(await t.gql(INSPECTION, { id: inspection.id }, commissioner.token)).code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(PUBLISH, { id: inspection.id }, commissioner.token)).code).toBe('FORBIDDEN');
    });

    it('lets an admin record for a commissioner that commissions the provider, and only for one', async () => {
      const missing = await t.gql(RECORD, { input: inspectionInput(houseId) }, admin.token);
      expect(errorOf(missing)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.commissionerId' });
      const wrong = await t.gql(
        RECORD,
        { input: inspectionInput(houseId, { commissionerId: outsider.organisationId }) },
        admin.token,
      );
      expect(errorOf(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.commissionerId' });
      const inspection = await record({ commissionerId: commissioner.organisationId }, admin.token);
      expect(inspection.commissioner.id).toBe(commissioner.organisationId);
    });

    it('filters and pages the list, newest inspection first', async () => {
      const house = (await t.world.safehouse(providerId)).id;
      const ids: string[] = [];
      for (const day of ['2026-01-05', '2026-03-05', '2026-05-05']) {
        ids.push((await record({ inspectedOn: day, actions: [] }, commissioner.token, house)).id);
      }
      const inadequate = await record(
        {
          inspectedOn: '2026-07-05',
          ratings: ratings('INADEQUATE', 'INADEQUATE', 'GOOD', 'GOOD', 'GOOD'),
          actions: [],
        },
        commissioner.token,
        house,
      );
      await publish(inadequate.id);
      const first = await t.gql(INSPECTIONS, { filter: { safehouseId: house }, first: 2 }, commissioner.token);
      expect(first.data!.inspections).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
      expect(first.data!.inspections.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
        inadequate.id,
        ids[2],
      ]);
      const second = await t.gql(
        INSPECTIONS,
        { filter: { safehouseId: house }, first: 2, after: first.data!.inspections.pageInfo.endCursor },
        commissioner.token,
      );
      expect(second.data!.inspections.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[1], ids[0]]);
      expect(second.data!.inspections.pageInfo.hasNextPage).toBe(false);

      const byStatus = await t.gql(
        INSPECTIONS,
        { filter: { safehouseId: house, status: 'PUBLISHED' } },
        commissioner.token,
      );
      expect(byStatus.data!.inspections.totalCount).toBe(1);
      const byRating = await t.gql(
        INSPECTIONS,
        { filter: { providerId, safehouseId: house, overallRating: 'INADEQUATE' } },
        commissioner.token,
      );
      expect(byRating.data!.inspections.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([inadequate.id]);
      const badCursor = await t.gql(INSPECTIONS, { after: 'nonsense' }, commissioner.token);
      expect(errorOf(badCursor)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('actions', () => {
    it('is completed by the provider with evidence and verified by the commissioner', async () => {
      const inspection = await publish((await record()).id);
      const actionId = inspection.actions[0].id;

      expect(errorOf(await t.gql(VERIFY, { id: actionId }, commissioner.token))).toMatchObject({
        code: 'CONFLICT',
        reason: 'INVALID_TRANSITION',
      });
      expect(errorOf(await t.gql(COMPLETE, { id: actionId, evidence: '  ' }, coordinator.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'evidence',
      });
      expect(errorOf(await t.gql(COMPLETE, { id: actionId, evidence: 'x' }, otherCoordinator.token)).code).toBe(
        'FORBIDDEN',
      );
      expect(errorOf(await t.gql(COMPLETE, { id: actionId, evidence: 'x' }, commissioner.token)).code).toBe(
        'FORBIDDEN',
      );

      t.clock.set('2026-11-25T09:00:00Z');
      const completed = await t.gql(
        COMPLETE,
        { id: actionId, evidence: 'Door log kept since 20 Nov' },
        coordinator.token,
      );
      expect(completed.data!.completeInspectionAction).toMatchObject({
        status: 'COMPLETED',
        overdue: false,
        completedAt: '2026-11-25T09:00:00.000Z',
        evidence: 'Door log kept since 20 Nov',
        verifiedAt: null,
      });
      expect(await auditCount('inspection.action.complete', actionId)).toBe(1);
      expect(errorOf(await t.gql(COMPLETE, { id: actionId, evidence: 'again' }, coordinator.token))).toMatchObject({
        reason: 'INVALID_TRANSITION',
      });
      expect(errorOf(await t.gql(VERIFY, { id: actionId }, coordinator.token)).code).toBe('FORBIDDEN');

      t.clock.set('2026-11-26T09:00:00Z');
      const verified = await t.gql(VERIFY, { id: actionId }, commissioner.token);
      expect(verified.data!.verifyInspectionAction).toMatchObject({
        status: 'VERIFIED',
        verifiedAt: '2026-11-26T09:00:00.000Z',
        evidence: 'Door log kept since 20 Nov',
      });
      expect(await auditCount('inspection.action.verify', actionId)).toBe(1);
      expect(errorOf(await t.gql(VERIFY, { id: actionId }, commissioner.token))).toMatchObject({
        reason: 'INVALID_TRANSITION',
      });
    });

    it('cannot be completed while the inspection is a draft', async () => {
      const draft = await record();
      const response = await t.gql(COMPLETE, { id: draft.actions[0].id, evidence: 'Done' }, admin.token);
      expect(errorOf(response)).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    });

    it('is overdue from the London day after its due date, not on the due date itself', async () => {
      t.clock.set('2026-07-01T12:00:00Z');
      const house = (await t.world.safehouse(providerId)).id;
      const inspection = await publish(
        (
          await record(
            { inspectedOn: '2026-07-01', actions: [{ description: 'Fix the lock', dueOn: '2026-07-10' }] },
            commissioner.token,
            house,
          )
        ).id,
      );
      const overdueOf = async () => {
        const read = await t.gql(INSPECTION, { id: inspection.id }, coordinator.token);
        const list = await t.gql(
          INSPECTIONS,
          { filter: { safehouseId: house, hasOverdueActions: true } },
          commissioner.token,
        );
        return { field: read.data!.inspection.actions[0].overdue, listed: list.data!.inspections.totalCount === 1 };
      };
      t.clock.set('2026-07-10T22:59:00Z'); // 23:59 on the 10th in London (BST)
      expect(await overdueOf()).toEqual({ field: false, listed: false });
      t.clock.set('2026-07-10T23:01:00Z'); // 00:01 on the 11th in London, still the 10th in UTC
      expect(await overdueOf()).toEqual({ field: true, listed: true });
      const notOverdue = await t.gql(
        INSPECTIONS,
        { filter: { safehouseId: house, hasOverdueActions: false } },
        commissioner.token,
      );
      expect(notOverdue.data!.inspections.totalCount).toBe(0);

      await t.gql(COMPLETE, { id: inspection.actions[0].id, evidence: 'New lock fitted' }, coordinator.token);
      expect(await overdueOf()).toEqual({ field: false, listed: false });
    });
  });
});

describe('inspection intervals from settings', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('dates the next inspection by the configured months', async () => {
    t = await TestApp.start({ INSPECTION_MONTHS_INADEQUATE: '3', INSPECTION_MONTHS_GOOD: '36' });
    const provider = await t.world.provider();
    const commissionerOrg = await t.world.commissioner();
    await t.world.commission(commissionerOrg.id, provider.id, '2026-01-01');
    const commissioner = await t.world.login(Role.COMMISSIONER, commissionerOrg.id);
    const house = await t.world.safehouse(provider.id);
    t.clock.set(NOW);
    const dueFor = async (rating: string) => {
      const recorded = await t.gql(
        RECORD,
        { input: inspectionInput(house.id, { ratings: ratings(...Array(5).fill(rating)), actions: [] }) },
        commissioner.token,
      );
      const published = await t.gql(PUBLISH, { id: recorded.data!.recordInspection.id }, commissioner.token);
      return published.data!.publishInspection.nextInspectionDueOn;
    };
    expect(await dueFor('INADEQUATE')).toBe('2027-02-01');
    expect(await dueFor('GOOD')).toBe('2029-11-01');
    expect(await dueFor('REQUIRES_IMPROVEMENT')).toBe('2027-11-01');
  });
});
