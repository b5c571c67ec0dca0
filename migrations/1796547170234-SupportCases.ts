import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Support cases (CONTRACT.md, Support cases): the provider's unit of work, with beds as one part of
 * it. Today's data becomes cases as the new rules would have made them, and nothing is lost:
 *
 * - every survivor a provider took on (a placement with `accepted_at`: accepted, instant booking or
 *   placed directly) gets one case of that provider holding those placements, opened at the first
 *   acceptance. The old code made a survivor per placement, so in practice one placement a case;
 * - a case with a CONFIRMED or ARRIVED placement is OPEN; one whose last placement departed to
 *   MISSING stays OPEN as outreach (the person is still supported); any other is CLOSED when its
 *   last placement ended: MOVED_ON for a departure (at the move-on date when a plan was completed),
 *   NOT_TAKEN_UP for a cancellation or no-show;
 * - assignments made through those placements move to the case (a referral's, still awaiting or
 *   lapsed, stay on the placement); any still open on a CLOSED case end with it;
 * - a move-on plan moves to its placement's case, with the end of support it carried. A plan made
 *   on a referral the provider never accepted (the old code allowed one while it awaited) belongs to
 *   no case and is removed with its goals: the provider could no longer read it, nor anyone but
 *   ADMIN, and the person's details were due for erasure as a placement that never started.
 *
 * Nothing here reads the clock: the same data gives the same cases on any day.
 */
