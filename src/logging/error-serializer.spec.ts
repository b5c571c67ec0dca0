import { QueryFailedError } from 'typeorm';
import { maskLiterals, serializeError, withSafeErrors } from './error-serializer';

/** What node-postgres hands TypeORM when PostgreSQL refuses a row: the row's values in `detail`. */
function notNullViolation() {
  const driverError = Object.assign(
    new Error('null value in column "name" of relation "safehouse" violates not-null constraint'),
    {
      code: '23502',
      severity: 'ERROR',
      table: 'safehouse',
      column: 'name',
      schema: 'public',
      detail: 'Failing row contains (7 Secret Street, M1 1AA, 53.4808, -2.2426, null).',
      where: 'SQL function "check" statement 1: 7 Secret Street',
      internalQuery: "SELECT '7 Secret Street'",
      routine: 'ExecConstraints',
    },
  );
  return new QueryFailedError(
    'UPDATE "safehouse" SET "name" = $1, "address" = $2, "postcode" = $3 WHERE "id" = $4',
    [null, '7 Secret Street', 'M1 1AA', 'a2f8c9e4-1d2b-4c3a-9f00-0123456789ab'],
    driverError,
  );
}

const SECRETS = /Secret Street|M1 1AA|53\.4808|-2\.2426|Jane Doe|a2f8c9e4/;

describe('serializeError', () => {
  it('keeps where a statement failed and drops what it carried: parameters, detail, where, internalQuery', () => {
    const safe = serializeError(notNullViolation()) as Record<string, unknown>;
    expect(safe).toMatchObject({
      type: 'QueryFailedError',
      message: 'null value in column "name" of relation "safehouse" violates not-null constraint',
      code: '23502',
      table: 'safehouse',
      column: 'name',
      query: 'UPDATE "safehouse" SET "name" = $1, "address" = $2, "postcode" = $3 WHERE "id" = $4',
    });
    for (const key of ['parameters', 'detail', 'where', 'internalQuery', 'driverError', 'hint'])
      expect(safe).not.toHaveProperty(key);
    expect(JSON.stringify(safe)).not.toMatch(SECRETS);
    expect(safe.stack).toMatch(/^QueryFailedError: null value in column "name"[^\n]*\n\s+at /);
  });

  it('masks the values PostgreSQL quotes in its message, in the stack too, keeping the names it reports', () => {
    const driverError = Object.assign(new Error('invalid input syntax for type uuid: "Jane Doe"'), {
      code: '22P02',
      routine: 'string_to_uuid',
    });
    const safe = serializeError(new QueryFailedError('SELECT 1 WHERE id = $1', ['Jane Doe'], driverError)) as Record<
      string,
      unknown
    >;
    expect(safe.message).toBe('invalid input syntax for type uuid: "…"');
    expect(JSON.stringify(safe)).not.toMatch(SECRETS);
  });

  it('masks the literals of a statement that carried its values in its text', () => {
    expect(maskLiterals("INSERT INTO x VALUES ('Jane O''Doe', $1, 'M1 1AA')")).toBe(
      "INSERT INTO x VALUES ('…', $1, '…')",
    );
  });

  it('does the same to an error Nest logs as a message and a stack (its exception handler), and to causes', () => {
    const failure = notNullViolation();
    const rewrapped = Object.assign(new Error(`Update failed: "${'7 Secret Street'}"`), { cause: failure });
    rewrapped.stack = `Error: Update failed: "7 Secret Street"\n    at Object.<anonymous> (x.ts:1:1)`;
    expect(JSON.stringify(serializeError(rewrapped))).not.toMatch(SECRETS);
  });

  it('applies to an error under any key of a log record, leaving other values as they are', () => {
    const record = withSafeErrors({ requestId: 'r-1', error: notNullViolation(), count: 2 });
    expect(record.requestId).toBe('r-1');
    expect(record.count).toBe(2);
    expect(JSON.stringify(record)).not.toMatch(SECRETS);
    expect(record.error).toMatchObject({ code: '23502', table: 'safehouse' });
  });
});
