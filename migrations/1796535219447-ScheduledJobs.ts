import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * scheduled_job: one row per background job (retention, key purge, …), its next time and the lease
 * of the instance running it, so a cluster runs each job once at a time (src/scheduler).
 */
export class ScheduledJobs1796535219447 implements MigrationInterface {
  name = 'ScheduledJobs1796535219447';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "scheduled_job" ("name" text NOT NULL, "next_run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, "locked_by" text, "last_run_at" TIMESTAMP WITH TIME ZONE, "last_duration_ms" integer, "last_error" text, CONSTRAINT "PK_e9fa2da896f3bb1da2821312e47" PRIMARY KEY ("name"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "scheduled_job"`);
  }
}
