import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType } from 'graphql';
import { Role } from '../../src/common/roles';
import { GraphQLResponse, TestApp } from '../support/test-app';
import {
  MatrixOperation,
  Selection,
  TenantIds,
  operationsOf,
  prune,
  requestFor,
  selectionOf,
} from '../support/tenant-matrix';
import { Tenant, buildTenant, secretsIn } from '../support/two-tenants';
import { Login } from '../support/world';
import { SocketOperation, TestSocket, socketUrl } from '../support/ws-client';

/** What another tenant may get back: a refusal, nothing, or (a duty officer) a house's public face. */
const REFUSALS = ['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'];
/** Records every duty officer may see: a provider, its houses and beds, without the confidential fields. */
const PUBLIC_TO_DUTY_OFFICERS: (keyof TenantIds)[] = ['providerId', 'safehouseId', 'bedId', 'freeBedId'];
/** Mutations another tenant may make on the first tenant's records: a duty officer holds any free bed. */
const ALLOWED_ACROSS: Record<string, Role[]> = { holdBed: [Role.DUTY_OFFICER] };
/** Public by design, or touching no tenant's record (the caller's own sign-in, password and notifications). */
const NOT_TENANTED = [
  'login',
  'logout',
  'changePassword',
  // the caller's own notification choices and push subscriptions (CONTRACT.md, everyone signed in)
  'setNotificationPreference',
  'registerPushSubscription',
  'removePushSubscription',
];

interface Cell {
  operation: string;
  role: Role;
  outcome: string;
}

