import { MigrationInterface, QueryRunner } from 'typeorm';

export class Inspections1795368105434 implements MigrationInterface {
  name = 'Inspections1795368105434';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "inspection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "safehouse_id" uuid NOT NULL, "commissioner_id" uuid NOT NULL, "inspected_on" date NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "inspector_name" text NOT NULL, "findings" jsonb NOT NULL DEFAULT '[]', "overall_rating" text NOT NULL, "overall_rating_overridden" boolean NOT NULL, "override_reason" text, "published_at" TIMESTAMP WITH TIME ZONE, "next_inspection_due_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "inspection_findings_check" CHECK (jsonb_typeof("findings") = 'array'), CONSTRAINT "inspection_published_check" CHECK (("status" = 'PUBLISHED') = ("published_at" IS NOT NULL AND "next_inspection_due_on" IS NOT NULL)), CONSTRAINT "inspection_override_reason_check" CHECK ("overall_rating_overridden" = ("override_reason" IS NOT NULL)), CONSTRAINT "inspection_overall_rating_check" CHECK ("overall_rating" IN ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')), CONSTRAINT "inspection_status_check" CHECK ("status" IN ('DRAFT', 'PUBLISHED')), CONSTRAINT "inspection_kind_check" CHECK ("kind" IN ('ANNOUNCED', 'UNANNOUNCED', 'REMOTE', 'HYBRID')), CONSTRAINT "PK_1e895c2ae7b7d9d1ec464950013" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "inspection_commissioner_idx" ON "inspection"  ("commissioner_id") `);
    await queryRunner.query(
      `CREATE INDEX "inspection_safehouse_idx" ON "inspection"  ("safehouse_id", "inspected_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "inspection_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "inspection_id" uuid NOT NULL, "position" smallint NOT NULL, "description" text NOT NULL, "key_question" text, "due_on" date NOT NULL, "status" text NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "evidence" text, "completed_by" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "inspection_action_verified_check" CHECK (("status" = 'VERIFIED') = ("verified_at" IS NOT NULL)), CONSTRAINT "inspection_action_completed_check" CHECK (("status" = 'OPEN') = ("completed_at" IS NULL) AND ("completed_at" IS NULL) = ("evidence" IS NULL)), CONSTRAINT "inspection_action_key_question_check" CHECK ("key_question" IS NULL OR "key_question" IN ('SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED')), CONSTRAINT "inspection_action_status_check" CHECK ("status" IN ('OPEN', 'COMPLETED', 'VERIFIED')), CONSTRAINT "PK_fc82d6a722add770b973a6180f5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "inspection_action_inspection_idx" ON "inspection_action"  ("inspection_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "inspection_rating" ("inspection_id" uuid NOT NULL, "key_question" text NOT NULL, "rating" text NOT NULL, "summary" text NOT NULL, CONSTRAINT "inspection_rating_rating_check" CHECK ("rating" IN ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')), CONSTRAINT "inspection_rating_key_question_check" CHECK ("key_question" IN ('SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED')), CONSTRAINT "PK_4f32c170ecc6d9085ade5325705" PRIMARY KEY ("inspection_id", "key_question"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "referral_suspension" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "safehouse_id" uuid NOT NULL, "suspended" boolean NOT NULL, "reason" text, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e344960751d271c3e3bbb72acc1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "referral_suspension_safehouse_idx" ON "referral_suspension"  ("safehouse_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection" ADD CONSTRAINT "FK_7407e0c4cd47a385a64859bc986" FOREIGN KEY ("safehouse_id") REFERENCES "safehouse"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection" ADD CONSTRAINT "FK_72cd81004a5b8bcc2d5c64f87fd" FOREIGN KEY ("commissioner_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_action" ADD CONSTRAINT "FK_b0b3090aa7dc715ae8b93461dc1" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_action" ADD CONSTRAINT "FK_9f24fe46530cf19c3b655a83819" FOREIGN KEY ("completed_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_action" ADD CONSTRAINT "FK_06a54976dd829e3bce4dbbe0f86" FOREIGN KEY ("verified_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inspection_rating" ADD CONSTRAINT "FK_c11249b8c2d1c8a1fe2b150552c" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral_suspension" ADD CONSTRAINT "FK_1f0d25437f6a9f5142608da65a8" FOREIGN KEY ("safehouse_id") REFERENCES "safehouse"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral_suspension" ADD CONSTRAINT "FK_ff13b7c4022a3ff7b7ff6ba4299" FOREIGN KEY ("actor_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referral_suspension" DROP CONSTRAINT "FK_ff13b7c4022a3ff7b7ff6ba4299"`);
    await queryRunner.query(`ALTER TABLE "referral_suspension" DROP CONSTRAINT "FK_1f0d25437f6a9f5142608da65a8"`);
    await queryRunner.query(`ALTER TABLE "inspection_rating" DROP CONSTRAINT "FK_c11249b8c2d1c8a1fe2b150552c"`);
    await queryRunner.query(`ALTER TABLE "inspection_action" DROP CONSTRAINT "FK_06a54976dd829e3bce4dbbe0f86"`);
    await queryRunner.query(`ALTER TABLE "inspection_action" DROP CONSTRAINT "FK_9f24fe46530cf19c3b655a83819"`);
    await queryRunner.query(`ALTER TABLE "inspection_action" DROP CONSTRAINT "FK_b0b3090aa7dc715ae8b93461dc1"`);
    await queryRunner.query(`ALTER TABLE "inspection" DROP CONSTRAINT "FK_72cd81004a5b8bcc2d5c64f87fd"`);
    await queryRunner.query(`ALTER TABLE "inspection" DROP CONSTRAINT "FK_7407e0c4cd47a385a64859bc986"`);
    await queryRunner.query(`DROP INDEX "public"."referral_suspension_safehouse_idx"`);
    await queryRunner.query(`DROP TABLE "referral_suspension"`);
    await queryRunner.query(`DROP TABLE "inspection_rating"`);
    await queryRunner.query(`DROP INDEX "public"."inspection_action_inspection_idx"`);
    await queryRunner.query(`DROP TABLE "inspection_action"`);
    await queryRunner.query(`DROP INDEX "public"."inspection_safehouse_idx"`);
    await queryRunner.query(`DROP INDEX "public"."inspection_commissioner_idx"`);
    await queryRunner.query(`DROP TABLE "inspection"`);
  }
}
