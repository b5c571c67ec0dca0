import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AuditEventEntity } from '../../src/audit/audit-event.entity';
import { Role } from '../../src/common/roles';
import { mutationsOf, subscriptionsOf } from '../support/hostile-inputs';
import { TestApp } from '../support/test-app';
import { Login } from '../support/world';
import { TestSocket, socketUrl } from '../support/ws-client';

const LEAKS =
  /at \w+ \(|\.ts:\d|\.js:\d|QueryFailedError|SELECT |INSERT INTO|UPDATE \w+ SET|duplicate key|violates|relation "|syntax error at|TypeError|ReferenceError/;
const CLIENT_CODES = ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED'];
const RUNS = Number(process.env.HOSTILE_RUNS ?? 20);

/**
 * Every mutation of the schema, as an ADMIN (who gets past access checks to the validation and the
 * rules), with generated inputs: oversized and hostile strings, out-of-range numbers, malformed
 * dates and ids, unknown enum values, nulls for required fields, huge lists.
 */
describe('hostile input to every mutation', () => {
  let t: TestApp;
  let admin: Login;
  let generated = 0;
  let overSocket = 0;
  let url: string;
  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_MAX_FAILURES_PER_ADDRESS: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000' });
    admin = await t.world.login(Role.ADMIN);
    // Listening from the start: supertest would otherwise listen and close the server around each request.
    url = socketUrl(await t.listen());
  });
  afterAll(async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    process.stdout.write(
      `hostile input: ${generated} generated requests over ${mutationsOf(schema).length} mutations; ` +
        `over the websocket ${overSocket} over those and ${subscriptionsOf(schema).length} subscriptions\n`,
    );
    await t.close();
  });

  it('answers each with data or a clear client error: never a 500, a stack trace, SQL, or a half-made change', async () => {
    const operations = mutationsOf(t.app.get(GraphQLSchemaHost).schema);
    expect(operations.length).toBeGreaterThan(4);
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(operation.variables, async (variables) => {
          generated += 1;
          const before = await t.dataSource.manager.count(AuditEventEntity);
          const response = await t.gql(operation.query, variables, admin.token);
          const context = `${operation.name} ${JSON.stringify(variables).slice(0, 300)} → ${response.text.slice(0, 400)}`;
          if (response.status >= 500) throw new Error(`5xx: ${context}`);
          if (LEAKS.test(response.text)) throw new Error(`leak: ${context}`);
          if (response.errors) {
            for (const error of response.errors) {
              if (!CLIENT_CODES.includes(error.extensions?.code))
                throw new Error(`code ${error.extensions?.code}: ${context}`);
            }
            const after = await t.dataSource.manager.count(AuditEventEntity);
            // login writes its own audit event only on success; a refused mutation writes nothing
            if (after !== before) throw new Error(`a refused ${operation.name} still changed something: ${context}`);
          }
        }),
        { numRuns: RUNS, seed: 20261122, endOnFailure: true },
      );
    }
  });

  it('answers the same over the websocket: a refusal or a running subscription, never a generic fault, a stack trace, SQL, or a change', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    let socket = await TestSocket.open(url, admin.token, t.logs).ready();
    let oversized = 0;
    try {
      const operations = [...mutationsOf(schema), ...subscriptionsOf(schema)];
      expect(subscriptionsOf(schema).length).toBeGreaterThan(1);
      for (const operation of operations) {
        const isMutation = operation.query.startsWith('mutation');
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
          { numRuns: RUNS, seed: 20261122, endOnFailure: true },
        );
      }
      process.stdout.write(
        `hostile input over the websocket: ${oversized} messages over BODY_LIMIT_BYTES closed 1009\n`,
      );
    } finally {
      await socket.close();
    }
  }, 300_000); // RUNS × every mutation and subscription, one socket round trip each
});
