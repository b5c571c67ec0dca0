import { SearchCounts } from '../../src/availability/search-counts';
import fc from 'fast-check';
import { isNonNullType } from 'graphql';
import {
  Answer,
  CONTROL_CHARACTERS,
  FuzzCounts,
  Operation,
  Transport,
  isText,
  replaced,
  valueSites,
} from './hostile-inputs';
import type { HostileWorld } from './hostile-world';
import type { TestApp } from './test-app';
import type { Login } from './world';

/** What must never reach a client: a stack frame, a source file, SQL or a database's words. */
export const LEAKS =
  /at \w+ \(|\.ts:\d|\.js:\d|QueryFailedError|SELECT |INSERT INTO|UPDATE \w+ SET|duplicate key|violates|relation "|syntax error at|TypeError|ReferenceError/;
export const CLIENT_CODES = ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED'];
/** Control characters no text takes, multi-line or not. */
const REFUSED_EVERYWHERE = CONTROL_CHARACTERS.filter((c) => !'\t\n\r'.includes(c));
/** A refused sign-in is counted and audited on purpose; every other refused mutation writes nothing. */
// A failed sign-in is audited by design: a wrong password to login, or to changePassword.
const WRITES_WHEN_REFUSED = new Set(['login', 'changePassword']);
/** What ends the caller's own sign-in when it succeeds: the actor signs in again for the next request. */
const SIGNS_OUT = new Set(['logout', 'changePassword']);

/** GraphQL over HTTP, as a client sends it. */
export function httpTransport(t: TestApp): Transport {
  return { name: 'http', send: (query, variables, token) => t.gql(query, variables, token) };
}

/**
 * The hostile-input proof over one transport: every operation, as an ADMIN (who gets past access
 * checks to the validation and the rules; a duty officer for holdBed), against a world of real
 * rows. Each answer: no 5xx, no leak, only client codes, and a refused mutation changed no row.
 */
export class HostileInputProof {
  readonly systematic = new FuzzCounts();
  readonly generated = new FuzzCounts();
  readonly cases = { nulls: 0, controls: 0 };
  /** The database's content as last seen; undefined once a query may have written (an audited read). */
  private known?: Map<string, string>;

  constructor(
    private readonly t: TestApp,
    private readonly world: HostileWorld,
    readonly transport: Transport,
    readonly operations: Operation[],
  ) {}

  private actorFor(operation: Operation): Login {
    return operation.name === 'holdBed' ? this.world.tenant.dutyOfficer : this.world.admin;
  }

  /** A hash of each table's rows, so that any change is seen and named. */
  private async tables(): Promise<Map<string, string>> {
    // searches are counted in memory and written once a second: written now, they are not taken for a later change
    await this.t.app.get(SearchCounts).flush();
    const names: { table_name: string }[] = await this.t.dataSource.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'migrations'`,
    );
    const rows: { name: string; hash: string }[] = await this.t.dataSource.query(
      names
        .map(
          ({ table_name }) =>
            `SELECT '${table_name}' AS name, md5(coalesce(string_agg(md5(r::text), '' ORDER BY md5(r::text)), '')) AS hash FROM "${table_name}" r`,
        )
        .join(' UNION ALL '),
    );
    return new Map(rows.map((row) => [row.name, row.hash]));
  }

  /** Sends one request and checks its answer; throws on the first fault found. */
  async attempt(operation: Operation, variables: Record<string, unknown>, counts: FuzzCounts): Promise<Answer> {
    if (operation.kind === 'mutation') this.known ??= await this.tables();
    const actor = this.actorFor(operation);
    const answer = await this.transport.send(operation.query, variables, actor.token);
    counts.count(answer);
    if (!answer.errors && SIGNS_OUT.has(operation.name)) actor.token = (await this.t.world.signInAgain(actor)).token;
    const context = `${operation.name} ${JSON.stringify(variables).slice(0, 300)} → ${answer.text.slice(0, 400)}`;
    if (answer.status >= 500) throw new Error(`5xx: ${context}`);
    if (LEAKS.test(answer.text)) throw new Error(`leak: ${context}`);
    for (const error of answer.errors ?? []) {
      if (!CLIENT_CODES.includes(error.extensions?.code)) throw new Error(`code ${error.extensions?.code}: ${context}`);
    }
    if (operation.kind === 'query') {
      this.known = undefined;
      return answer;
    }
    const after = await this.tables();
    if (answer.errors && !WRITES_WHEN_REFUSED.has(operation.name)) {
      const changed = [...after].filter(([name, hash]) => this.known!.get(name) !== hash).map(([name]) => name);
      if (changed.length > 0) throw new Error(`a refused ${operation.name} still changed ${changed}: ${context}`);
    }
    this.known = after;
    return answer;
  }

  /**
   * Each operation with plausible variables but for one value: `null` for each optional one, a
   * control character in each text. Gives back every answer that was not BAD_USER_INPUT naming that
   * value (a null where the field is @Clearable() may be taken).
   */
  async runSystematic(): Promise<string[]> {
    const misses: string[] = [];
    const expectRefusal = (answer: Answer, operation: Operation, field: string, what: string) => {
      const error = answer.errors?.[0];
      if (error?.extensions?.code !== 'BAD_USER_INPUT' || error.extensions.field !== field)
        misses.push(`${operation.name}: ${what} at ${field} → ${answer.text.slice(0, 200)}`);
    };
    for (const operation of this.operations) {
      for (const site of valueSites(operation.field, operation.plausible)) {
        const field = site.path.join('.');
        if (!isNonNullType(site.type)) {
          this.cases.nulls += 1;
          const answer = await this.attempt(operation, replaced(operation.plausible, site.path, null), this.systematic);
          if (!site.clearable) expectRefusal(answer, operation, field, 'null');
        }
        if (isText(site.type)) {
          const control = REFUSED_EVERYWHERE[this.cases.controls % REFUSED_EVERYWHERE.length];
          this.cases.controls += 1;
          const variables = replaced(operation.plausible, site.path, `Plain${control}words`);
          const answer = await this.attempt(operation, variables, this.systematic);
          expectRefusal(answer, operation, field, `U+${control.charCodeAt(0).toString(16).padStart(4, '0')}`);
        }
      }
    }
    return misses;
  }

  /** `runs` generated requests per operation; stops at the first fault, with the request that made it. */
  async runGenerated(runs: number, seed: number): Promise<void> {
    for (const operation of this.operations) {
      await fc.assert(
        fc.asyncProperty(operation.variables, async (variables) => {
          await this.attempt(operation, variables, this.generated);
        }),
        { numRuns: runs, seed, endOnFailure: true },
      );
    }
  }

  summary(runs: number): string {
    const mutations = this.operations.filter((o) => o.kind === 'mutation').length;
    return [
      `hostile input over ${this.transport.name}: ${mutations} mutations and ${this.operations.length - mutations} queries`,
      `  systematic: null for ${this.cases.nulls} optional values, a control character in ${this.cases.controls} texts: ${this.systematic}`,
      `  generated: ${this.operations.length} operations × ${runs} cases: ${this.generated}`,
      '',
    ].join('\n');
  }
}
