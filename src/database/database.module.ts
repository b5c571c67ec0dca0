import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Settings } from '../config/settings';
import { Database, closeDatabase, migrate, openDatabase } from './data-source';
import { PreparedStatements } from './prepared-statements';

export const DATABASE = Symbol('DATABASE');

/** Opens the database and applies pending migrations before anything else starts. */
@Global()
@Module({
  providers: [
    {
      provide: DATABASE,
      inject: [Settings],
      useFactory: async (settings: Settings): Promise<Database> => {
        const database = await openDatabase(settings);
        try {
          await migrate(database);
        } catch (error) {
          await closeDatabase(database);
          throw error;
        }
        return database;
      },
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
