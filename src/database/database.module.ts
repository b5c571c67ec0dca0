import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Settings } from '../config/settings';
import { Database, closeDatabase, openMigratedDatabase } from './data-source';
import { PreparedStatements } from './prepared-statements';

export const DATABASE = Symbol('DATABASE');

/**
 * Opens the database and applies pending migrations (as the owner, who then grants the service's
 * role its rights: README, On PostgreSQL) before anything else starts.
 */
@Global()
@Module({
  providers: [
    {
      provide: DATABASE,
      inject: [Settings],
      useFactory: async (settings: Settings): Promise<Database> => (await openMigratedDatabase(settings)).database,
    },
    { provide: DataSource, inject: [DATABASE], useFactory: (database: Database) => database.dataSource },
    PreparedStatements,
  ],
  exports: [DATABASE, DataSource, PreparedStatements],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await closeDatabase(this.database);
  }
}
