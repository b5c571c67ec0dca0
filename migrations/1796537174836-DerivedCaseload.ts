import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A support worker's caseload is counted from their open assignments, no longer kept in a column:
 * an assignment to a referral that lapses unanswered stops counting by itself, with no job to
 * write it, and the counter could not know. Assignments that declines left open (declines did not
 * end them before) end with the decline, as they do from now on.
 */
export class DerivedCaseload1796537174836 implements MigrationInterface {
  name = 'DerivedCaseload1796537174836';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "support_worker_assignment" a SET "ended_at" = GREATEST(p.updated_at, a.started_at), "end_reason" = 'referral declined'
        FROM "placement" p WHERE p.id = a.placement_id AND a.ended_at IS NULL AND p.status = 'DECLINED'`,
    );
    await queryRunner.query(`ALTER TABLE "support_worker" DROP CONSTRAINT "support_worker_caseload_check"`);
    await queryRunner.query(`ALTER TABLE "support_worker" DROP COLUMN "active_caseload"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "support_worker" ADD "active_caseload" smallint NOT NULL DEFAULT '0'`);
    // The counter again, from the assignments not ended (a lapsed referral's count again, up to the maximum).
    await queryRunner.query(
      `UPDATE "support_worker" w SET "active_caseload" = LEAST(w.max_caseload,
         (SELECT count(*) FROM "support_worker_assignment" a WHERE a.support_worker_id = w.id AND a.ended_at IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_worker" ADD CONSTRAINT "support_worker_caseload_check" CHECK ("active_caseload" >= 0 AND "active_caseload" <= "max_caseload")`,
    );
  }
}