describe('tenant isolation over every operation of the schema', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let admin: Login;
  let operations: MatrixOperation[];
  let url: string;
  const matrix: Cell[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ MAX_ACTIVE_HOLDS_PER_USER: '50' });
    a = await buildTenant(t, 'A', { latitude: 53.48137, longitude: -2.24419, postcode: 'QX1 7ZA' });
    b = await buildTenant(t, 'B', { latitude: 51.45263, longitude: -2.58791, postcode: 'QX2 8ZB' });
    admin = await t.world.login(Role.ADMIN);
    operations = operationsOf(t.app.get(GraphQLSchemaHost).schema);
    // Listening from the start (for the websocket): supertest would otherwise listen and close around each request.
    url = socketUrl(await t.listen());
  });
  afterAll(async () => {
    const roles = [...new Set(matrix.map((cell) => cell.role))];
    const names = [...new Set(matrix.map((cell) => cell.operation))];
    const lines = names.map(
      (name) =>
        `${name.padEnd(34)} ${roles
          .map((role) => (matrix.find((c) => c.operation === name && c.role === role)?.outcome ?? '-').padEnd(15))
          .join(' ')}`,
    );
    const tally: Record<string, number> = {};
    for (const cell of matrix) tally[cell.outcome] = (tally[cell.outcome] ?? 0) + 1;
    process.stdout.write(
      `\ntenant matrix: ${matrix.length} cells (${names.length} operations × roles)\n` +
        `${'operation'.padEnd(34)} ${roles.map((r) => r.padEnd(15)).join(' ')}\n${lines.join('\n')}\n` +
        `outcomes: ${JSON.stringify(tally)}\n`,
    );
    await t.close();
  });

  /** The first tenant's rows, as they stand: a mutation refused to the other tenant changes none. */
  async function snapshot(): Promise<string> {
    const { ids } = a;
    const rows = await Promise.all([
      t.dataSource.query('SELECT * FROM safehouse WHERE provider_id = $1', [ids.providerId]),
      t.dataSource.query('SELECT * FROM bed WHERE safehouse_id = $1 ORDER BY id', [ids.safehouseId]),
      t.dataSource.query('SELECT * FROM bed_block WHERE id = $1', [ids.blockId]),
      t.dataSource.query('SELECT * FROM placement WHERE id = $1', [ids.placementId]),
      t.dataSource.query('SELECT * FROM survivor WHERE id = $1', [ids.survivorId]),
      t.dataSource.query('SELECT * FROM nrm_decision WHERE survivor_id = $1', [ids.survivorId]),
      t.dataSource.query('SELECT * FROM support_worker WHERE provider_id = $1', [ids.providerId]),
      t.dataSource.query('SELECT * FROM support_worker_assignment WHERE placement_id = $1', [ids.placementId]),
      t.dataSource.query('SELECT * FROM move_on_plan WHERE id = $1', [ids.planId]),
      t.dataSource.query('SELECT * FROM move_on_goal WHERE id = $1 OR plan_id = $2', [ids.goalId, ids.planId]),
      t.dataSource.query('SELECT * FROM inspection WHERE safehouse_id = $1', [ids.safehouseId]),
      t.dataSource.query('SELECT * FROM inspection_action WHERE inspection_id = $1', [ids.inspectionId]),
      t.dataSource.query('SELECT * FROM commissioning WHERE provider_id = $1', [ids.providerId]),
      t.dataSource.query('SELECT * FROM referral_suspension WHERE safehouse_id = $1', [ids.safehouseId]),
      t.dataSource.query('SELECT * FROM organisation WHERE id = ANY($1)', [
        [ids.providerId, ids.commissionerId, ids.responderId],
      ]),
    ]);
    return JSON.stringify(rows);
  }

  async function auditRows(): Promise<number> {
    const [row] = await t.dataSource.query('SELECT count(*)::int AS n FROM audit_event');
    return row.n;
  }

  function idsOf(tenant: Tenant, keys: (keyof TenantIds)[]): string[] {
    return keys.map((key) => tenant.ids[key]);
  }

  /**
   * What the caller got of tenant A: a refusal code, NULL, EMPTY, OWN (data, none of A's), PUBLIC
   * (A's public records only, to a duty officer). Throws on anything else: a 500, a secret in the
   * text, a private record of A in the data.
   */
  function classify(context: string, caller: Login, name: string, response: GraphQLResponse): string {
    const where = `${context}: ${response.text.slice(0, 600)}`;
    if (response.status >= 500) throw new Error(`5xx ${where}`);
    const secrets = secretsIn(response.text, a.secrets);
    if (secrets.length) throw new Error(`secret ${secrets.join(', ')} leaked to ${where}`);
    const data = JSON.stringify(response.data ?? null);
    const publicKeys = caller.role === Role.DUTY_OFFICER ? PUBLIC_TO_DUTY_OFFICERS : [];
    const privateKeys = (Object.keys(a.ids) as (keyof TenantIds)[]).filter((key) => !publicKeys.includes(key));
    const leaked = privateKeys.filter((key) => data.includes(a.ids[key]));
    if (leaked.length) throw new Error(`tenant A's ${leaked.join(', ')} reached ${where}`);
    for (const error of response.errors ?? []) {
      const code = error.extensions?.code;
      if (!REFUSALS.includes(code)) throw new Error(`unexpected ${code} for ${where}`);
    }
    const value = response.data?.[name];
    if (value === undefined || (value === null && response.errors?.length))
      return response.errors?.[0]?.extensions?.code ?? 'NO_DATA';
    if (value === null) return 'NULL';
    if (Array.isArray(value) && value.length === 0) return 'EMPTY';
    if (value && typeof value === 'object' && 'totalCount' in value && value.totalCount === 0) return 'EMPTY';
    if (idsOf(a, publicKeys).some((id) => data.includes(id))) return 'PUBLIC';
    return 'OWN';
  }

  /**
   * Runs a query, pruning nested fields the caller's role may not ask for at all (a FORBIDDEN
   * field error) so the rest of the selection is still checked. Every response is classified.
   */
  async function query(operation: MatrixOperation, caller: Login, ids: TenantIds, context: string) {
    const selection = selectionOf(getNamedType(operation.field.type), 3) as Selection | null;
    for (let attempt = 0; ; attempt++) {
      const { query: document, variables } = requestFor(operation, ids, selection);
      const response = await t.gql(document, variables, caller.token);
      const outcome = classify(context, caller, operation.name, response);
      const nested = (response.errors ?? []).filter(
        (e) => e.extensions?.code === 'FORBIDDEN' && (e.path?.length ?? 0) > 1,
      );
      if (selection && nested.length && attempt < 20 && nested.every((e) => prune(selection, e.path!.slice(1))))
        continue;
      return { outcome, response };
    }
  }

  const OTHER_ROLES = [Role.DUTY_OFFICER, Role.PROVIDER_COORDINATOR, Role.SUPPORT_WORKER, Role.COMMISSIONER];
  const callerOf = (tenant: Tenant, role: Role): Login =>
    ({
      [Role.DUTY_OFFICER]: tenant.dutyOfficer,
      [Role.PROVIDER_COORDINATOR]: tenant.coordinator,
      [Role.SUPPORT_WORKER]: tenant.supportWorker,
      [Role.COMMISSIONER]: tenant.commissioner,
      [Role.ADMIN]: admin,
    })[role];

  it("gives the other tenant's every role nothing of tenant A from any query, nested paths included", async () => {
    const queries = operations.filter((o) => o.kind === 'query');
    expect(queries.length).toBeGreaterThan(10);
    for (const operation of queries) {
      for (const role of OTHER_ROLES) {
        const { outcome } = await query(operation, callerOf(b, role), a.ids, `${operation.name} as B's ${role}`);
        if (outcome === 'PUBLIC') expect(role).toBe(Role.DUTY_OFFICER);
        matrix.push({ operation: operation.name, role, outcome });
      }
    }
  });

  // Before the mutations, which take tenant A's free bed.
  it('tells every role of both tenants, over the websocket, only of changes it may know of', async () => {
    const subscriptions = operations.filter((o) => o.kind === 'subscription');
    expect(subscriptions.map((o) => o.name).sort()).toEqual(['availabilityChanged', 'placementChanged']);
    const ROLES = [...OTHER_ROLES, Role.ADMIN];
    const callers = [
      ...OTHER_ROLES.map((role) => ({ label: `A's ${role}`, login: callerOf(a, role), own: true })),
      ...ROLES.map((role) => ({
        label: role === Role.ADMIN ? role : `B's ${role}`,
        login: callerOf(b, role),
        own: false,
      })),
    ];
    const sockets = await Promise.all(callers.map(({ login }) => TestSocket.open(url, login.token, t.logs).ready()));
    const streams: { caller: (typeof callers)[number]; operation: MatrixOperation; received: SocketOperation }[] = [];
    try {
      for (const [i, caller] of callers.entries()) {
        for (const operation of subscriptions) {
          const { query: document, variables } = requestFor(
            operation,
            caller.own ? a.ids : b.ids,
            selectionOf(getNamedType(operation.field.type), 1),
          );
          streams.push({ caller, operation, received: sockets[i].subscribe(document, variables) });
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 400)); // every subscription started

      // tenant A's duty officer holds A's free bed and lets it go: availability and placement changes in A
      const held = await t.gql(
        `mutation($input: HoldBedInput!) { holdBed(input: $input) { id } }`,
        { input: { bedId: a.ids.freeBedId, nights: 1 } },
        a.dutyOfficer.token,
      );
      const placementId = held.data!.holdBed.id as string;
      const released = await t.gql(
        `mutation($id: ID!) { releaseHold(placementId: $id) { id } }`,
        { id: placementId },
        a.dutyOfficer.token,
      );
      expect(released.errors).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 400)); // every event delivered

      const heard: Record<string, string[]> = {};
      for (const { caller, operation, received } of streams) {
        const context = `${operation.name} over the websocket as ${caller.label}: ${received.raw.join(' ').slice(0, 600)}`;
        if (received.closeCode !== undefined) throw new Error(`socket closed (${received.closeCode}) for ${context}`);
        const text = received.raw.join('\n');
        const secrets = secretsIn(text, a.secrets);
        if (secrets.length) throw new Error(`secret ${secrets.join(', ')} reached ${context}`);
        let outcome: string;
        if (received.errors.length > 0) {
          const codes = [...new Set(received.errors.map((error) => error.extensions?.code as string))];
          if (!codes.every((code) => REFUSALS.includes(code))) throw new Error(`unexpected ${codes} for ${context}`);
          outcome = codes.join('+');
        } else if (received.results.length === 0) outcome = 'EMPTY';
        else outcome = 'HEARD';
        if (!caller.own && caller.login.role !== Role.ADMIN) {
          const publicKeys = caller.login.role === Role.DUTY_OFFICER ? PUBLIC_TO_DUTY_OFFICERS : [];
          const privateIds = [
            placementId,
            ...(Object.keys(a.ids) as (keyof TenantIds)[]).filter((k) => !publicKeys.includes(k)).map((k) => a.ids[k]),
          ];
          const leaked = privateIds.filter((id) => text.includes(id));
          if (leaked.length) throw new Error(`tenant A's ${leaked.join(', ')} reached ${context}`);
          if (outcome === 'HEARD') outcome = 'PUBLIC'; // only a duty officer gets this far: A's public ids
        }
        const role = (caller.own ? caller.label : caller.login.role) as Role; // the columns of the cells above
        matrix.push({ operation: `${operation.name} (websocket)`, role, outcome });
        (heard[operation.name] ??= []).push(`${caller.label}: ${outcome}`);
      }
      // the refusals above were decided by tenant and role: those who may know of A's changes heard them
      expect(heard.availabilityChanged).toEqual([
        `A's ${Role.DUTY_OFFICER}: HEARD`,
        `A's ${Role.PROVIDER_COORDINATOR}: HEARD`,
        `A's ${Role.SUPPORT_WORKER}: FORBIDDEN`,
        `A's ${Role.COMMISSIONER}: FORBIDDEN`,
        `B's ${Role.DUTY_OFFICER}: PUBLIC`,
        `B's ${Role.PROVIDER_COORDINATOR}: EMPTY`,
        `B's ${Role.SUPPORT_WORKER}: FORBIDDEN`,
        `B's ${Role.COMMISSIONER}: FORBIDDEN`,
        `${Role.ADMIN}: HEARD`,
      ]);
      expect(heard.placementChanged).toEqual([
        `A's ${Role.DUTY_OFFICER}: HEARD`,
        `A's ${Role.PROVIDER_COORDINATOR}: HEARD`,
        `A's ${Role.SUPPORT_WORKER}: HEARD`,
        `A's ${Role.COMMISSIONER}: FORBIDDEN`,
        `B's ${Role.DUTY_OFFICER}: EMPTY`,
        `B's ${Role.PROVIDER_COORDINATOR}: EMPTY`,
        `B's ${Role.SUPPORT_WORKER}: EMPTY`,
        `B's ${Role.COMMISSIONER}: FORBIDDEN`,
        `${Role.ADMIN}: HEARD`,
      ]);
    } finally {
      await Promise.all(sockets.map((socket) => socket.close()));
    }
  });

  it("lets the other tenant's every role change nothing of tenant A through any mutation", async () => {
    const mutations = operations.filter((o) => o.kind === 'mutation' && !NOT_TENANTED.includes(o.name));
    expect(mutations.length).toBeGreaterThan(20);
    for (const operation of mutations) {
      for (const role of OTHER_ROLES) {
        const caller = callerOf(b, role);
        const allowed = ALLOWED_ACROSS[operation.name]?.includes(role) ?? false;
        // a hold is for a free bed; every other id is A's record itself
        const ids = operation.name === 'holdBed' ? { ...a.ids, bedId: a.ids.freeBedId } : a.ids;
        const [rowsBefore, auditBefore] = [await snapshot(), await auditRows()];
        const selection = selectionOf(getNamedType(operation.field.type), 1);
        const { query: document, variables } = requestFor(operation, ids, selection);
        const response = await t.gql(document, variables, caller.token);
        const context = `${operation.name} as B's ${role}`;
        const outcome = classify(context, caller, operation.name, response);
        matrix.push({ operation: operation.name, role, outcome });
        if (allowed) {
          expect([['PUBLIC', 'OWN'].includes(outcome), context]).toEqual([true, context]);
          // the caller's own new placement, read back deep: still no address while it is only held
          const own = await query(
            operations.find((o) => o.name === 'placement')!,
            caller,
            { ...a.ids, placementId: response.data![operation.name].id },
            `placement of B's hold on A's bed`,
          );
          expect(own.response.data!.placement).toMatchObject({ status: 'HELD', safehouse: { address: null } });
          matrix.push({ operation: 'placement (B holds A bed)', role, outcome: own.outcome });
          continue;
        }
        expect([REFUSALS.includes(outcome), context, response.text.slice(0, 300)]).toEqual([
          true,
          context,
          response.text.slice(0, 300),
        ]);
        expect([await snapshot(), await auditRows(), context]).toEqual([rowsBefore, auditBefore, context]);
      }
    }
  });

  it("gives tenant A's own staff and ADMIN their data, so the refusals above are about the tenant", async () => {
    const PLACEMENT = `query($id: ID!) { placement(id: $id) { id safehouse { address postcode } survivor { preferredName } } }`;
    const SURVIVOR = `query($id: ID!) { survivor(id: $id) { preferredName placements { id safehouse { postcode } } } }`;
    const PLAN = `query($id: ID!) { moveOnPlan(id: $id) { id survivor { preferredName } placement { safehouse { address } } } }`;
    const PROVIDER = `query($id: ID!) { provider(id: $id) { safehouses { address beds { id } } } }`;
    const HOUSE = `query($id: ID!) { safehouse(id: $id) { address postcode latestInspection { id } } }`;
    const { ids, secrets } = a;
    const seen = async (query: string, id: string, login: Login, label: string) => {
      const response = await t.gql(query, { id }, login.token);
      expect([label, response.errors]).toEqual([label, undefined]);
      matrix.push({ operation: `${label} (A's own)`, role: login.role, outcome: 'DATA' });
      return response.data!;
    };
    for (const login of [a.dutyOfficer, a.coordinator, a.supportWorker, admin]) {
      const read = await seen(PLACEMENT, ids.placementId, login, 'placement');
      expect(read.placement).toEqual({
        id: ids.placementId,
        safehouse: { address: secrets.address, postcode: secrets.postcode },
        survivor: { preferredName: secrets.preferredName },
      });
      const survivor = await seen(SURVIVOR, ids.survivorId, login, 'survivor');
      expect(survivor.survivor.placements).toEqual([
        { id: ids.placementId, safehouse: { postcode: secrets.postcode } },
      ]);
    }
    for (const login of [a.coordinator, a.supportWorker, admin]) {
      const plan = await seen(PLAN, ids.planId, login, 'moveOnPlan');
      expect(plan.moveOnPlan.survivor.preferredName).toBe(secrets.preferredName);
      expect(plan.moveOnPlan.placement.safehouse.address).toBe(secrets.address);
    }
    for (const login of [a.coordinator, a.commissioner, admin]) {
      const provider = await seen(PROVIDER, ids.providerId, login, 'provider');
      expect(provider.provider.safehouses[0].address).toBe(secrets.address);
      expect(provider.provider.safehouses[0].beds.map((bed: { id: string }) => bed.id)).toContain(ids.bedId);
      const house = await seen(HOUSE, ids.safehouseId, login, 'safehouse');
      expect(house.safehouse).toMatchObject({ address: secrets.address, latestInspection: { id: ids.inspectionId } });
    }
    // every query, by ADMIN, with tenant A's ids: all answer, none fails on the ids chosen above
    for (const operation of operations.filter((o) => o.kind === 'query')) {
      const { query: document, variables } = requestFor(
        operation,
        a.ids,
        selectionOf(getNamedType(operation.field.type), 1),
      );
      const response = await t.gql(document, variables, admin.token);
      expect([operation.name, response.errors]).toEqual([operation.name, undefined]);
      matrix.push({
        operation: operation.name,
        role: Role.ADMIN,
        outcome: response.data![operation.name] === null ? 'NULL' : 'DATA',
      });
    }
  });

  // Last, as it changes tenant A: the same generated inputs, sent by A's own staff, get past access
  // to the rules, so the refusals above were decided by the tenant, not by an input no one could send.
  it("passes the same inputs to the rules when tenant A's own staff send them", async () => {
    const mutations = operations
      .filter((o) => o.kind === 'mutation' && !NOT_TENANTED.includes(o.name))
      .sort((x, y) => Number(x.name === 'removeBed') - Number(y.name === 'removeBed')); // the bed others name, gone last
    const roles = [Role.PROVIDER_COORDINATOR, Role.COMMISSIONER, Role.DUTY_OFFICER, Role.SUPPORT_WORKER, Role.ADMIN];
    const stuck: string[] = [];
    for (const operation of mutations) {
      const ids = operation.name === 'holdBed' ? { ...a.ids, bedId: a.ids.freeBedId } : a.ids;
      const { query: document, variables } = requestFor(
        operation,
        ids,
        selectionOf(getNamedType(operation.field.type), 1),
      );
      let outcome = 'FORBIDDEN';
      for (const role of roles) {
        const response = await t.gql(document, variables, callerOf(a, role).token);
        expect([operation.name, response.status < 500]).toEqual([operation.name, true]);
        const error = response.errors?.[0]?.extensions;
        outcome = error ? `${error.code}${error.reason ? `:${error.reason}` : ''}` : 'DATA';
        if (!['FORBIDDEN', 'NOT_FOUND'].includes(error?.code)) {
          matrix.push({ operation: operation.name, role: `A's ${role}` as Role, outcome });
          break;
        }
      }
      if (['FORBIDDEN', 'NOT_FOUND'].includes(outcome.split(':')[0])) stuck.push(`${operation.name} → ${outcome}`);
    }
    expect(stuck).toEqual([]);
  });
});
