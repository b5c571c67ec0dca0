import type { GraphQLFormattedError } from 'graphql';
import WebSocket from 'ws';
import { AvailabilityEvents } from '../../src/availability/availability-events';
import { GENERIC_MESSAGE } from '../../src/common/errors/format-error';
import { MAX_OPERATIONS_PER_SOCKET } from '../../src/common/graphql/subscription-server';
import { Role } from '../../src/common/roles';
import { TestApp } from '../support/test-app';
import { TestSocket, socketUrl, until } from '../support/ws-client';
import { Login } from '../support/world';

const CHANGES = `subscription { availabilityChanged { safehouseId bedId at } }`;
const BLOCK = `mutation($input: BedOutOfServiceInput!) { setBedOutOfService(input: $input) { id } }`;
const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id } }`;
const COSTLY = `placements(first: %FIRST%) { edges { node { id status from until safehouse { id name area provider { id name } }
  bed { id label sleeps } survivor { id preferredName reference } referrer { id displayName } } } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Documents an attacker sends to both doors: each is refused before it runs, in the same words. */
const HOSTILE: { name: string; query: string; variables?: Record<string, unknown>; operationName?: string }[] = [
  { name: 'a syntax error', query: 'subscription { availabilityChanged { bedId ' },
  { name: 'more tokens than the limit', query: `subscription { availabilityChanged { ${'bedId '.repeat(6000)}} }` },
  { name: 'nesting that could exhaust the parser', query: `{ ${'me { '.repeat(3000)}id${' }'.repeat(3000)} }` },
  {
    name: '40 aliases',
    query: `subscription { availabilityChanged { ${Array.from({ length: 40 }, (_, i) => `a${i}: bedId`).join(' ')} } }`,
  },
  {
    name: 'a 12-deep selection',
    query: `subscription { availabilityChanged { ${'... on AvailabilityChange { '.repeat(11)}bedId${' }'.repeat(11)} } }`,
  },
  {
    name: 'too many directives',
    query: `subscription { availabilityChanged { bedId ${'@include(if: true) '.repeat(25)}} }`,
  },
  { name: 'a cost over the limit', query: `{ ${COSTLY.replace('%FIRST%', '100')} }` },
  {
    name: 'a page size over the cost limit, as a variable',
    query: `query($n: Int) { ${COSTLY.replace('%FIRST%', '$n')} }`,
    variables: { n: 100 },
  },
  { name: 'an unknown field', query: 'subscription { availabilityChangd { bedId } }' },
  { name: 'an undeclared variable', query: 'subscription { availabilityChanged(radiusKm: $far) { bedId } }' },
  { name: 'two root fields', query: 'subscription { availabilityChanged { bedId } placementChanged { status } }' },
  {
    name: 'two operations, none named',
    query: 'subscription A { availabilityChanged { bedId } } subscription B { placementChanged { status } }',
  },
  {
    name: 'an operation name that is not there',
    query: 'subscription A { availabilityChanged { bedId } }',
    operationName: 'Z',
  },
];

const answerOf = (errors: readonly GraphQLFormattedError[] | undefined) =>
  (errors ?? []).map((error) => ({ code: error.extensions?.code, message: error.message }));

describe('the websocket, the same API as POST /graphql', () => {
  let t: TestApp;
  let url: string;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    url = socketUrl(await t.listen());
  });
  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.close()));
    await t.close();
  });

  function open(login?: Login): TestSocket {
    const socket = TestSocket.open(url, login?.token, t.logs);
    sockets.push(socket);
    return socket;
  }

  async function post(query: string, variables: Record<string, unknown>, login: Login, operationName?: string) {
    const response = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${login.token}`)
      .send({ query, variables, ...(operationName ? { operationName } : {}) });
    return { status: response.status, text: response.text, errors: response.body.errors as GraphQLFormattedError[] };
  }

  async function bedOfNewHouse() {
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    const house = await t.world.safehouse(coordinator.organisationId!);
    return { coordinator, bed: await t.world.bed(house.id) };
  }

  async function block(bedId: string, coordinator: Login, day: number) {
    const from = new Date(Date.UTC(2031, 0, 1 + day)).toISOString();
    const until = new Date(Date.UTC(2031, 0, 2 + day)).toISOString();
    const response = await t.gql(BLOCK, { input: { bedId, from, until, reason: 'Repairs' } }, coordinator.token);
    expect(response.errors).toBeUndefined();
  }

  /** Subscriptions the service is feeding availability changes to, across every socket. */
  function availabilitySubscribers(): number {
    // the in-process PubSub's own table: proof that the server dropped the subscription, not only the client
    const engine = t.app.get(AvailabilityEvents).engine as unknown as { subscriptions: Record<string, [string]> };
    return Object.values(engine.subscriptions).filter(([trigger]) => trigger === 'availabilityChanged').length;
  }

  describe('runs subscriptions only, under the rules of HTTP', () => {
    it(`runs at most ${MAX_OPERATIONS_PER_SOCKET} subscriptions on one socket, and takes another once one ends`, async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const socket = await open(officer).ready();
      const running = Array.from({ length: MAX_OPERATIONS_PER_SOCKET }, () => socket.subscribe(CHANGES));
      for (const operation of running) expect(await operation.answered(100)).toBe(false); // running, quietly
      const oneTooMany = await socket.ask(CHANGES);
      expect(answerOf(oneTooMany.errors)).toEqual([
        { code: 'BAD_USER_INPUT', message: expect.stringContaining(`already runs ${MAX_OPERATIONS_PER_SOCKET}`) },
      ]);
      expect(socket.closedWith).toBeUndefined(); // the socket and its subscriptions go on
      running[0].stop();
      await until(() => availabilitySubscribers() < MAX_OPERATIONS_PER_SOCKET);
      const another = socket.subscribe(CHANGES);
      expect(await another.answered(300)).toBe(false);
      const { coordinator, bed } = await bedOfNewHouse();
      await block(bed.id, coordinator, 40);
      await until(() => another.results.length === 1 && running[1].results.length === 1);
      for (const operation of [another, ...running.slice(1)]) operation.stop();
    });

    it('refuses a query or a mutation: they go over HTTP', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const { bed } = await bedOfNewHouse();
      const socket = await open(officer).ready();

      const me = await socket.ask('{ me { id } }');
      expect(me.results).toEqual([]);
      expect(answerOf(me.errors)).toEqual([
        { code: 'BAD_USER_INPUT', message: expect.stringContaining('Queries and mutations go over HTTP') },
      ]);
      const hold = await socket.ask(HOLD, { input: { bedId: bed.id, nights: 2 } });
      expect(answerOf(hold.errors)).toEqual(answerOf(me.errors));
      const [held] = await t.dataSource.query('SELECT count(*)::int AS n FROM placement WHERE bed_id = $1', [bed.id]);
      expect(held.n).toBe(0);
    });

    it('is the only way to subscribe: over HTTP a subscription is refused as bad input', async () => {
      const overHttp = await post(CHANGES, {}, await t.world.login(Role.DUTY_OFFICER));
      expect(overHttp.status).toBe(400);
      expect(answerOf(overHttp.errors)).toEqual([
        {
          code: 'BAD_USER_INPUT',
          message: 'Subscriptions go over the websocket (graphql-ws on /graphql), not over HTTP.',
        },
      ]);
    });

    it('answers a variable that does not fit its type as bad input naming the field, as HTTP does', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const socket = await open(officer).ready();
      const variables = { near: { latitude: null, longitude: 1e308 } };
      const overSocket = await socket.ask(
        `subscription($near: GeoPointInput) { availabilityChanged(near: $near) { bedId } }`,
        variables,
      );
      const overHttp = await post(
        `query($near: GeoPointInput!) { searchAvailability(input: { near: $near, guestGender: WOMAN, nights: 1 }) { acceptsArrival } }`,
        variables,
        officer,
      );
      expect(overSocket.errors).toEqual([
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'near.latitude' } }),
      ]);
      expect(answerOf(overSocket.errors)).toEqual(answerOf(overHttp.errors));
    });

    it('refuses 40 aliases and a 12-deep subscription before running them', async () => {
      const socket = await open(await t.world.login(Role.DUTY_OFFICER)).ready();
      const aliases = await socket.ask(HOSTILE.find((h) => h.name === '40 aliases')!.query);
      expect(aliases.results).toEqual([]);
      expect(answerOf(aliases.errors)).toEqual([{ code: 'BAD_USER_INPUT', message: expect.stringMatching(/alias/i) }]);
      const deep = await socket.ask(HOSTILE.find((h) => h.name === 'a 12-deep selection')!.query);
      expect(deep.results).toEqual([]);
      expect(answerOf(deep.errors)).toEqual([{ code: 'BAD_USER_INPUT', message: expect.stringMatching(/depth/i) }]);
    });

    it('answers the same hostile request the same way as HTTP', async () => {
      const admin = await t.world.login(Role.ADMIN);
      const socket = await open(admin).ready();
      for (const { name, query, variables = {}, operationName } of HOSTILE) {
        const overHttp = await post(query, variables, admin, operationName);
        const overSocket = await socket.ask(query, variables, operationName);
        expect([name, overHttp.status]).toEqual([name, 400]);
        expect([name, overSocket.results]).toEqual([name, []]);
        expect([name, answerOf(overSocket.errors)]).toEqual([name, answerOf(overHttp.errors)]);
        expect([name, answerOf(overSocket.errors)[0]?.code]).toEqual([name, 'BAD_USER_INPUT']);
      }
      expect(socket.closedWith).toBeUndefined(); // refusals, not a dropped connection
      process.stdout.write(`websocket and HTTP: ${HOSTILE.length} hostile documents, the same answer each\n`);
    });

    it('answers a fault in a subscription with the generic message and a reference, never SQL, each operation with a request id of its own', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const socket = await open(officer).ready();
      const [first, second] = [socket.subscribe(CHANGES), socket.subscribe(CHANGES)];
      await sleep(300);
      // an event whose reading fails, as a database fault would, with SQL in its message
      const fault = new Error('relation "survivor" does not exist: SELECT preferred_name FROM survivor WHERE id = $1');
      await t.app.get(AvailabilityEvents).engine.publish('availabilityChanged', {
        get safehouseId(): string {
          throw fault;
        },
        bedId: 'b',
        at: new Date().toISOString(),
        publicLatitude: 53.5,
        publicLongitude: -2.2,
        providerId: 'p',
      });
      await until(() => first.results.length > 0 && second.results.length > 0);
      const references = [first, second].map((operation) => {
        expect(operation.raw.join()).not.toMatch(/SELECT|relation|survivor|preferred_name|at \w+ \(|\.ts:\d/);
        const [error] = operation.results[0].errors!;
        expect(error).toMatchObject({ message: GENERIC_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
        expect(error.extensions!.reference).toEqual(expect.any(String));
        return error.extensions!.reference;
      });
      expect(references[0]).not.toBe(references[1]); // a context (request id, DataLoaders) per operation
    });

    it('closes the socket (1009) on a frame larger than BODY_LIMIT_BYTES, before sign-in, without reading it', async () => {
      const raw = new WebSocket(url, 'graphql-transport-ws');
      const received: string[] = [];
      raw.on('message', (data: Buffer) => received.push(String(data)));
      const closed = new Promise<number>((resolve) => raw.on('close', (code: number) => resolve(code)));
      await new Promise((resolve) => raw.on('open', resolve));
      const padding = 'x'.repeat(t.settings.BODY_LIMIT_BYTES);
      raw.send(JSON.stringify({ type: 'connection_init', payload: { padding } }));
      expect(await closed).toBe(1009);
      expect(received).toEqual([]); // no connection_ack, no refusal: the frame was never parsed
    });
  });

  // Last: these move the clock past every token's expiry.
  describe('checks the sign-in on every operation and while a socket is open', () => {
    it('closes a socket within 5 seconds of its sign-in ending (4401), and its subscription hears nothing more', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const { coordinator, bed } = await bedOfNewHouse();
      const socket = await open(officer).ready();
      const changes = socket.subscribe(CHANGES);
      await sleep(300);
      await block(bed.id, coordinator, 0);
      await until(() => changes.results.length === 1); // live while signed in
      expect(availabilitySubscribers()).toBeGreaterThan(0);

      t.clock.advance((t.settings.ACCESS_TOKEN_MINUTES + 1) * 60_000);
      const expired = Date.now();
      await until(() => socket.closedWith !== undefined, 5000);
      expect(Date.now() - expired).toBeLessThan(5000);
      expect(socket.closedWith).toBe(4401);
      expect(changes.closeCode).toBe(4401);
      expect(availabilitySubscribers()).toBe(0); // every socket's token expired: the server fed none of them

      await block(bed.id, await t.world.signInAgain(coordinator), 1);
      await sleep(300);
      expect(changes.results).toHaveLength(1);
    });

    it('refuses a subscription sent after the sign-in ended (4401), without running it', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const socket = await open(officer).ready();
      t.clock.advance((t.settings.ACCESS_TOKEN_MINUTES + 1) * 60_000);
      const refused = socket.subscribe(CHANGES);
      await until(() => refused.ended);
      expect(refused.results).toEqual([]);
      expect(refused.closeCode).toBe(4401);
      expect(availabilitySubscribers()).toBe(0);
    });
  });
});

describe('the websocket in production', () => {
  let t: TestApp;
  let socket: TestSocket;
  let admin: Login;

  beforeAll(async () => {
    t = await TestApp.start({ NODE_ENV: 'production' });
    admin = await t.world.login(Role.ADMIN);
    socket = await TestSocket.open(socketUrl(await t.listen()), admin.token, t.logs).ready();
  });
  afterAll(async () => {
    await socket.close();
    await t.close();
  });

  it('refuses introspection and suggests no names, in the words of HTTP', async () => {
    for (const query of ['{ __schema { queryType { name } } }', 'subscription { availabilityChangd { bedId } }']) {
      const overSocket = await socket.ask(query);
      const overHttp = await t.gql(query, {}, admin.token);
      expect([query, overSocket.results]).toEqual([query, []]);
      expect([query, answerOf(overSocket.errors)]).toEqual([query, answerOf(overHttp.errors)]);
      expect(overSocket.errors.length).toBeGreaterThan(0);
      expect(answerOf(overSocket.errors).every(({ code }) => code === 'BAD_USER_INPUT')).toBe(true);
      expect(JSON.stringify(overSocket.errors)).not.toMatch(/did you mean|availabilityChanged"/i);
    }
    expect(answerOf((await socket.ask('{ __schema { queryType { name } } }')).errors)[0].message).toMatch(
      /introspection/i,
    );
  });
});
