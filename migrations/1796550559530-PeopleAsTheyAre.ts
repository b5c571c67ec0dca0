import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People as they are (CONTRACT.md, People): a survivor's age status (every earlier row was an adult:
 * only adults were ever stored), their dependants one by one beside the count (empty for earlier
 * rows, which were only counted), whether they need an interpreter, and a house's age limit for
 * boys (none for earlier houses). Every new column has a default or is nullable, so a loader that
 * fills the tables directly (the performance harness) needs no change.
 */
export class PeopleAsTheyAre1796550559530 implements MigrationInterface {
  name = 'PeopleAsTheyAre1796550559530';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survivor" ADD "age_status" text NOT NULL DEFAULT 'ADULT'`);
    await queryRunner.query(
      `ALTER TABLE "survivor" ADD CONSTRAINT "survivor_age_status_check" CHECK ("age_status" IN ('ADULT', 'CHILD', 'AGE_UNCERTAIN'))`,
    );
    await queryRunner.query(`ALTER TABLE "survivor" ADD "dependants_detail" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `ALTER TABLE "survivor" ADD CONSTRAINT "survivor_dependants_detail_check" CHECK (jsonb_typeof("dependants_detail") = 'array' AND jsonb_array_length("dependants_detail") IN (0, "dependants"))`,
    );
    await queryRunner.query(`ALTER TABLE "survivor" ADD "interpreter_needed" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "safehouse" ADD "accepts_boys_up_to_age" smallint`);
    await queryRunner.query(
      `ALTER TABLE "safehouse" ADD CONSTRAINT "safehouse_accepts_boys_up_to_age_check" CHECK ("accepts_boys_up_to_age" BETWEEN 0 AND 17)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "safehouse" DROP CONSTRAINT "safehouse_accepts_boys_up_to_age_check"`);
    await queryRunner.query(`ALTER TABLE "safehouse" DROP COLUMN "accepts_boys_up_to_age"`);
    await queryRunner.query(`ALTER TABLE "survivor" DROP COLUMN "interpreter_needed"`);
    await queryRunner.query(`ALTER TABLE "survivor" DROP CONSTRAINT "survivor_dependants_detail_check"`);
    await queryRunner.query(`ALTER TABLE "survivor" DROP COLUMN "dependants_detail"`);
    await queryRunner.query(`ALTER TABLE "survivor" DROP CONSTRAINT "survivor_age_status_check"`);
    await queryRunner.query(`ALTER TABLE "survivor" DROP COLUMN "age_status"`);
  }
}