export class SupportCases1796547170234 implements MigrationInterface {
  name = 'SupportCases1796547170234';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "support_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survivor_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "status" text NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "close_reason" text, "close_note" text, "area" text, "closes_with_placement" boolean NOT NULL, "support_ends_on" date, "support_end_rule" text, "triggering_decision_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "support_case_closed_check" CHECK (("status" = 'OPEN') = ("closed_at" IS NULL AND "close_reason" IS NULL)), CONSTRAINT "support_case_status_check" CHECK ("status" IN ('OPEN', 'CLOSED')), CONSTRAINT "PK_bb49f208672f180300c95fed180" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "placement" ADD "support_case_id" uuid`);
    await queryRunner.query(`ALTER TABLE "move_on_plan" ADD "support_case_id" uuid`);
    await queryRunner.query(`ALTER TABLE "support_worker_assignment" ADD "support_case_id" uuid`);

    // The cases, one per survivor and provider taken on, open until shown otherwise.
    await queryRunner.query(
      `INSERT INTO "support_case" ("survivor_id", "provider_id", "status", "opened_at", "closes_with_placement", "created_at", "updated_at")
       SELECT p.survivor_id, p.provider_id, 'OPEN', min(p.accepted_at), true, min(p.accepted_at), min(p.accepted_at)
         FROM "placement" p WHERE p.accepted_at IS NOT NULL AND p.survivor_id IS NOT NULL
        GROUP BY p.survivor_id, p.provider_id`,
    );
    await queryRunner.query(
      `UPDATE "placement" p SET "support_case_id" = c.id FROM "support_case" c
        WHERE p.accepted_at IS NOT NULL AND c.survivor_id = p.survivor_id AND c.provider_id = p.provider_id`,
    );
    // A case with no live placement: how its last placement ended decides whether it goes on.
    await queryRunner.query(
      `WITH last AS (
         SELECT DISTINCT ON (p.support_case_id) p.support_case_id AS case_id, p.id, p.status, p.destination,
                COALESCE(p.departed_at, p.updated_at) AS ended_at
           FROM "placement" p
          WHERE p.support_case_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM "placement" live WHERE live.support_case_id = p.support_case_id
                              AND live.status IN ('CONFIRMED', 'ARRIVED'))
          ORDER BY p.support_case_id, COALESCE(p.departed_at, p.updated_at) DESC, p.id DESC)
       UPDATE "support_case" c
          SET "status" = CASE WHEN last.status = 'DEPARTED' AND last.destination = 'MISSING' THEN 'OPEN' ELSE 'CLOSED' END,
              "closes_with_placement" = NOT (last.status = 'DEPARTED' AND last.destination = 'MISSING'),
              "close_reason" = CASE WHEN last.status = 'DEPARTED' AND last.destination = 'MISSING' THEN NULL
                                    WHEN last.status = 'DEPARTED' THEN 'MOVED_ON' ELSE 'NOT_TAKEN_UP' END,
              "closed_at" = CASE WHEN last.status = 'DEPARTED' AND last.destination = 'MISSING' THEN NULL
                                 ELSE COALESCE((SELECT m.moved_on_at FROM "move_on_plan" m
                                                 WHERE m.placement_id = last.id AND m.status = 'COMPLETED'), last.ended_at) END,
              "updated_at" = last.ended_at
         FROM last WHERE last.case_id = c.id`,
    );

    // Assignments follow their placement into its case; none stays open on a closed case.
    await queryRunner.query(
      `UPDATE "support_worker_assignment" a SET "support_case_id" = p.support_case_id
         FROM "placement" p WHERE p.id = a.placement_id AND p.support_case_id IS NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE "support_worker_assignment" a SET "ended_at" = GREATEST(c.closed_at, a.started_at), "end_reason" = 'support case closed'
         FROM "support_case" c WHERE c.id = a.support_case_id AND c.status = 'CLOSED' AND a.ended_at IS NULL`,
    );

    // Plans move to their case with the end of support they carried; a plan no case took goes.
    await queryRunner.query(
      `UPDATE "support_case" c SET "support_ends_on" = m.support_ends_on, "support_end_rule" = m.support_end_rule,
              "triggering_decision_id" = m.triggering_decision_id
         FROM "move_on_plan" m JOIN "placement" p ON p.id = m.placement_id
        WHERE p.support_case_id = c.id`,
    );
    await queryRunner.query(
      `UPDATE "move_on_plan" m SET "support_case_id" = p.support_case_id FROM "placement" p WHERE p.id = m.placement_id`,
    );
    await queryRunner.query(
      `DELETE FROM "move_on_goal" g USING "move_on_plan" m WHERE g.plan_id = m.id AND m.support_case_id IS NULL`,
    );
    await queryRunner.query(`DELETE FROM "move_on_plan" WHERE "support_case_id" IS NULL`);

    // The new shape.
    await queryRunner.query(`ALTER TABLE "move_on_plan" DROP CONSTRAINT "FK_8c38b1b367232b4f8841f8c1c65"`);
    await queryRunner.query(`DROP INDEX "public"."move_on_plan_provider_idx"`);
    await queryRunner.query(`DROP INDEX "public"."move_on_plan_placement_key"`);
    await queryRunner.query(`ALTER TABLE "move_on_plan" DROP COLUMN "placement_id"`);
    await queryRunner.query(`ALTER TABLE "move_on_plan" DROP COLUMN "triggering_decision_id"`);
    await queryRunner.query(`ALTER TABLE "move_on_plan" DROP COLUMN "support_ends_on"`);
    await queryRunner.query(`ALTER TABLE "move_on_plan" DROP COLUMN "support_end_rule"`);
    await queryRunner.query(`ALTER TABLE "move_on_plan" ALTER COLUMN "support_case_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "support_worker_assignment" ALTER COLUMN "placement_id" DROP NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."assignment_open_pair_key"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_one_open_lead_key"`);

    await queryRunner.query(`CREATE INDEX "support_case_survivor_idx" ON "support_case"  ("survivor_id") `);
    await queryRunner.query(
      `CREATE INDEX "support_case_provider_idx" ON "support_case"  ("provider_id", "opened_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "support_case_one_open_key" ON "support_case"  ("survivor_id", "provider_id") WHERE "status" = 'OPEN'`,
    );
    await queryRunner.query(`CREATE INDEX "placement_support_case_idx" ON "placement"  ("support_case_id") `);
    await queryRunner.query(`CREATE INDEX "move_on_plan_provider_idx" ON "move_on_plan"  ("provider_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "move_on_plan_case_key" ON "move_on_plan"  ("support_case_id") `);
    await queryRunner.query(`CREATE INDEX "assignment_case_idx" ON "support_worker_assignment"  ("support_case_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "assignment_case_open_pair_key" ON "support_worker_assignment"  ("support_worker_id", "support_case_id") WHERE "ended_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "assignment_case_one_open_lead_key" ON "support_worker_assignment"  ("support_case_id") WHERE "ended_at" IS NULL AND "role" = 'LEAD'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "assignment_open_pair_key" ON "support_worker_assignment"  ("support_worker_id", "placement_id") WHERE "ended_at" IS NULL AND "support_case_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "assignment_one_open_lead_key" ON "support_worker_assignment"  ("placement_id") WHERE "ended_at" IS NULL AND "role" = 'LEAD' AND "support_case_id" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_worker_assignment" ADD CONSTRAINT "assignment_target_check" CHECK ("placement_id" IS NOT NULL OR "support_case_id" IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case" ADD CONSTRAINT "FK_f432a39ef5aa23d7ed217a90f24" FOREIGN KEY ("survivor_id") REFERENCES "survivor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_case" ADD CONSTRAINT "FK_eeae0a45e233cb0b44150b155f9" FOREIGN KEY ("provider_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placement" ADD CONSTRAINT "FK_43541751e970c55938f553c904a" FOREIGN KEY ("support_case_id") REFERENCES "support_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "move_on_plan" ADD CONSTRAINT "FK_278a712f9668cc9dd3ef1f7519f" FOREIGN KEY ("support_case_id") REFERENCES "support_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_worker_assignment" ADD CONSTRAINT "FK_29fd35e21484cdcedbf1b517881" FOREIGN KEY ("support_case_id") REFERENCES "support_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  /**
   * Back to plans on placements: a plan goes to its case's last placement, with the case's end of
   * support; the plan of a case that never had a bed cannot, and goes; assignments made on a case
   * alone (no placement) go too. Outreach cases cannot be expressed before this migration.
   */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "support_worker_assignment" DROP CONSTRAINT "FK_29fd35e21484cdcedbf1b517881"`);
    await queryRunner.query(`ALTER TABLE "move_on_plan" DROP CONSTRAINT "FK_278a712f9668cc9dd3ef1f7519f"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_43541751e970c55938f553c904a"`);
    await queryRunner.query(`ALTER TABLE "support_worker_assignment" DROP CONSTRAINT "assignment_target_check"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_one_open_lead_key"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_open_pair_key"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_case_one_open_lead_key"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_case_open_pair_key"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."move_on_plan_case_key"`);
    await queryRunner.query(`DROP INDEX "public"."move_on_plan_provider_idx"`);
    await queryRunner.query(`DROP INDEX "public"."placement_support_case_idx"`);

    await queryRunner.query(`DELETE FROM "support_worker_assignment" a WHERE a.placement_id IS NULL`);
    await queryRunner.query(`ALTER TABLE "support_worker_assignment" ALTER COLUMN "placement_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "move_on_plan" ADD "placement_id" uuid`);
    await queryRunner.query(`ALTER TABLE "move_on_plan" ADD "triggering_decision_id" uuid`);
    await queryRunner.query(`ALTER TABLE "move_on_plan" ADD "support_ends_on" date`);
    await queryRunner.query(`ALTER TABLE "move_on_plan" ADD "support_end_rule" text`);
    await queryRunner.query(
      `UPDATE "move_on_plan" m SET "placement_id" = (SELECT p.id FROM "placement" p WHERE p.support_case_id = m.support_case_id
                                                     ORDER BY p.created_at DESC, p.id DESC LIMIT 1),
              "support_ends_on" = c.support_ends_on, "support_end_rule" = c.support_end_rule,
              "triggering_decision_id" = c.triggering_decision_id
         FROM "support_case" c WHERE c.id = m.support_case_id`,
    );
    await queryRunner.query(
      `DELETE FROM "move_on_goal" g USING "move_on_plan" m WHERE g.plan_id = m.id AND m.placement_id IS NULL`,
    );
    await queryRunner.query(`DELETE FROM "move_on_plan" WHERE "placement_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "move_on_plan" ALTER COLUMN "placement_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "move_on_plan" DROP COLUMN "support_case_id"`);
    await queryRunner.query(`ALTER TABLE "support_worker_assignment" DROP COLUMN "support_case_id"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP COLUMN "support_case_id"`);
    await queryRunner.query(`DROP TABLE "support_case"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "assignment_open_pair_key" ON "support_worker_assignment" ("support_worker_id", "placement_id") WHERE "ended_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "assignment_one_open_lead_key" ON "support_worker_assignment" ("placement_id") WHERE "ended_at" IS NULL AND "role" = 'LEAD'`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "move_on_plan_placement_key" ON "move_on_plan" ("placement_id") `);
    await queryRunner.query(
      `CREATE INDEX "move_on_plan_provider_idx" ON "move_on_plan" ("provider_id", "support_ends_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "move_on_plan" ADD CONSTRAINT "FK_8c38b1b367232b4f8841f8c1c65" FOREIGN KEY ("placement_id") REFERENCES "placement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }
}
