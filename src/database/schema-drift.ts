import { DataSource } from 'typeorm';

/**
 * The statements that would bring the database in line with the entities: empty when the
 * migrations and the entities agree. Used by `npm run migration:generate` and by a test.
 */
export async function schemaDrift(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((q) => q.query),
    down: sql.downQueries.map((q) => q.query).reverse(),
  };
}
