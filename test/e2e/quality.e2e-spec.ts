import { AvailabilityService } from '../../src/availability/availability.service';
import { RequestContext } from '../../src/common/request-context';
import { Role } from '../../src/common/roles';
import { Gender } from '../../src/safehouses/gender';
import { SafehouseKind } from '../../src/safehouses/safehouse-kind';
import { TestApp, errorOf } from '../support/test-app';
import { Login } from '../support/world';

const QUESTIONS = ['SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED'];
const RECORD = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id actions { id } } }`;
const PUBLISH = `mutation($id: ID!) { publishInspection(id: $id) { id nextInspectionDueOn } }`;
const COMPLETE = `mutation($id: ID!) { completeInspectionAction(actionId: $id, evidence: "Done and photographed") { id } }`;
const SUSPEND = `mutation($id: ID!, $reason: String!) {
  suspendReferrals(safehouseId: $id, reason: $reason) { id referralsSuspended suspensionReason }
}`;
const RESUME = `mutation($id: ID!, $reason: String) {
  resumeReferrals(safehouseId: $id, reason: $reason) { id referralsSuspended suspensionReason }
}`;
const OVERVIEW = `query($commissionerId: ID) {
  qualityOverview(commissionerId: $commissionerId) {
    safehouse { id name } latestRating lastInspectedOn nextInspectionDueOn inspectionOverdue
    openActions overdueActions occupancyRate referralsSuspended
  }
}`;
const SEARCH = `query($input: AvailabilitySearchInput!) { searchAvailability(input: $input) { safehouse { id } } }`;
const UNMET = `query($from: DateTime!, $to: DateTime!) {
  unmetDemand(from: $from, to: $to) {
    guestGender withDependants needsAccessibleBed kind searches searchesWithNoResult declines
  }
}`;

const NOW = '2026-11-22T12:00:00Z';

function ratings(value: string) {
  return QUESTIONS.map((keyQuestion) => ({ keyQuestion, rating: value, summary: 'seen' }));
}

describe("the commissioner's quality review", () => {
  let t: TestApp;
  let admin: Login;
  let commissioner: Login;
  let outsider: Login;
  let coordinator: Login;
  let dutyOfficer: Login;
  let providerId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const provider = await t.world.provider();
    providerId = provider.id;
    const commissionerOrg = await t.world.commissioner();
    await t.world.commission(commissionerOrg.id, providerId, '2026-01-01');
    admin = await t.world.login(Role.ADMIN);
    commissioner = await t.world.login(Role.COMMISSIONER, commissionerOrg.id);
    outsider = await t.world.login(Role.COMMISSIONER);
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    dutyOfficer = await t.world.login(Role.DUTY_OFFICER);
  });
  beforeEach(() => t.clock.set(NOW));
  afterAll(() => t.close());

  async function inspect(
    house: string,
    rating: string,
    inspectedOn: string,
    actionsDue: string[] = [],
    publish = true,
  ) {
    const recorded = await t.gql(
      RECORD,
      {
        input: {
          safehouseId: house,
          inspectedOn,
          kind: 'UNANNOUNCED',
          inspectorName: 'Ada Inspector',
          ratings: ratings(rating),
          actions: actionsDue.map((dueOn, i) => ({ description: `Action ${i + 1}`, dueOn })),
        },
      },
      commissioner.token,
    );
    expect(recorded.errors).toBeUndefined();
    const inspection = recorded.data!.recordInspection;
    if (publish) expect((await t.gql(PUBLISH, { id: inspection.id }, commissioner.token)).errors).toBeUndefined();
    return inspection as { id: string; actions: { id: string }[] };
  }

  function search(fields: Record<string, unknown> = {}) {
    return t.gql(
      SEARCH,
      { input: { near: { latitude: 53.4808, longitude: -2.2426 }, nights: 2, guestGender: 'WOMAN', ...fields } },
      dutyOfficer.token,
    );
  }

  describe('suspending referrals', () => {
    it('takes a house out of the very next search, audited, and resuming puts it back', async () => {
      const house = await t.world.safehouse(providerId, { latitude: 53.4808, longitude: -2.2426 });
      await t.world.bed(house.id);
      const ids = async () =>
        ((await search()).data!.searchAvailability as { safehouse: { id: string } }[]).map((r) => r.safehouse.id);
      expect(await ids()).toContain(house.id);

      const suspended = await t.gql(
        SUSPEND,
        { id: house.id, reason: 'Inadequate: safeguarding failures' },
        commissioner.token,
      );
      expect(suspended.data!.suspendReferrals).toEqual({
        id: house.id,
        referralsSuspended: true,
        suspensionReason: 'Inadequate: safeguarding failures',
      });
      expect(await ids()).not.toContain(house.id);

      const resumed = await t.gql(RESUME, { id: house.id, reason: 'Re-inspected: good' }, commissioner.token);
      expect(resumed.data!.resumeReferrals).toEqual({
        id: house.id,
        referralsSuspended: false,
        suspensionReason: null,
      });
      expect(await ids()).toContain(house.id);

      const audit = await t.dataSource.query(
        `SELECT action, actor_id FROM audit_event WHERE entity_id = $1 AND action LIKE 'safehouse.%_referrals' ORDER BY id`,
        [house.id],
      );
      expect(audit).toEqual([
        { action: 'safehouse.suspend_referrals', actor_id: commissioner.userId },
        { action: 'safehouse.resume_referrals', actor_id: commissioner.userId },
      ]);
      const history = await t.dataSource.query(
        'SELECT suspended, reason, actor_id FROM referral_suspension WHERE safehouse_id = $1 ORDER BY at, created_at',
        [house.id],
      );
      expect(history).toEqual([
        { suspended: true, reason: 'Inadequate: safeguarding failures', actor_id: commissioner.userId },
        { suspended: false, reason: 'Re-inspected: good', actor_id: commissioner.userId },
      ]);
    });

    it('refuses the very next hold after a suspension, and takes one again after resuming', async () => {
      const house = await t.world.safehouse(providerId);
      const bed = await t.world.bed(house.id);
      const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id status } }`;
      await t.gql(SUSPEND, { id: house.id, reason: 'Safeguarding concern' }, commissioner.token);
      const refused = await t.gql(HOLD, { input: { bedId: bed.id, nights: 1 } }, dutyOfficer.token);
      expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', reason: 'REFERRALS_SUSPENDED' });
      await t.gql(RESUME, { id: house.id, reason: 'Resolved' }, commissioner.token);
      const held = await t.gql(HOLD, { input: { bedId: bed.id, nights: 1 } }, dutyOfficer.token);
      expect(held.data!.holdBed.status).toBe('HELD');
    });

    it('needs a reason, and only a commissioner of the provider or an admin may suspend', async () => {
      const house = await t.world.safehouse(providerId);
      expect(errorOf(await t.gql(SUSPEND, { id: house.id, reason: '  ' }, commissioner.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
      expect(errorOf(await t.gql(SUSPEND, { id: house.id, reason: 'x' }, outsider.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(RESUME, { id: house.id }, outsider.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(SUSPEND, { id: house.id, reason: 'x' }, coordinator.token)).code).toBe('FORBIDDEN');
      const [row] = await t.dataSource.query('SELECT referrals_suspended FROM safehouse WHERE id = $1', [house.id]);
      expect(row.referrals_suspended).toBe(false);
      const byAdmin = await t.gql(SUSPEND, { id: house.id, reason: 'Contract ended' }, admin.token);
      expect(byAdmin.data!.suspendReferrals.referralsSuspended).toBe(true);
    });
  });

  describe('qualityOverview', () => {
    it('gives each commissioned house its figures, checked against a constructed history', async () => {
      const reviewed = await t.world.commissioner();
      const reviewer = await t.world.login(Role.COMMISSIONER, reviewed.id);
      const provider = await t.world.provider();
      await t.world.commission(reviewed.id, provider.id, '2026-01-01');
      await t.world.commission(commissioner.organisationId!, provider.id, '2026-01-01');
      const ended = await t.world.provider();
      await t.world.commission(reviewed.id, ended.id, '2025-01-01', '2026-06-30');
      await t.world.safehouse(ended.id, { name: 'Z no longer commissioned' });

      const rated = await t.world.safehouse(provider.id, { name: 'A rated house' });
      const fresh = await t.world.safehouse(provider.id, { name: 'B never inspected' });

      // Window: [2026-08-24T12:00Z, 2026-11-22T12:00Z), 90 days.
      const bed = async (createdAt: string, removedAt: string | null = null) => {
        const created = await t.world.bed(rated.id);
        await t.dataSource.query('UPDATE bed SET created_at = $2, removed_at = $3 WHERE id = $1', [
          created.id,
          createdAt,
          removedAt,
        ]);
        return created.id;
      };
      const a = await bed('2026-01-01T00:00:00Z'); // 90 days in the window
      const b = await bed('2026-10-23T12:00:00Z'); // 30 days
      const c = await bed('2026-01-01T00:00:00Z', '2026-09-23T12:00:00Z'); // 30 days, then removed
      await t.world.occupy(a, '2026-08-01T00:00:00Z', '2026-08-31T12:00:00Z'); // 7 days in the window
      await t.world.occupy(a, '2026-10-01T12:00:00Z', '2026-10-11T12:00:00Z', { kind: 'BLOCK' }); // 10 days out of service
      await t.world.occupy(a, '2026-11-12T12:00:00Z', null); // a resident since: 10 days
      await t.world.occupy(b, '2026-10-23T12:00:00Z', '2026-11-02T12:00:00Z'); // 10 days
      await t.world.occupy(b, '2026-11-05T00:00:00Z', '2026-11-10T00:00:00Z', { live: false }); // cancelled: nothing
      await t.world.occupy(b, '2026-11-15T00:00:00Z', '2026-11-16T00:00:00Z', {
        kind: 'HOLD',
        expiresAt: '2026-11-15T00:45:00Z',
      }); // a hold is not a stay
      await t.world.occupy(c, '2026-09-13T12:00:00Z', '2026-09-23T12:00:00Z'); // 10 days
      // occupied 7 + 10 + 10 + 10 = 37 bed-days of (90 - 10) + 30 + 30 = 140 in service

      await inspect(rated.id, 'REQUIRES_IMPROVEMENT', '2023-05-01');
      const latest = await inspect(rated.id, 'GOOD', '2024-10-01', ['2026-11-21', '2026-11-22', '2026-12-31']);
      await inspect(rated.id, 'INADEQUATE', '2026-11-20', ['2026-11-21'], false); // a draft counts for nothing
      const done = await inspect(rated.id, 'GOOD', '2023-01-01', ['2023-06-01']);
      expect((await t.gql(COMPLETE, { id: done.actions[0].id }, admin.token)).errors).toBeUndefined();
      await t.gql(SUSPEND, { id: fresh.id, reason: 'Staffing collapse' }, reviewer.token);

      const response = await t.gql(OVERVIEW, {}, reviewer.token);
      expect(response.errors).toBeUndefined();
      const [first, second, ...rest] = response.data!.qualityOverview;
      expect(rest).toEqual([]);
      expect(first).toMatchObject({
        safehouse: { id: rated.id },
        latestRating: 'GOOD',
        lastInspectedOn: '2024-10-01',
        nextInspectionDueOn: '2026-10-01',
        inspectionOverdue: true,
        openActions: 3,
        overdueActions: 1,
        referralsSuspended: false,
      });
      expect(first.occupancyRate).toBeCloseTo(37 / 140, 6);
      expect(second).toEqual({
        safehouse: { id: fresh.id, name: 'B never inspected' },
        latestRating: null,
        lastInspectedOn: null,
        nextInspectionDueOn: null,
        inspectionOverdue: true,
        openActions: 0,
        overdueActions: 0,
        occupancyRate: 0,
        referralsSuspended: true,
      });
      expect(latest.actions).toHaveLength(3);

      // A fresh inspection due in the future is not overdue; the admin reads the same review by naming it.
      await inspect(rated.id, 'INADEQUATE', '2026-11-21');
      const again = await t.gql(OVERVIEW, { commissionerId: reviewed.id }, admin.token);
      expect(again.data!.qualityOverview[0]).toMatchObject({
        latestRating: 'INADEQUATE',
        lastInspectedOn: '2026-11-21',
        nextInspectionDueOn: '2027-05-21',
        inspectionOverdue: false,
      });
    });

    it('is the caller’s own review: another commissioner’s is FORBIDDEN, and an admin must name one', async () => {
      const own = await t.gql(OVERVIEW, { commissionerId: commissioner.organisationId }, commissioner.token);
      expect(own.errors).toBeUndefined();
      expect(errorOf(await t.gql(OVERVIEW, { commissionerId: commissioner.organisationId }, outsider.token)).code).toBe(
        'FORBIDDEN',
      );
      expect(errorOf(await t.gql(OVERVIEW, {}, admin.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'commissionerId',
      });
      expect(errorOf(await t.gql(OVERVIEW, {}, coordinator.token)).code).toBe('FORBIDDEN');
      const outsiders = await t.gql(OVERVIEW, {}, outsider.token);
      expect(outsiders.data!.qualityOverview).toEqual([]);
    });
  });

  describe('unmetDemand', () => {
    it('sums the searches and declines by need over the London days of the period', async () => {
      await t.dataSource.query(
        `INSERT INTO unmet_demand (day, guest_gender, with_dependants, needs_accessible_bed, kind, shard, searches, searches_with_no_result, declines)
         VALUES ('2026-03-01', 'MAN', false, false, 'ANY', 0, 4, 3, 0),
                ('2026-03-01', 'MAN', false, false, 'ANY', 1, 2, 2, 0),
                ('2026-03-02', 'MAN', false, false, 'ANY', 5, 1, 1, 0),
                ('2026-03-02', 'WOMAN', true, false, 'SAFEHOUSE', 0, 6, 1, 2),
                ('2026-02-28', 'MAN', false, false, 'ANY', 0, 100, 100, 9),
                ('2026-03-03', 'MAN', false, false, 'ANY', 0, 100, 100, 9)`,
      );
      // 2026-03-01T00:30 London is 00:30Z (GMT); 2026-03-02T23:59Z is still the 2nd.
      const response = await t.gql(
        UNMET,
        { from: '2026-03-01T00:30:00Z', to: '2026-03-02T23:59:00Z' },
        commissioner.token,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.unmetDemand).toEqual([
        {
          guestGender: 'MAN',
          withDependants: false,
          needsAccessibleBed: false,
          kind: null,
          searches: 7,
          searchesWithNoResult: 6,
          declines: 0,
        },
        {
          guestGender: 'WOMAN',
          withDependants: true,
          needsAccessibleBed: false,
          kind: 'SAFEHOUSE',
          searches: 6,
          searchesWithNoResult: 1,
          declines: 2,
        },
      ]);
      const byAdmin = await t.gql(UNMET, { from: '2026-03-01T00:00:00Z', to: '2026-03-01T12:00:00Z' }, admin.token);
      expect(byAdmin.data!.unmetDemand).toHaveLength(1);
    });

    it('counts a search that found nothing', async () => {
      const before = await t.gql(UNMET, { from: NOW, to: NOW }, admin.token);
      const count = (rows: { guestGender: string; needsAccessibleBed: boolean; searchesWithNoResult: number }[]) =>
        rows
          .filter((row) => row.guestGender === 'NON_BINARY' && row.needsAccessibleBed)
          .reduce((sum, row) => sum + row.searchesWithNoResult, 0);
      await search({ guestGender: 'NON_BINARY', needsAccessibleBed: true, radiusKm: 1 });
      const after = await t.gql(UNMET, { from: NOW, to: NOW }, admin.token);
      expect(count(after.data!.unmetDemand) - count(before.data!.unmetDemand)).toBe(1);
    });

    it('counts a referral the provider declined, by its needs, when placements hand it over', async () => {
      const declines = async () => {
        const response = await t.gql(UNMET, { from: NOW, to: NOW }, admin.token);
        return response
          .data!.unmetDemand.filter(
            (row: { guestGender: string; withDependants: boolean; needsAccessibleBed: boolean; kind: string }) =>
              row.guestGender === 'MAN' &&
              row.withDependants &&
              row.needsAccessibleBed &&
              row.kind === 'PRE_NRM_EMERGENCY',
          )
          .reduce((sum: number, row: { declines: number }) => sum + row.declines, 0);
      };
      const before = await declines();
      const availability = t.app.get(AvailabilityService);
      const need = {
        gender: Gender.MAN,
        withDependants: true,
        needsAccessibleBed: true,
        kind: SafehouseKind.PRE_NRM_EMERGENCY,
      };
      const ctx = RequestContext.system(t.dataSource, t.clock);
      await ctx.transaction((tx) => availability.countDecline(tx, need));
      await ctx.transaction((tx) => availability.countDecline(tx, need));
      await ctx
        .transaction(async (tx) => {
          await availability.countDecline(tx, need);
          throw new Error('the decline failed after all');
        })
        .catch(() => undefined);
      expect((await declines()) - before).toBe(2);
    });

    it('is for commissioners and admins only, and refuses a period that ends before it starts', async () => {
      expect(errorOf(await t.gql(UNMET, { from: NOW, to: NOW }, dutyOfficer.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(UNMET, { from: NOW, to: NOW }, coordinator.token)).code).toBe('FORBIDDEN');
      const backwards = await t.gql(UNMET, { from: NOW, to: '2026-11-21T12:00:00Z' }, commissioner.token);
      expect(errorOf(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    });
  });
});
