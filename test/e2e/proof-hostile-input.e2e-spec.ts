import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import { AuditEventEntity } from '../../src/audit/audit-event.entity';
import { operationsOf, subscriptionsOf } from '../support/hostile-inputs';
import { CLIENT_CODES, HostileInputProof, LEAKS, httpTransport } from '../support/hostile-proof';
import { HostileWorld, buildHostileWorld } from '../support/hostile-world';
import { TestApp } from '../support/test-app';
import { TestSocket, socketUrl } from '../support/ws-client';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 20);
const SEED = Number(process.env.HOSTILE_SEED ?? 20261122);

/**
 * Every query and mutation of the schema, over HTTP, against a small world of real rows (a placement
 * of every status, houses, beds, survivors, a support worker and assignment, a plan and goal,
 * inspections and actions). First, systematically, `null` for every optional value and a control
 * character in every text of an otherwise plausible request; then generated inputs: oversized and
 * hostile strings, control characters, out-of-range numbers, malformed dates and ids, unknown enum
 * values, nulls anywhere, huge lists, and real ids of existing rows.
 */
describe('hostile input to every operation', () => {
  let t: TestApp;
  let proof: HostileInputProof | undefined;
  let world: HostileWorld;
  let overSocket = 0;
  let url: string;

  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_MAX_FAILURES_PER_ADDRESS: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000' });
    world = await buildHostileWorld(t);
    // Listening from the start: supertest would otherwise listen and close the server around each request.
    url = socketUrl(await t.listen());
    proof = new HostileInputProof(
      t,
      world,
      httpTransport(t),
      operationsOf(t.app.get(GraphQLSchemaHost).schema, world.ids),
    );
  }, 300_000);

  afterAll(async () => {
    if (proof) process.stdout.write(proof.summary(RUNS));
    process.stdout.write(`hostile input over the websocket: ${overSocket} generated messages\n`);
    await t.close();
  });

  it('refuses null for an optional value that cannot be empty, and a control character in any text, naming the field and writing nothing', async () => {
    expect(await proof!.runSystematic()).toEqual([]);
    expect(proof!.cases.nulls).toBeGreaterThan(50);
    expect(proof!.cases.controls).toBeGreaterThan(50);
  }, 900_000);

  it('answers each generated request with data or a clear client error: never a 500, a stack trace, SQL, or a half-made change', async () => {
    expect(proof!.operations.length).toBeGreaterThan(40);
    await proof!.runGenerated(RUNS, SEED);
  }, 1_800_000);

  it('answers the same over the websocket: a refusal or a running subscription, never a generic fault, a stack trace, SQL, or a change', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const admin = world.admin;
    let socket = await TestSocket.open(url, admin.token, t.logs).ready();
    let oversized = 0;
    try {
      const operations = [
        ...operationsOf(schema, world.ids).filter((operation) => operation.kind === 'mutation'),
        ...subscriptionsOf(schema, world.ids),
      ];
      expect(subscriptionsOf(schema, world.ids).length).toBeGreaterThan(1);
      for (const operation of operations) {
        const isMutation = operation.kind === 'mutation';
        await fc.assert(
          fc.asyncProperty(operation.variables, async (variables) => {
            overSocket += 1;
            const before = await t.dataSource.manager.count(AuditEventEntity);
            // a refusal comes at once; a subscription that starts stays silent (no events are made here)
            const answer = await socket.ask(operation.query, variables, undefined, isMutation ? 2000 : 150);
            const text = answer.raw.join('\n');
            const context = `${operation.name} over the websocket ${JSON.stringify(variables).slice(0, 300)} → ${text.slice(0, 400)}`;
            const size = Buffer.byteLength(JSON.stringify({ query: operation.query, variables }));
            if (size > t.settings.BODY_LIMIT_BYTES - 100) {
              // as HTTP answers 413: a message over BODY_LIMIT_BYTES closes the socket, unread
              if (answer.closeCode !== undefined && answer.closeCode !== 1009)
                throw new Error(`socket closed (${answer.closeCode}): ${context}`);
              if (answer.closeCode === 1009) {
                oversized += 1;
                socket = await TestSocket.open(url, admin.token, t.logs).ready();
                return;
              }
            } else if (answer.closeCode !== undefined)
              throw new Error(`socket closed (${answer.closeCode}): ${context}`);
            if (LEAKS.test(text)) throw new Error(`leak: ${context}`);
            for (const error of answer.errors) {
              if (!CLIENT_CODES.includes(error.extensions?.code as string))
                throw new Error(`code ${error.extensions?.code}: ${context}`);
            }
            if (isMutation && answer.errors[0]?.extensions?.code !== 'BAD_USER_INPUT')
              throw new Error(`a mutation was not refused: ${context}`);
            if ((await t.dataSource.manager.count(AuditEventEntity)) !== before)
              throw new Error(`${operation.name} over the websocket changed something: ${context}`);
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
      }
      process.stdout.write(
        `hostile input over the websocket: ${oversized} messages over BODY_LIMIT_BYTES closed 1009\n`,
      );
    } finally {
      await socket.close();
    }
  }, 600_000); // RUNS × every mutation and subscription, one socket round trip each
});
