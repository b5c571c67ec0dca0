import { Role } from '../../src/common/roles';
import { SchedulerService } from '../../src/scheduler/scheduler.service';
import { TestApp } from '../support/test-app';
import { Login } from '../support/world';
import { MailCatcher, settle, waitFor } from '../support/notification-receivers';

const RECORD = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishInspection(id: $id) { id status } }`;
const OPEN = `mutation($input: OpenSupportCaseInput!) { openSupportCase(input: $input) { id survivor { id } } }`;
const DECIDE = `mutation($input: RecordNrmDecisionInput!) { recordNrmDecision(input: $input) { id } }`;
const CASE = `query($id: ID!) { supportCase(id: $id) { supportEndsOn } }`;
const SUBMIT_RNA = `mutation($input: SubmitRecoveryNeedsAssessmentInput!) { submitRecoveryNeedsAssessment(input: $input) { id status } }`;
const DECIDE_RNA = `mutation($input: RecoveryNeedsAssessmentOutcomeInput!) { recordRecoveryNeedsAssessmentOutcome(input: $input) { id status } }`;

/**
 * The time-driven topics, found by the scheduler when the clock reaches their moment, each told
 * once (CONTRACT.md, Notifications). The clock is set and moved by the test: never the real date.
 */
describe('notifications: deadlines found on a schedule', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let scheduler: SchedulerService;
  let coordinator: Login;
  let commissioner: Login;
  let providerId: string;
  let houseName: string;
  let endingCase: string;
  let pendingCase: string;
  let assessmentId: string;

  beforeAll(async () => {
    mail = await MailCatcher.start();
    t = await TestApp.start({ SMTP_URL: mail.url, NOTIFICATION_POLL_MS: '200' });
    scheduler = t.app.get(SchedulerService);
    t.clock.set('2026-11-22T12:00:00Z');
    providerId = (await t.world.provider()).id;
    const commissionerOrg = await t.world.commissioner();
    await t.world.commission(commissionerOrg.id, providerId, '2026-01-01');
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    commissioner = await t.world.login(Role.COMMISSIONER, commissionerOrg.id);
    const house = await t.world.safehouse(providerId);
    houseName = house.name;
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  /** The clock on an instant, fresh sign-ins for it, and the scheduler's pass at that moment. */
  async function at(instant: string) {
    t.clock.set(instant);
    coordinator = await t.world.signInAgain(coordinator);
    commissioner = await t.world.signInAgain(commissioner);
    await scheduler.runDue();
  }

  async function ok(query: string, variables: Record<string, unknown>, login: Login) {
    const response = await t.gql(query, variables, login.token);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  const about = (topic: string, to: string, text?: string) =>
    mail.to(to).filter((m) => m.subject.includes(topic) && (text === undefined || m.text.includes(text)));

  it('sets the scene: an inspection action due on 15 December, and two cases whose support ends on 6 January', async () => {
    const inspection = await ok(
      RECORD,
      {
        input: {
          safehouseId: (await t.dataSource.query(`SELECT id FROM safehouse WHERE provider_id = $1`, [providerId]))[0]
            .id,
          inspectedOn: '2026-11-01',
          kind: 'ANNOUNCED',
          inspectorName: 'Ada Inspector',
          ratings: ['SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED'].map((keyQuestion) => ({
            keyQuestion,
            rating: 'GOOD',
            summary: 'As seen',
          })),
          actions: [{ description: 'Keep the door log every night', keyQuestion: 'SAFE', dueOn: '2026-12-15' }],
        },
      },
      commissioner,
    );
    await ok(PUBLISH, { id: inspection.recordInspection.id }, commissioner);
    const cases: string[] = [];
    for (let i = 0; i < 2; i++) {
      const opened = (
        await ok(
          OPEN,
          {
            input: {
              providerId,
              area: 'Hull City Council',
              survivor: { gender: 'WOMAN', adult: true, nrmStatus: 'REFERRED', consentToReferral: true },
            },
          },
          coordinator,
        )
      ).openSupportCase;
      for (const [decision, decidedOn] of [
        ['POSITIVE_REASONABLE_GROUNDS', '2026-11-01'],
        ['POSITIVE_CONCLUSIVE_GROUNDS', '2026-11-22'],
      ])
        await ok(DECIDE, { input: { survivorId: opened.survivor.id, decision, decidedOn } }, coordinator);
      expect((await ok(CASE, { id: opened.id }, coordinator)).supportCase.supportEndsOn).toBe('2027-01-06');
      cases.push(opened.id);
    }
    [endingCase, pendingCase] = cases;
    const rna = await ok(
      SUBMIT_RNA,
      { input: { supportCaseId: pendingCase, submittedOn: '2026-11-22', needs: ['ACCOMMODATION'] } },
      coordinator,
    );
    assessmentId = rna.submitRecoveryNeedsAssessment.id;
    await scheduler.runDue();
    await settle(500);
    expect(mail.received).toEqual([]); // nothing is due yet
  });

  it("tells the coordinators once a day that a house's beds have not been confirmed", async () => {
    await at('2026-11-23T11:59:00Z'); // 23 h 59 min: not yet stale
    await settle(400);
    expect(about('Confirm your beds', coordinator.email)).toEqual([]);
    await at('2026-11-23T12:00:40Z'); // stale since 40 s: found within a minute
    await waitFor('the stale capacity notice', () => about('Confirm your beds', coordinator.email).length === 1);
    await at('2026-11-23T12:30:00Z');
    await at('2026-11-24T11:00:00Z');
    await settle(500);
    expect(about('Confirm your beds', coordinator.email)).toHaveLength(1); // once a day
    await at('2026-11-24T12:01:00Z');
    await waitFor('the next day', () => about('Confirm your beds', coordinator.email).length === 2);
    expect(about('Confirm your beds', coordinator.email)[0].text).toContain(houseName);
  });

  it('tells the coordinators and the commissioner of an inspection action due within 7 days, and again when overdue', async () => {
    await at('2026-12-07T12:00:00Z');
    await settle(400);
    expect(about('Inspection action due', coordinator.email)).toEqual([]); // 8 days ahead
    await at('2026-12-08T00:00:30Z');
    await waitFor(
      'the action due',
      () =>
        about('Inspection action due', coordinator.email).length === 1 &&
        about('Inspection action due', commissioner.email).length === 1,
    );
    await at('2026-12-10T12:00:00Z');
    await at('2026-12-16T00:00:30Z'); // overdue
    await waitFor('the action overdue', () => about('Inspection action due', commissioner.email).length === 2);
    await at('2026-12-16T10:00:00Z');
    await settle(500);
    expect(about('Inspection action due', coordinator.email)).toHaveLength(2);
    expect(about('Inspection action due', commissioner.email)).toHaveLength(2);
    expect(about('Inspection action due', commissioner.email)[0].text).toContain('#/inspection/');
  });

  it('tells of support ending within 7 days once, and not while an RNA is pending', async () => {
    await at('2026-12-29T12:00:00Z');
    await settle(400);
    expect(about('Support ending', coordinator.email)).toEqual([]); // 8 days ahead
    await at('2026-12-30T00:00:30Z'); // 7 days ahead
    await waitFor('support ending', () => about('Support ending', coordinator.email, endingCase).length === 1);
    await at('2027-01-02T12:00:00Z');
    await settle(500);
    expect(about('Support ending', coordinator.email, endingCase)).toHaveLength(1);
    expect(about('Support ending', coordinator.email, pendingCase)).toEqual([]); // the RNA suspends it

    await ok(DECIDE_RNA, { input: { assessmentId, decidedOn: '2027-01-02' } }, coordinator); // no more support agreed
    await at('2027-01-02T12:01:00Z');
    await waitFor(
      'the end no longer suspended',
      () => about('Support ending', coordinator.email, pendingCase).length === 1,
    );
    const [notice] = about('Support ending', coordinator.email, pendingCase);
    expect(notice.text).toMatch(/Wed,? 6 Jan 2027/);
  });

  it('deletes deliveries 30 days after they went, keeping the events that stop a deadline being told again', async () => {
    const count = async () =>
      (
        await t.dataSource.query(
          `SELECT (SELECT count(*)::int FROM notification_delivery) AS deliveries, (SELECT count(*)::int FROM notification_event) AS events`,
        )
      )[0];
    const before = await count();
    expect(before.deliveries).toBeGreaterThan(0);
    await at('2027-01-20T12:00:00Z');
    await settle(500);
    expect((await count()).deliveries).toBeGreaterThan(0); // the stale-capacity notices of the last 30 days
    await at('2027-03-01T12:00:00Z');
    await settle(500);
    const [{ old }] = await t.dataSource.query(
      `SELECT count(*)::int AS old FROM notification_delivery WHERE sent_at < $1`,
      [new Date('2027-01-30T12:00:00Z')],
    );
    expect(old).toBe(0);
    expect((await count()).events).toBeGreaterThanOrEqual(before.events);
  });
});
