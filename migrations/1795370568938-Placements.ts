import { MigrationInterface, QueryRunner } from 'typeorm';

export class Placements1795370568938 implements MigrationInterface {
  name = 'Placements1795370568938';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("user_id" uuid NOT NULL, "operation" text NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "result_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_acef6145ac09cfef2b6c6683c0e" PRIMARY KEY ("user_id", "operation", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "idempotency_key_created_idx" ON "idempotency_key"  ("created_at") `);
    await queryRunner.query(
      `CREATE TABLE "survivor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text, "preferred_name" text, "gender" text NOT NULL, "dependants" smallint NOT NULL DEFAULT '0', "languages" text array NOT NULL DEFAULT '{}', "accessibility_needs" text, "needs_accessible_bed" boolean NOT NULL DEFAULT false, "prefers_worker_gender" text, "nrm_status" text NOT NULL, "referrer_organisation_id" uuid NOT NULL, "erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "survivor_dependants_check" CHECK ("dependants" BETWEEN 0 AND 20), CONSTRAINT "PK_ffa771de757d3d5f796b079f515" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "placement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bed_id" uuid NOT NULL, "safehouse_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "survivor_id" uuid, "status" text NOT NULL, "from" TIMESTAMP WITH TIME ZONE NOT NULL, "nights" smallint NOT NULL, "arriving_at" TIMESTAMP WITH TIME ZONE, "hold_expires_at" TIMESTAMP WITH TIME ZONE, "acceptance_due_at" TIMESTAMP WITH TIME ZONE, "acceptance_expires_at" TIMESTAMP WITH TIME ZONE, "referrer_id" uuid NOT NULL, "referrer_organisation_id" uuid NOT NULL, "arrived_at" TIMESTAMP WITH TIME ZONE, "departed_at" TIMESTAMP WITH TIME ZONE, "destination" text, "decline_reason" text, "status_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "placement_nights_check" CHECK ("nights" BETWEEN 1 AND 365), CONSTRAINT "placement_status_check" CHECK ("status" IN ('HELD', 'AWAITING_ACCEPTANCE', 'CONFIRMED', 'ARRIVED', 'DEPARTED', 'RELEASED', 'EXPIRED', 'DECLINED', 'CANCELLED', 'NO_SHOW')), CONSTRAINT "PK_4f8b29ee2db5213bcb38b6c71c4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "placement_referrer_held_idx" ON "placement"  ("referrer_id", "hold_expires_at") WHERE "status" = 'HELD'`,
    );
    await queryRunner.query(`CREATE INDEX "placement_survivor_idx" ON "placement"  ("survivor_id") `);
    await queryRunner.query(
      `CREATE INDEX "placement_referrer_org_idx" ON "placement"  ("referrer_organisation_id", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "placement_provider_idx" ON "placement"  ("provider_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "placement_safehouse_idx" ON "placement"  ("safehouse_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "support_worker" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "name" text NOT NULL, "gender" text NOT NULL, "languages" text array NOT NULL DEFAULT '{}', "max_caseload" smallint NOT NULL, "active_caseload" smallint NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "support_worker_max_caseload_check" CHECK ("max_caseload" BETWEEN 1 AND 100), CONSTRAINT "support_worker_caseload_check" CHECK ("active_caseload" >= 0 AND "active_caseload" <= "max_caseload"), CONSTRAINT "PK_11dfad1e587df10cda1ee6f2234" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "support_worker_user_key" ON "support_worker"  ("user_id") WHERE "user_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "support_worker_provider_idx" ON "support_worker"  ("provider_id") `);
    await queryRunner.query(
      `CREATE TABLE "nrm_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survivor_id" uuid NOT NULL, "decision" text NOT NULL, "decided_on" date NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" uuid NOT NULL, CONSTRAINT "PK_7beb207a117bc4325c61100ae5d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "nrm_decision_survivor_idx" ON "nrm_decision"  ("survivor_id", "recorded_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "move_on_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "placement_id" uuid NOT NULL, "survivor_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "status" text NOT NULL, "triggering_decision_id" uuid, "support_ends_on" date, "support_end_rule" text, "assessment_summary" text, "target_move_on_on" date, "moved_on_at" TIMESTAMP WITH TIME ZONE, "destination" text, "reach_in_support_until" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "move_on_plan_status_check" CHECK ("status" IN ('DRAFT', 'ACTIVE', 'COMPLETED')), CONSTRAINT "PK_af448c0be2d2b866249ae18dcd6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "move_on_plan_provider_idx" ON "move_on_plan"  ("provider_id", "support_ends_on") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "move_on_plan_placement_key" ON "move_on_plan"  ("placement_id") `);
    await queryRunner.query(
      `CREATE TABLE "move_on_goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "area" text NOT NULL, "description" text NOT NULL, "owner_support_worker_id" uuid, "due_on" date, "status" text NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4298a3b8fc92b7add68ff549c4b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "move_on_goal_owner_idx" ON "move_on_goal"  ("owner_support_worker_id") `);
    await queryRunner.query(`CREATE INDEX "move_on_goal_plan_idx" ON "move_on_goal"  ("plan_id") `);
    await queryRunner.query(
      `CREATE TABLE "support_worker_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "support_worker_id" uuid NOT NULL, "placement_id" uuid NOT NULL, "role" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" text, CONSTRAINT "assignment_role_check" CHECK ("role" IN ('LEAD', 'SECONDARY')), CONSTRAINT "PK_42fa458a7efdf189d6e1cc37fbd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "assignment_worker_open_idx" ON "support_worker_assignment"  ("support_worker_id") WHERE "ended_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "assignment_placement_idx" ON "support_worker_assignment"  ("placement_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "assignment_open_pair_key" ON "support_worker_assignment"  ("support_worker_id", "placement_id") WHERE "ended_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "assignment_one_open_lead_key" ON "support_worker_assignment"  ("placement_id") WHERE "ended_at" IS NULL AND "role" = 'LEAD'`,
    );
    await queryRunner.query(`ALTER TABLE "unmet_demand" ADD "declines" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "placement" ADD CONSTRAINT "FK_2ed6d20e3d6e6082229374ae9ee" FOREIGN KEY ("bed_id") REFERENCES "bed"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placement" ADD CONSTRAINT "FK_78c72174ea2bc2a3055098606a7" FOREIGN KEY ("safehouse_id") REFERENCES "safehouse"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placement" ADD CONSTRAINT "FK_ed020525d77589193ed208ee808" FOREIGN KEY ("provider_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placement" ADD CONSTRAINT "FK_0e5b67e539777d7e4081ae8b110" FOREIGN KEY ("survivor_id") REFERENCES "survivor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placement" ADD CONSTRAINT "FK_1ca40277db1a3c0bcc46785ed19" FOREIGN KEY ("referrer_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placement" ADD CONSTRAINT "FK_040d55f52d6a1cabbc64146fcd3" FOREIGN KEY ("referrer_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_worker" ADD CONSTRAINT "FK_e86dff5d72f7331a8ed87783f51" FOREIGN KEY ("provider_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_worker" ADD CONSTRAINT "FK_0904beb29806b1a061113d3855e" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nrm_decision" ADD CONSTRAINT "FK_dbbe773ca2aab1d4932924bc8ae" FOREIGN KEY ("survivor_id") REFERENCES "survivor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "move_on_plan" ADD CONSTRAINT "FK_8c38b1b367232b4f8841f8c1c65" FOREIGN KEY ("placement_id") REFERENCES "placement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "move_on_plan" ADD CONSTRAINT "FK_4125fadd0e3c07664baedcf7e54" FOREIGN KEY ("survivor_id") REFERENCES "survivor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "move_on_goal" ADD CONSTRAINT "FK_d95c39b9edb80daa99c8bcd4dda" FOREIGN KEY ("plan_id") REFERENCES "move_on_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "move_on_goal" ADD CONSTRAINT "FK_3729a77ed6dc49e05da89baed09" FOREIGN KEY ("owner_support_worker_id") REFERENCES "support_worker"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_worker_assignment" ADD CONSTRAINT "FK_a7bf858ce39f471107f1dde647f" FOREIGN KEY ("support_worker_id") REFERENCES "support_worker"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_worker_assignment" ADD CONSTRAINT "FK_bec10206a9ff13e6ec01ef33f7c" FOREIGN KEY ("placement_id") REFERENCES "placement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "support_worker_assignment" DROP CONSTRAINT "FK_bec10206a9ff13e6ec01ef33f7c"`);
    await queryRunner.query(`ALTER TABLE "support_worker_assignment" DROP CONSTRAINT "FK_a7bf858ce39f471107f1dde647f"`);
    await queryRunner.query(`ALTER TABLE "move_on_goal" DROP CONSTRAINT "FK_3729a77ed6dc49e05da89baed09"`);
    await queryRunner.query(`ALTER TABLE "move_on_goal" DROP CONSTRAINT "FK_d95c39b9edb80daa99c8bcd4dda"`);
    await queryRunner.query(`ALTER TABLE "move_on_plan" DROP CONSTRAINT "FK_4125fadd0e3c07664baedcf7e54"`);
    await queryRunner.query(`ALTER TABLE "move_on_plan" DROP CONSTRAINT "FK_8c38b1b367232b4f8841f8c1c65"`);
    await queryRunner.query(`ALTER TABLE "nrm_decision" DROP CONSTRAINT "FK_dbbe773ca2aab1d4932924bc8ae"`);
    await queryRunner.query(`ALTER TABLE "support_worker" DROP CONSTRAINT "FK_0904beb29806b1a061113d3855e"`);
    await queryRunner.query(`ALTER TABLE "support_worker" DROP CONSTRAINT "FK_e86dff5d72f7331a8ed87783f51"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_040d55f52d6a1cabbc64146fcd3"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_1ca40277db1a3c0bcc46785ed19"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_0e5b67e539777d7e4081ae8b110"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_ed020525d77589193ed208ee808"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_78c72174ea2bc2a3055098606a7"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_2ed6d20e3d6e6082229374ae9ee"`);
    await queryRunner.query(`ALTER TABLE "unmet_demand" DROP COLUMN "declines"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_one_open_lead_key"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_open_pair_key"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_placement_idx"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_worker_open_idx"`);
    await queryRunner.query(`DROP TABLE "support_worker_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."move_on_goal_plan_idx"`);
    await queryRunner.query(`DROP INDEX "public"."move_on_goal_owner_idx"`);
    await queryRunner.query(`DROP TABLE "move_on_goal"`);
    await queryRunner.query(`DROP INDEX "public"."move_on_plan_placement_key"`);
    await queryRunner.query(`DROP INDEX "public"."move_on_plan_provider_idx"`);
    await queryRunner.query(`DROP TABLE "move_on_plan"`);
    await queryRunner.query(`DROP INDEX "public"."nrm_decision_survivor_idx"`);
    await queryRunner.query(`DROP TABLE "nrm_decision"`);
    await queryRunner.query(`DROP INDEX "public"."support_worker_provider_idx"`);
    await queryRunner.query(`DROP INDEX "public"."support_worker_user_key"`);
    await queryRunner.query(`DROP TABLE "support_worker"`);
    await queryRunner.query(`DROP INDEX "public"."placement_safehouse_idx"`);
    await queryRunner.query(`DROP INDEX "public"."placement_provider_idx"`);
    await queryRunner.query(`DROP INDEX "public"."placement_referrer_org_idx"`);
    await queryRunner.query(`DROP INDEX "public"."placement_survivor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."placement_referrer_held_idx"`);
    await queryRunner.query(`DROP TABLE "placement"`);
    await queryRunner.query(`DROP TABLE "survivor"`);
    await queryRunner.query(`DROP INDEX "public"."idempotency_key_created_idx"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
