/**
 * What a log line may keep of an error. A failed statement carries what was sent to the database:
 * TypeORM's QueryFailedError has the statement's `parameters`, and PostgreSQL's `detail` ("Failing
 * row contains (…)", "Key (email)=(…)"), `where` and `internalQuery` can hold the row's values, so
 * a safehouse's address or what was typed about a person would reach the logs. Kept: where it
 * happened (code, constraint, table, column), the statement's text with its literals masked, and the
 * message with every quoted value masked. Pino applies this to every `err` it writes, and to an
 * error under any other key, so no caller (Nest's exception handler included) can log more.
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return error;
  const fields = error as Error & Record<string, unknown>;
  const driver = isRecord(fields.driverError) ? fields.driverError : fields;
  const identifiers = new Set(
    [driver.table, driver.column, driver.constraint, driver.schema, driver.dataType].filter(isText),
  );
  const type = error.constructor?.name || error.name || 'Error';
  const message = maskQuoted(error.message ?? '', identifiers);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const safe: Record<string, unknown> = { type, message, stack: [`${type}: ${message}`, ...frames].join('\n') };
  for (const key of KEPT) {
    const value = driver[key] ?? fields[key];
    if (isText(value) || typeof value === 'number') safe[key] = value;
  }
  if (isText(fields.query)) safe.query = maskLiterals(fields.query);
  if (fields.cause !== undefined && depth < 3) safe.cause = serializeError(fields.cause, depth + 1);
  if (error instanceof AggregateError && depth < 3) safe.errors = error.errors.map((e) => serializeError(e, depth + 1));
  return safe;
}

/** Every Error anywhere at the top of a log record, whatever its key, goes through serializeError. */
export function withSafeErrors(record: Record<string, unknown>): Record<string, unknown> {
  let safe = record;
  for (const [key, value] of Object.entries(record)) {
    if (value instanceof Error) {
      if (safe === record) safe = { ...record };
      safe[key] = serializeError(value);
    }
  }
  return safe;
}

/** Where and what kind, never which values: PostgreSQL's fields, and a system error's code. */
const KEPT = ['code', 'constraint', 'table', 'column', 'schema', 'dataType', 'severity', 'routine', 'errno', 'syscall'];

/**
 * PostgreSQL quotes both names and values in its messages (`invalid input syntax for type uuid:
 * "Jane Doe"`); the names it reports in its own fields stay, every other quoted part is masked.
 */
export function maskQuoted(message: string, keep: ReadonlySet<string> = new Set()): string {
  return message.replace(/"((?:[^"\\]|\\.)*)"/g, (quoted, inner: string) => (keep.has(inner) ? quoted : '"…"'));
}

/** A statement's string literals masked: a parameterised statement keeps its shape, and nothing typed. */
export function maskLiterals(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'/g, "'…'");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}
