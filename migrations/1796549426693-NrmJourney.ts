import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The NRM journey and the end of support as histories (CONTRACT.md, The NRM journey and the end of
 * support): the steps that are not decisions (a referral, a reconsideration request, a withdrawal),
 * when a decision was learned of and whether it was a reconsideration, the intake status where a
 * person's history starts, Recovery Needs Assessments, and every change to a case's end of support.
 *
 * Existing people: the intake status is the status they have when they have no decision recorded;
 * with decisions, REFERRED — or a positive reasonable-grounds decision when the first recorded is a
 * conclusive one (the old code let that be typed), so the history they have reads as one that makes
 * sense. A case's end of support carried over from its plan becomes the first entry of its history.
 */
export class NrmJourney1796549426693 implements MigrationInterface {
  name = 'NrmJourney1796549426693';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "recovery_needs_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "support_case_id" uuid NOT NULL, "status" text NOT NULL, "submitted_on" date NOT NULL, "needs" text array NOT NULL DEFAULT '{}', "decided_on" date, "support_until" date, "note" text, "submitted_by" uuid NOT NULL, "decided_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "rna_decided_check" CHECK (("status" = 'DECIDED') = ("decided_on" IS NOT NULL)), CONSTRAINT "rna_status_check" CHECK ("status" IN ('PENDING', 'DECIDED')), CONSTRAINT "PK_cf7f7c252e6ee9b25356bd425fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "rna_one_pending_key" ON "recovery_needs_assessment"  ("support_case_id") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "rna_case_idx" ON "recovery_needs_assessment"  ("support_case_id", "submitted_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "support_end_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "support_case_id" uuid NOT NULL, "support_ends_on" date, "basis" text NOT NULL, "rule" text NOT NULL, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "by_user_id" uuid, CONSTRAINT "support_end_change_basis_check" CHECK ("basis" IN ('NRM_DECISION', 'RECOVERY_NEEDS_ASSESSMENT', 'EXTENSION_REQUEST', 'WITHDRAWAL')), CONSTRAINT "PK_75cbf5727e470d8bb79bfab98a5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "support_end_change_case_idx" ON "support_end_change"  ("support_case_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "nrm_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survivor_id" uuid NOT NULL, "kind" text NOT NULL, "step_on" date NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" uuid NOT NULL, CONSTRAINT "nrm_step_kind_check" CHECK ("kind" IN ('REFERRAL', 'RECONSIDERATION_REQUEST', 'WITHDRAWAL')), CONSTRAINT "PK_6fe2c49d48c3d0505dcb1cbe964" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "nrm_step_survivor_idx" ON "nrm_step"  ("survivor_id", "recorded_at") `);
    await queryRunner.query(`ALTER TABLE "survivor" ADD "intake_nrm_status" text`);
    await queryRunner.query(
      `UPDATE "survivor" s SET "intake_nrm_status" = CASE
         WHEN NOT EXISTS (SELECT 1 FROM "nrm_decision" d WHERE d.survivor_id = s.id) THEN s.nrm_status
         WHEN (SELECT d.decision FROM "nrm_decision" d WHERE d.survivor_id = s.id ORDER BY d.decided_on, d.recorded_at LIMIT 1)
              IN ('POSITIVE_CONCLUSIVE_GROUNDS', 'NEGATIVE_CONCLUSIVE_GROUNDS') THEN 'POSITIVE_REASONABLE_GROUNDS'
         ELSE 'REFERRED' END`,
    );
    await queryRunner.query(`ALTER TABLE "survivor" ALTER COLUMN "intake_nrm_status" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "survivor" ADD "nrm_referred_on" date`);
    await queryRunner.query(`ALTER TABLE "nrm_decision" ADD "notified_on" date`);
    await queryRunner.query(`ALTER TABLE "nrm_decision" ADD "reconsideration" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "recovery_needs_assessment" ADD CONSTRAINT "FK_ca6a145d6e3d2692b8f7f2c1271" FOREIGN KEY ("support_case_id") REFERENCES "support_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_end_change" ADD CONSTRAINT "FK_359a276dabd2e789f1b567ad047" FOREIGN KEY ("support_case_id") REFERENCES "support_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "support_end_change" ("support_case_id", "support_ends_on", "basis", "rule", "at", "by_user_id")
       SELECT c.id, c.support_ends_on, 'NRM_DECISION', c.support_end_rule, c.updated_at, NULL
         FROM "support_case" c WHERE c.support_end_rule IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "nrm_step" ADD CONSTRAINT "FK_189ab5d4c76f775d2c76054e409" FOREIGN KEY ("survivor_id") REFERENCES "survivor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "nrm_step" DROP CONSTRAINT "FK_189ab5d4c76f775d2c76054e409"`);
    await queryRunner.query(`ALTER TABLE "support_end_change" DROP CONSTRAINT "FK_359a276dabd2e789f1b567ad047"`);
    await queryRunner.query(`ALTER TABLE "recovery_needs_assessment" DROP CONSTRAINT "FK_ca6a145d6e3d2692b8f7f2c1271"`);
    await queryRunner.query(`ALTER TABLE "nrm_decision" DROP COLUMN "reconsideration"`);
    await queryRunner.query(`ALTER TABLE "nrm_decision" DROP COLUMN "notified_on"`);
    await queryRunner.query(`ALTER TABLE "survivor" DROP COLUMN "nrm_referred_on"`);
    await queryRunner.query(`ALTER TABLE "survivor" DROP COLUMN "intake_nrm_status"`);
    await queryRunner.query(`DROP INDEX "public"."nrm_step_survivor_idx"`);
    await queryRunner.query(`DROP TABLE "nrm_step"`);
    await queryRunner.query(`DROP INDEX "public"."support_end_change_case_idx"`);
    await queryRunner.query(`DROP TABLE "support_end_change"`);
    await queryRunner.query(`DROP INDEX "public"."rna_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."rna_one_pending_key"`);
    await queryRunner.query(`DROP TABLE "recovery_needs_assessment"`);
  }
}
