import { AuditResult, serverAudits } from 'graphql-http';
import { TestApp } from '../support/test-app';

/**
 * Warnings that answering a document that does not parse or validate with HTTP 400 brings, when the
 * client asked for application/json: the spec would have 200 there. 400 is the contract (CONTRACT.md,
 * Errors: a request that is not GraphQL is answered HTTP 400).
 */
const BY_DESIGN = new Set(['572B', 'FDE2', '7B9B']);

/** The GraphQL over HTTP audits of graphql-http, run against the service listening on loopback. */
describe('GraphQL over HTTP', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await TestApp.start();
    url = `${await t.listen()}/graphql`;
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  it('passes the graphql-http server audits: no failure, and no warning but those 400 brings by design', async () => {
    const audits = serverAudits({ url, fetchFn: fetch });
    const results: AuditResult[] = [];
    for (const audit of audits) results.push(await audit.fn());
    const ids = (status: string) =>
      results
        .filter((result) => result.status === status)
        .map((result) => result.id)
        .join(', ');
    // A notice is a MAY the service does not do: GET, which csrfPrevention keeps to clients that say they are not a form.
    const problems = results
      .filter((result) => result.status === 'error' || (result.status === 'warn' && !BY_DESIGN.has(result.id)))
      .map((result) => `${result.status} ${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`);
    process.stdout.write(
      `graphql-http audits: ${results.length} run, ${results.filter((r) => r.status === 'ok').length} ok, ` +
        `${results.filter((r) => r.status === 'warn').length} warnings (${ids('warn')}), ` +
        `${results.filter((r) => r.status === 'notice').length} notices (${ids('notice')})\n`,
    );
    expect(problems).toEqual([]);
  });
});
