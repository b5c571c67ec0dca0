import { AuditEventEntity } from '../../src/audit/audit-event.entity';
import { Role } from '../../src/common/roles';
import { TestApp, errorOf } from '../support/test-app';
import { Login } from '../support/world';

const CREATE_PROVIDER = `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id name kind outOfHoursPhone } }`;
const CREATE_COMMISSIONER = `mutation($input: CreateCommissionerInput!) { createCommissioner(input: $input) { id name region kind } }`;
const CREATE_RESPONDER = `mutation($input: CreateResponderOrganisationInput!) { createResponderOrganisation(input: $input) { id name kind } }`;
const COMMISSION = `mutation($input: CommissionProviderInput!) {
  commissionProvider(input: $input) { id startsOn endsOn commissioner { id } provider { id } }
}`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role organisation { id kind } } }`;

describe('organisations and users', () => {
  let t: TestApp;
  let admin: Login;
  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.world.login(Role.ADMIN);
  });
  afterAll(() => t.close());

  async function auditCount(action: string, entityId?: string) {
    return t.dataSource.manager.countBy(AuditEventEntity, { action, ...(entityId && { entityId }) });
  }

  it('lets an admin create each kind of organisation, commission a provider and create users, auditing each', async () => {
    const provider = await t.gql(
      CREATE_PROVIDER,
      { input: { name: ' Safe Harbour ', outOfHoursPhone: '+44 161 496 0000' } },
      admin.token,
    );
    expect(provider.data!.createProvider).toMatchObject({ name: 'Safe Harbour', kind: 'PROVIDER' });
    const providerId = provider.data!.createProvider.id;
    expect(await auditCount('provider.create', providerId)).toBe(1);

    const commissioner = await t.gql(
      CREATE_COMMISSIONER,
      { input: { name: 'County PCC', region: 'Kent' } },
      admin.token,
    );
    const commissionerId = commissioner.data!.createCommissioner.id;
    expect(await auditCount('commissioner.create', commissionerId)).toBe(1);

    const responder = await t.gql(CREATE_RESPONDER, { input: { name: 'Kent Police' } }, admin.token);
    expect(responder.data!.createResponderOrganisation.kind).toBe('RESPONDER');
    expect(await auditCount('responderOrganisation.create', responder.data!.createResponderOrganisation.id)).toBe(1);

    const commissioning = await t.gql(
      COMMISSION,
      { input: { commissionerId, providerId, startsOn: '2026-01-01' } },
      admin.token,
    );
    expect(commissioning.data!.commissionProvider).toMatchObject({
      startsOn: '2026-01-01',
      endsOn: null,
      provider: { id: providerId },
    });
    expect(await auditCount('commissioning.create', commissioning.data!.commissionProvider.id)).toBe(1);

    const user = await t.gql(
      CREATE_USER,
      {
        input: {
          email: 'Coord@Harbour.example',
          password: 'a long enough password',
          displayName: 'Coord',
          role: 'PROVIDER_COORDINATOR',
          organisationId: providerId,
        },
      },
      admin.token,
    );
    expect(user.data!.createUser).toMatchObject({
      email: 'coord@harbour.example',
      role: 'PROVIDER_COORDINATOR',
      organisation: { id: providerId, kind: 'PROVIDER' },
    });
    expect(await auditCount('user.create', user.data!.createUser.id)).toBe(1);
  });

  it.each([Role.DUTY_OFFICER, Role.PROVIDER_COORDINATOR, Role.SUPPORT_WORKER, Role.COMMISSIONER])(
    'refuses every organisation mutation to a %s and changes nothing',
    async (role) => {
      const caller = await t.world.login(role);
      const provider = await t.world.provider();
      const commissioner = await t.world.commissioner();
      const before = await t.dataSource.manager.count(AuditEventEntity);
      const attempts = [
        t.gql(CREATE_PROVIDER, { input: { name: 'X', outOfHoursPhone: '+44 20 0000 0000' } }, caller.token),
        t.gql(CREATE_COMMISSIONER, { input: { name: 'X' } }, caller.token),
        t.gql(CREATE_RESPONDER, { input: { name: 'X' } }, caller.token),
        t.gql(
          COMMISSION,
          { input: { commissionerId: commissioner.id, providerId: provider.id, startsOn: '2026-01-01' } },
          caller.token,
        ),
        t.gql(
          CREATE_USER,
          { input: { email: 'x@y.example', password: 'long enough password', displayName: 'X', role: 'ADMIN' } },
          caller.token,
        ),
      ];
      for (const response of await Promise.all(attempts)) {
        expect(errorOf(response).code).toBe('FORBIDDEN');
        expect(response.data).toBeNull();
      }
      expect(await t.dataSource.manager.count(AuditEventEntity)).toBe(before);
    },
  );

  it.each([
    ['DUTY_OFFICER', 'provider', /must belong to a responder organisation/],
    ['PROVIDER_COORDINATOR', 'commissioner', /must belong to a provider organisation/],
    ['SUPPORT_WORKER', 'responder', /must belong to a provider organisation/],
    ['COMMISSIONER', 'provider', /must belong to a commissioner organisation/],
  ] as const)('refuses a %s in a %s organisation', async (role, kind, message) => {
    const organisation = await t.world[kind]();
    const response = await t.gql(
      CREATE_USER,
      {
        input: {
          email: `${role}@mismatch.example`,
          password: 'long enough password',
          displayName: 'X',
          role,
          organisationId: organisation.id,
        },
      },
      admin.token,
    );
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });
    expect(errorOf(response).message).toMatch(message);
  });

  it('refuses an admin with an organisation, a non-admin without one, and a taken email', async () => {
    const provider = await t.world.provider();
    const base = { password: 'long enough password', displayName: 'X' };
    const adminWithOrg = await t.gql(
      CREATE_USER,
      { input: { ...base, email: 'a1@x.example', role: 'ADMIN', organisationId: provider.id } },
      admin.token,
    );
    expect(errorOf(adminWithOrg)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });
    const orphan = await t.gql(
      CREATE_USER,
      { input: { ...base, email: 'a2@x.example', role: 'DUTY_OFFICER' } },
      admin.token,
    );
    expect(errorOf(orphan)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });
    const existing = await t.world.login(Role.DUTY_OFFICER);
    const taken = await t.gql(
      CREATE_USER,
      { input: { ...base, email: existing.email, role: 'DUTY_OFFICER', organisationId: existing.organisationId } },
      admin.token,
    );
    expect(errorOf(taken).code).toBe('CONFLICT');
  });

  it('names the field of bad input and writes nothing', async () => {
    const before = await t.dataSource.manager.count(AuditEventEntity);
    const cases: [string, Record<string, unknown>, string][] = [
      [CREATE_PROVIDER, { input: { name: 'x'.repeat(201), outOfHoursPhone: '+44 20 0000 0000' } }, 'input.name'],
      [CREATE_PROVIDER, { input: { name: 'Ok', outOfHoursPhone: 'call me' } }, 'input.outOfHoursPhone'],
      [
        CREATE_USER,
        { input: { email: 'not-an-email', password: 'long enough password', displayName: 'X', role: 'ADMIN' } },
        'input.email',
      ],
      [
        CREATE_USER,
        { input: { email: 'a@b.example', password: 'short', displayName: 'X', role: 'ADMIN' } },
        'input.password',
      ],
      [
        CREATE_USER,
        { input: { email: 'a@b.example', password: 'long enough password', displayName: 'X', role: 'KING' } },
        'input.role',
      ],
      [
        COMMISSION,
        { input: { commissionerId: 'nope', providerId: 'nope', startsOn: '2026-01-01' } },
        'input.commissionerId',
      ],
      [
        COMMISSION,
        { input: { commissionerId: admin.userId, providerId: admin.userId, startsOn: '2026-02-30' } },
        'input.startsOn',
      ],
    ];
    for (const [query, variables, field] of cases) {
      const response = await t.gql(query, variables, admin.token);
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(response.status).toBeLessThan(500);
    }
    const unknownIds = await t.gql(
      COMMISSION,
      { input: { commissionerId: admin.userId, providerId: admin.userId, startsOn: '2026-01-01' } },
      admin.token,
    );
    expect(errorOf(unknownIds)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.commissionerId' });
    expect(await t.dataSource.manager.count(AuditEventEntity)).toBe(before);
  });

  describe('scoping', () => {
    let mine: string;
    let other: string;
    let commissioner: Login;
    beforeAll(async () => {
      mine = (await t.world.provider({ name: 'Mine' })).id;
      other = (await t.world.provider({ name: 'Other' })).id;
      const commissionerOrg = await t.world.commissioner();
      await t.world.commission(commissionerOrg.id, mine, '2020-01-01');
      await t.world.commission(commissionerOrg.id, other, '2020-01-01', '2021-12-31'); // ended
      commissioner = await t.world.login(Role.COMMISSIONER, commissionerOrg.id);
    });

    const PROVIDERS = '{ providers { id } }';
    const PROVIDER = 'query($id: ID!) { provider(id: $id) { id name } }';
    const ids = (response: { data?: any }) => response.data!.providers.map((p: { id: string }) => p.id);

    it('shows a coordinator only their own provider, and another provider as not found', async () => {
      const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, mine);
      expect(ids(await t.gql(PROVIDERS, {}, coordinator.token))).toEqual([mine]);
      expect((await t.gql(PROVIDER, { id: mine }, coordinator.token)).data!.provider.id).toBe(mine);
      const refused = await t.gql(PROVIDER, { id: other }, coordinator.token);
      expect(errorOf(refused).code).toBe('NOT_FOUND');
      expect(refused.text).not.toContain('Other');
    });

    it('shows a commissioner the providers it commissions now, not those whose contract ended', async () => {
      expect(ids(await t.gql(PROVIDERS, {}, commissioner.token))).toEqual([mine]);
      expect(errorOf(await t.gql(PROVIDER, { id: other }, commissioner.token)).code).toBe('NOT_FOUND');
      const list = await t.gql('{ commissioners { id providers { id } } }', {}, commissioner.token);
      expect(list.data!.commissioners).toEqual([{ id: commissioner.organisationId, providers: [{ id: mine }] }]);
    });

    it('shows a commissioner list to admins, commissioners and the commissioned provider, not to duty officers', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      expect((await t.gql('{ commissioners { id } }', {}, officer.token)).data!.commissioners).toEqual([]);
      const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, mine);
      const seen = await t.gql('{ commissioners { id providers { id } } }', {}, coordinator.token);
      expect(seen.data!.commissioners).toEqual([{ id: commissioner.organisationId, providers: [{ id: mine }] }]);
      const all = await t.gql('{ commissioners { id } }', {}, admin.token);
      expect(all.data!.commissioners.map((c: { id: string }) => c.id)).toContain(commissioner.organisationId);
    });

    it('answers a malformed id as bad input, not a fault', async () => {
      expect(errorOf(await t.gql(PROVIDER, { id: "1' OR '1'='1" }, admin.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
      });
    });
  });

  it('lists audit events newest first, in pages, filtered, for admins only', async () => {
    const AUDIT = `query($filter: AuditFilter, $first: Int, $after: String) {
      auditEvents(filter: $filter, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id action entityType entityId actor { id } } }
      }
    }`;
    for (let i = 0; i < 3; i++) await t.gql(CREATE_RESPONDER, { input: { name: `Force ${i}` } }, admin.token);
    const filter = { action: 'responderOrganisation.create', actorId: admin.userId };
    const first = await t.gql(AUDIT, { filter, first: 2 }, admin.token);
    const page = first.data!.auditEvents;
    expect(page.totalCount).toBeGreaterThanOrEqual(3);
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges[0].node).toMatchObject({
      action: 'responderOrganisation.create',
      entityType: 'ResponderOrganisation',
      actor: { id: admin.userId },
    });
    expect(Number(page.edges[0].node.id)).toBeGreaterThan(Number(page.edges[1].node.id));
    const next = await t.gql(AUDIT, { filter, first: 2, after: page.pageInfo.endCursor }, admin.token);
    expect(Number(next.data!.auditEvents.edges[0].node.id)).toBeLessThan(Number(page.edges[1].node.id));

    expect(errorOf(await t.gql(AUDIT, { first: 101 }, admin.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(errorOf(await t.gql(AUDIT, { after: 'garbage' }, admin.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const officer = await t.world.login(Role.DUTY_OFFICER);
    expect(errorOf(await t.gql(AUDIT, {}, officer.token)).code).toBe('FORBIDDEN');
  });

  it('keeps the audit log append-only in the database', async () => {
    await expect(t.dataSource.query('UPDATE audit_event SET action = $1', ['tampered'])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
  });
});
