import { adminQuery, isPostgres, templateName } from './test-database';

export default async function globalTeardown(): Promise<void> {
  if (isPostgres()) await adminQuery(`DROP DATABASE IF EXISTS "${templateName()}" WITH (FORCE)`);
}
