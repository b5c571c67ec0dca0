import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '../../src/common/roles';
import { loadSettings } from '../../src/config/settings';
import { NO_ADMIN_HINT } from '../../src/demo/start-up-report';
import { notesInProgress } from '../../src/logging/request-log';
import { MetricsController, isLoopback } from '../../src/metrics/metrics.controller';
import { Metrics } from '../../src/metrics/metrics.service';
import { TestApp } from '../support/test-app';
import { TestSocket, socketUrl, until } from '../support/ws-client';
import { Login, WORLD_PASSWORD } from '../support/world';

const SEARCH = `query FindABed($input: AvailabilitySearchInput!) {
  searchAvailability(input: $input) { distanceKm availableBeds { id } safehouse { id } }
}`;
const HOLD = `mutation HoldIt($input: HoldBedInput!) { holdBed(input: $input) { id status } }`;
const SECRET = 'canary-variable-9f3e1b7d42';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Prometheus text as { 'name{labels}': value } for the samples, labels as written. */
function samples(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    values.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return values;
}

/** CONTRACT.md, Operations: one log line per request, never its variables; GET /metrics. */
describe('operating it', () => {
  let t: TestApp;
  let officer: Login;
  let bedId: string;
  const lines: string[] = [];
  const logged = () => lines.map((line) => JSON.parse(line) as Record<string, any>);
  const lineOf = (requestId: string) => logged().filter((line) => line.requestId === requestId && line.path);

  beforeAll(async () => {
    t = await TestApp.start({ LOG_LEVEL: 'info' }, { logStream: { write: (line: string) => void lines.push(line) } });
    officer = await t.world.login(Role.DUTY_OFFICER);
    const provider = await t.world.provider();
    const house = await t.world.safehouse(provider.id, { latitude: 54.9, longitude: -1.6 });
    bedId = (await t.world.bed(house.id)).id;
  });
  afterAll(() => t.close());

  async function post(body: object, token?: string) {
    const call = t.http().post('/graphql').set('content-type', 'application/json');
    if (token) call.set('authorization', `Bearer ${token}`);
    return call.send(body);
  }

  async function scrape() {
    const response = await t.http().get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return { text: response.text, values: samples(response.text) };
  }

  describe('start-up', () => {
    it('says what is configured: database, Redis, SMTP, push, demo data, admin', () => {
      const configured = logged().find((line) => line.msg === 'Configured');
      expect(configured).toMatchObject({
        nodeEnv: 'test',
        database: expect.stringMatching(t.settings.isEmbeddedDatabase ? /^embedded PGlite/ : /^PostgreSQL at /),
        redis: 'off: one instance only',
        smtp: 'off: no email',
        push: 'on (VAPID keys made once and kept in the database)',
        demoData: false,
        admin: 'none: nobody can sign in',
      });
      expect(JSON.stringify(configured)).not.toMatch(/postgres:\/\/|password|secret/i);
      // Nest's line per module and per route are debug: the few lines at info are found at a glance.
      expect(logged().filter((line) => ['InstanceLoader', 'RouterExplorer'].includes(line.context))).toEqual([]);
    });

    it('tells how to create the first admin when nobody can sign in', () => {
      expect(logged().find((line) => line.msg === NO_ADMIN_HINT)).toMatchObject({ level: 40 });
      expect(NO_ADMIN_HINT).toMatch(/HAVEN_ADMIN_EMAIL and HAVEN_ADMIN_PASSWORD/);
    });
  });

  describe('the log', () => {
    it('writes one line per GraphQL request: id, operation, duration, who, and no variables', async () => {
      const response = await post(
        {
          query: SEARCH,
          operationName: 'FindABed',
          variables: { input: { near: { latitude: 54.9, longitude: -1.6 }, nights: 1, guestGender: 'WOMAN' }, SECRET },
        },
        officer.token,
      );
      expect(response.body.errors).toBeUndefined();
      const requestId = response.headers['x-request-id'];
      const found = lineOf(requestId);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        msg: 'GraphQL request',
        requestId: expect.stringMatching(UUID),
        method: 'POST',
        path: '/graphql',
        status: 200,
        durationMs: expect.any(Number),
        operationType: 'query',
        operationName: 'FindABed',
        rootField: 'searchAvailability',
        errors: [],
        userId: officer.userId,
        role: 'DUTY_OFFICER',
      });
      expect(typeof found[0].time).toBe('number');
    });

    it("cuts a client's long operation name to 100 characters in the log", async () => {
      const name = `Op${'X'.repeat(5000)}`;
      const response = await post({ query: `query ${name} { me { id } }` }, officer.token);
      expect(response.body.errors).toBeUndefined();
      const [line] = lineOf(response.headers['x-request-id']);
      expect(line.operationName).toBe(name.slice(0, 100));
    });

    it('names the error codes of a refused request, and logs neither the password nor the variables', async () => {
      const response = await post({
        query:
          'mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
        variables: { email: officer.email, password: SECRET },
      });
      const [line] = lineOf(response.headers['x-request-id']);
      expect(line).toMatchObject({
        operationType: 'mutation',
        rootField: 'login',
        errors: ['UNAUTHENTICATED'],
        userId: null,
      });
      expect(lines.join('\n')).not.toContain(SECRET);
    });

    it('names who signed in on the line of a login that succeeded', async () => {
      const response = await post({
        query:
          'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
        variables: { email: officer.email, password: WORLD_PASSWORD },
      });
      expect(response.body.data.login.accessToken).toEqual(expect.any(String));
      expect(lineOf(response.headers['x-request-id'])).toEqual([
        expect.objectContaining({ rootField: 'login', errors: [], userId: officer.userId, role: 'DUTY_OFFICER' }),
      ]);
      expect(lines.join('\n')).not.toContain(response.body.data.login.accessToken);
    });

    it('logs a document that does not parse, answered 400, and a request that is not GraphQL', async () => {
      const broken = await post({ query: `{ searchAvailability(input: "${SECRET}" ` });
      expect(broken.status).toBe(400);
      expect(lineOf(broken.headers['x-request-id'])).toEqual([
        expect.objectContaining({ status: 400, operationType: null, errors: ['BAD_USER_INPUT'] }),
      ]);
      const notGraphQL = await t.http().post('/graphql').set('content-type', 'application/json').send({ SECRET });
      expect(notGraphQL.status).toBe(400);
      expect(lineOf(notGraphQL.headers['x-request-id'])).toEqual([
        expect.objectContaining({ msg: 'GraphQL request', status: 400, operationType: null }),
      ]);
      expect(lines.join('\n')).not.toContain(SECRET);
    });

    it('writes one line per websocket operation when it ends, and one for an operation refused', async () => {
      const socket = await TestSocket.open(socketUrl(await t.listen()), officer.token, t.logs).ready();
      const ofSocket = () => logged().filter((line) => line.transport === 'websocket');
      try {
        const changes = socket.subscribe('subscription Watch { availabilityChanged { bedId } }', { SECRET });
        const refused = await socket.ask('subscription Typo { availabilityChangd { bedId } }', { SECRET });
        expect(refused.refused).toBeDefined();
        await until(() => ofSocket().length === 1);
        expect(changes.ended).toBe(false);
        changes.stop();
        await until(() => ofSocket().length === 2);
      } finally {
        await socket.close();
      }
      const [typo, watch] = ofSocket();
      expect(typo).toMatchObject({
        msg: 'GraphQL operation',
        requestId: expect.stringMatching(UUID),
        operationType: null,
        errors: ['BAD_USER_INPUT'],
        userId: officer.userId,
        role: 'DUTY_OFFICER',
      });
      expect(watch).toMatchObject({
        msg: 'GraphQL operation',
        requestId: expect.stringMatching(UUID),
        durationMs: expect.any(Number),
        operationType: 'subscription',
        operationName: 'Watch',
        rootField: 'availabilityChanged',
        errors: [],
        userId: officer.userId,
        role: 'DUTY_OFFICER',
      });
      expect(lines.join('\n')).not.toContain(SECRET);
    });

    it('writes one line per request outside GraphQL, with the path but not the query string', async () => {
      const response = await t.http().get(`/?q=${SECRET}`);
      expect(lineOf(response.headers['x-request-id'])).toEqual([
        expect.objectContaining({ msg: 'HTTP request', method: 'GET', path: '/', status: response.status }),
      ]);
      expect(lines.join('\n')).not.toContain(SECRET);
    });
  });

  describe('GraphQL over HTTP', () => {
    it('answers /graphql opened in a browser with a page that says what to do, never a CSRF error', async () => {
      const response = await t
        .http()
        .get('/graphql')
        .set('accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(response.text).toContain('POST /graphql');
      expect(response.text).toContain('href="/"');
      expect(response.text).not.toMatch(/CSRF|Forgery/i);
    });

    it('answers 400 to what is not GraphQL: a form, text, JSON with no query or a batch, a document that does not parse', async () => {
      const form = await t.http().post('/graphql').type('form').send({ query: '{ me { id } }' });
      const text = await t.http().post('/graphql').set('content-type', 'text/plain').send('hello');
      const noQuery = await post({ hello: 'world' });
      const broken = await post({ query: '{ me { id ' });
      const batch = await t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send([{ query: '{ me { id } }' }]);
      const notJson = await t.http().post('/graphql').set('content-type', 'application/json').send('{ not json');
      expect([form, text, noQuery, broken, batch, notJson].map((response) => response.status)).toEqual([
        400, 400, 400, 400, 400, 400,
      ]);
      expect(notesInProgress()).toBe(0); // nothing kept of them once answered
    });
  });

  describe('GET /metrics', () => {
    it('counts a search, a hold, the status change, requests by operation and errors by code', async () => {
      const before = (await scrape()).values;
      const at = (values: Map<string, number>, key: string) => values.get(key) ?? 0;
      const found = await t.gql(
        SEARCH,
        { input: { near: { latitude: 54.9, longitude: -1.6 }, nights: 1, guestGender: 'WOMAN', radiusKm: 5 } },
        officer.token,
      );
      expect(found.data!.searchAvailability).toHaveLength(1);
      const none = await t.gql(
        SEARCH,
        { input: { near: { latitude: 58.5, longitude: -6.2 }, nights: 1, guestGender: 'WOMAN', radiusKm: 5 } },
        officer.token,
      );
      expect(none.data!.searchAvailability).toHaveLength(0);
      const held = await t.gql(HOLD, { input: { bedId, nights: 1 } }, officer.token);
      expect(held.data!.holdBed.status).toBe('HELD');
      const refused = await t.gql('{ users { id } }', {}, officer.token);
      expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');

      const { text, values } = await scrape();
      const moved = (key: string) => at(values, key) - at(before, key);
      expect(moved('haven_searches_total{result="found"}')).toBe(1);
      expect(moved('haven_searches_total{result="none"}')).toBe(1);
      expect(moved('haven_holds_total')).toBe(1);
      expect(moved('haven_placement_status_changes_total{status="HELD"}')).toBe(1);
      expect(moved('haven_graphql_request_duration_seconds_count{type="query",operation="searchAvailability"}')).toBe(
        2,
      );
      expect(moved('haven_graphql_request_duration_seconds_count{type="mutation",operation="holdBed"}')).toBe(1);
      expect(moved('haven_graphql_errors_total{code="FORBIDDEN"}')).toBe(1);
      expect(
        values.get('haven_http_request_duration_seconds_count{method="GET",route="/metrics",status="2xx"}'),
      ).toBeGreaterThan(0);
      expect(values.has('haven_db_pool_connections{state="in_use"}')).toBe(true);
      expect(values.has('haven_db_pool_waiting')).toBe(true);
      expect(values.has('nodejs_eventloop_lag_seconds')).toBe(true);
      // Defined for the notifications to count: a TYPE line before the first delivery.
      expect(text).toContain('# TYPE haven_notification_deliveries_total counter');
      t.app.get(Metrics).notificationDelivery('email', 'failed');
      expect(
        samples(await t.app.get(Metrics).scrape()).get(
          'haven_notification_deliveries_total{channel="email",outcome="failed"}',
        ),
      ).toBe(1);
      expect(text).not.toContain(officer.userId);
    });

    it('has a Grafana dashboard that plots every haven metric, and only metrics the service exports', async () => {
      const dashboard = JSON.parse(readFileSync(join(__dirname, '../../docker/grafana/haven.json'), 'utf8'));
      const exprs: string[] = dashboard.panels.flatMap((panel: any) => panel.targets.map((target: any) => target.expr));
      const plotted = new Set(
        exprs
          .flatMap((expr) => expr.match(/\b(haven|nodejs|process)_[a-z0-9_]+/g) ?? [])
          .map((name) => name.replace(/_(count|bucket|sum)$/, '')),
      );
      const { text } = await scrape();
      const exported = new Set([...text.matchAll(/^# TYPE (\S+) /gm)].map((match) => match[1]));
      expect([...plotted].filter((name) => !exported.has(name))).toEqual([]);
      expect([...exported].filter((name) => name.startsWith('haven_') && !plotted.has(name))).toEqual([]);
    });

    it('answers only this machine, and not through a proxy on it, when METRICS_TOKEN is not set', async () => {
      expect((await t.http().get('/metrics').set('x-forwarded-for', '203.0.113.9')).status).toBe(403);
      expect((await t.http().get('/metrics').set('forwarded', 'for=203.0.113.9')).status).toBe(403);
      // proxies that say where a request came from in other ways: nginx's X-Real-IP, a CDN's, Via
      for (const header of ['x-real-ip', 'true-client-ip', 'via', 'x-forwarded-host']) {
        expect((await t.http().get('/metrics').set(header, '203.0.113.9')).status).toBe(403);
      }
      const controller = new MetricsController(t.app.get(Metrics), t.settings);
      const from = (remoteAddress: string) => ({ headers: {}, socket: { remoteAddress } }) as any;
      await expect(controller.scrape(from('203.0.113.9'), reply())).rejects.toMatchObject({ status: 403 });
    });

    it('takes for this machine only loopback addresses, IPv4, IPv6 and IPv4 mapped', () => {
      expect(['127.0.0.1', '127.3.2.1', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([true, true, true, true]);
      expect(['10.0.0.1', '::ffff:10.0.0.1', '::', '1127.0.0.1', undefined].map(isLoopback)).toEqual([
        false,
        false,
        false,
        false,
        false,
      ]);
    });

    it('asks for METRICS_TOKEN as a bearer token when it is set, from anywhere', async () => {
      const token = 'a-metrics-token-of-some-length';
      const controller = new MetricsController(t.app.get(Metrics), loadSettings({ METRICS_TOKEN: token }));
      const from = (authorization?: string) =>
        ({ headers: authorization ? { authorization } : {}, socket: { remoteAddress: '127.0.0.1' } }) as any;
      await expect(controller.scrape(from(), reply())).rejects.toMatchObject({ status: 401 });
      await expect(controller.scrape(from('Bearer wrong-token-of-some-length'), reply())).rejects.toMatchObject({
        status: 401,
      });
      const answered = reply();
      await controller.scrape(from(`Bearer ${token}`), answered);
      expect(answered.sent).toContain('haven_searches_total');
    });
  });
});

/** A stand-in for Fastify's reply: what was sent. */
function reply() {
  const fake = {
    sent: '',
    header: () => fake,
    send: (text: string) => {
      fake.sent = text;
      return fake;
    },
  };
  return fake as any;
}
