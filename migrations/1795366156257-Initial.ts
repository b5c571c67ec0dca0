import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795366156257 implements MigrationInterface {
  name = 'Initial1795366156257';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // btree_gist: exclusion constraints that mix equality (a bed) with ranges (its occupied periods).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_role" text, "actor_organisation_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text, "request_id" text, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_event_at_idx" ON "audit_event"  ("at") `);
    await queryRunner.query(`CREATE INDEX "audit_event_actor_idx" ON "audit_event"  ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "audit_event_entity_idx" ON "audit_event"  ("entity_type", "entity_id") `);
    await queryRunner.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" text NOT NULL, "out_of_hours_phone" text, "region" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organisation_kind_check" CHECK ("kind" IN ('PLATFORM', 'PROVIDER', 'COMMISSIONER', 'RESPONDER')), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "commissioning" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commissioner_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a8598e65cdb167103d037b3aa02" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "commissioning_commissioner_idx" ON "commissioning"  ("commissioner_id") `);
    await queryRunner.query(`CREATE INDEX "commissioning_provider_idx" ON "commissioning"  ("provider_id") `);
    await queryRunner.query(
      `CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "password_hash" text NOT NULL, "display_name" text NOT NULL, "role" text NOT NULL, "organisation_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "user_account_role_check" CHECK ("role" IN ('ADMIN', 'DUTY_OFFICER', 'PROVIDER_COORDINATOR', 'SUPPORT_WORKER', 'COMMISSIONER')), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "user_account_organisation_idx" ON "user_account"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "user_account_email_key" ON "user_account"  ("email") `);
    await queryRunner.query(
      `ALTER TABLE "commissioning" ADD CONSTRAINT "FK_bb16225ebaab735524cf9ca3510" FOREIGN KEY ("commissioner_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commissioning" ADD CONSTRAINT "FK_c976d1366ef5daa821e03bf3d30" FOREIGN KEY ("provider_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_account" ADD CONSTRAINT "FK_6b1d49dc4407c09cf2e6e99a646" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The audit log is append-only, whatever role the application connects as.
    await queryRunner.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_change ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "FK_6b1d49dc4407c09cf2e6e99a646"`);
    await queryRunner.query(`ALTER TABLE "commissioning" DROP CONSTRAINT "FK_c976d1366ef5daa821e03bf3d30"`);
    await queryRunner.query(`ALTER TABLE "commissioning" DROP CONSTRAINT "FK_bb16225ebaab735524cf9ca3510"`);
    await queryRunner.query(`DROP INDEX "public"."user_account_email_key"`);
    await queryRunner.query(`DROP INDEX "public"."user_account_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP INDEX "public"."commissioning_provider_idx"`);
    await queryRunner.query(`DROP INDEX "public"."commissioning_commissioner_idx"`);
    await queryRunner.query(`DROP TABLE "commissioning"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_actor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_at_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
