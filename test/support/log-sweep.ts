import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { DataSource } from 'typeorm';

/**
 * The log sweep: every line the service writes during a test run is kept in a file, and every
 * secret the tests typed or stored (addresses, postcodes, exact coordinates, survivors' names and
 * what was written about them, passwords, tokens) is noted beside it. After the run the global
 * teardown looks for each secret in each line: the logs must never hold one (CONTRACT.md, Errors).
 */
const DIRECTORY_VARIABLE = 'HAVEN_TEST_LOG_DIR';

/** Keys of GraphQL variables whose values are secret wherever they appear. */
const SECRET_KEYS =
  /^(preferredName|reference|accessibilityNeeds|address|postcode|latitude|longitude|password|currentPassword|newPassword|notes?|assessment|accessToken)$/;

/** Made once per run by the global setup; the workers inherit it. */
export function startLogSweep(): string {
  const directory = join(tmpdir(), `haven-test-logs-${process.pid}-${Date.now()}`);
  mkdirSync(directory, { recursive: true });
  process.env[DIRECTORY_VARIABLE] = directory;
  return directory;
}

/** One test app's log file and the secrets it saw. */
export class LogCapture {
  private readonly secrets = new Set<string>();

  private constructor(
    private readonly base: string,
    readonly destination: pino.DestinationStream,
  ) {}

  /** A capture when the sweep runs (always under the global setup), else undefined. */
  static open(): LogCapture | undefined {
    const directory = process.env[DIRECTORY_VARIABLE];
    if (!directory) return undefined;
    const base = join(directory, randomUUID());
    return new LogCapture(base, pino.destination({ dest: `${base}.log`, sync: true }));
  }

  /** Notes every secret value in a request's variables (at any depth). */
  noteVariables(value: unknown, key = ''): void {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) for (const item of value) this.noteVariables(item, key);
    else if (typeof value === 'object')
      for (const [name, inner] of Object.entries(value as Record<string, unknown>)) this.noteVariables(inner, name);
    else if (SECRET_KEYS.test(key)) this.note(value);
  }

  note(value: unknown): void {
    const text = typeof value === 'number' ? coordinateText(value) : typeof value === 'string' ? value.trim() : '';
    // Short values ("Ann", "M1") would match innocent words; a leak of a short one still shows in a long one.
    if (text && text.length >= 6) this.secrets.add(text);
  }

  /** Notes what the database holds that must never be logged, before the database goes. */
  async noteStored(dataSource: DataSource): Promise<void> {
    const houses: { address: string; postcode: string; latitude: number; longitude: number }[] = await dataSource.query(
      'SELECT address, postcode, latitude, longitude FROM safehouse',
    );
    for (const house of houses)
      [house.address, house.postcode, house.latitude, house.longitude].forEach((v) => this.note(v));
    const survivors: { reference: string | null; preferred_name: string | null; accessibility_needs: string | null }[] =
      await dataSource.query('SELECT reference, preferred_name, accessibility_needs FROM survivor');
    for (const survivor of survivors) Object.values(survivor).forEach((v) => this.note(v));
  }

  close(): void {
    (this.destination as unknown as { flushSync?: () => void }).flushSync?.();
    writeFileSync(`${this.base}.secrets.json`, JSON.stringify([...this.secrets]));
  }
}

/** A coordinate precise enough to find a house (4+ decimals); rounder numbers are everywhere. */
function coordinateText(value: number): string {
  const text = String(value);
  return /\.\d{4,}/.test(text) ? text : '';
}

export interface SweepResult {
  files: number;
  lines: number;
  secrets: number;
  leaks: { secret: string; line: string }[];
}

/** Looks for every secret of the run in every line of the run. */
export function sweepLogs(directory = process.env[DIRECTORY_VARIABLE]): SweepResult | undefined {
  if (!directory) return undefined;
  const names = readdirSync(directory);
  const secrets = new Set<string>();
  for (const name of names.filter((n) => n.endsWith('.secrets.json')))
    for (const secret of JSON.parse(readFileSync(join(directory, name), 'utf8')) as string[]) secrets.add(secret);
  const result: SweepResult = { files: 0, lines: 0, secrets: secrets.size, leaks: [] };
  for (const name of names.filter((n) => n.endsWith('.log'))) {
    result.files += 1;
    for (const line of readFileSync(join(directory, name), 'utf8').split('\n')) {
      if (!line) continue;
      result.lines += 1;
      for (const secret of secrets) if (line.includes(secret)) result.leaks.push({ secret, line: line.slice(0, 500) });
    }
  }
  return result;
}
