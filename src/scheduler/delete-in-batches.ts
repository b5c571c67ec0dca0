import { RequestContext } from '../common/request-context';

/** Rows per DELETE: each statement stays short on the embedded database's one connection. */
export const DELETE_BATCH = 1000;

/**
 * Deletes the rows of `table` that `where` picks, DELETE_BATCH at a time, each batch its own short
 * statement outside any transaction, until a batch comes back short; how many went. `table` and
 * `where` are the caller's constants, never input; `where`'s parameters are `$1`.. of `params`.
 */
export async function deleteInBatches(
  ctx: RequestContext,
  table: string,
  where: string,
  params: unknown[],
): Promise<number> {
  const limit = `$${params.length + 1}`;
  let deleted = 0;
  for (;;) {
    const [{ n }]: { n: number }[] = await ctx.manager.query(
      `WITH gone AS (DELETE FROM ${table} WHERE id IN (SELECT id FROM ${table} WHERE ${where} LIMIT ${limit}) RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [...params, DELETE_BATCH],
    );
    deleted += n;
    if (n < DELETE_BATCH) return deleted;
  }
}
