import { MigrationInterface, QueryRunner } from 'typeorm';

export class Safehouses1795366656840 implements MigrationInterface {
  name = 'Safehouses1795366656840';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The exclusion constraint bed_occupation_no_overlap is the database's promise that no two live
    // claims on one bed overlap (btree_gist, created by the initial migration).
    await queryRunner.query(
      `CREATE TABLE "unmet_demand" ("day" date NOT NULL, "guest_gender" text NOT NULL, "with_dependants" boolean NOT NULL, "needs_accessible_bed" boolean NOT NULL, "kind" text NOT NULL, "shard" smallint NOT NULL, "searches" integer NOT NULL DEFAULT '0', "searches_with_no_result" integer NOT NULL DEFAULT '0', CONSTRAINT "unmet_demand_kind_check" CHECK ("kind" IN ('ANY', 'SAFEHOUSE', 'PRE_NRM_EMERGENCY')), CONSTRAINT "PK_af723e7776f0cbbe183d23b969f" PRIMARY KEY ("day", "guest_gender", "with_dependants", "needs_accessible_bed", "kind", "shard"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "safehouse" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "area" text NOT NULL, "address" text NOT NULL, "postcode" text NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "public_latitude" double precision NOT NULL, "public_longitude" double precision NOT NULL, "accepts_genders" text array NOT NULL, "accepts_dependants" boolean NOT NULL, "step_free_access" boolean NOT NULL, "languages" text array NOT NULL, "open_24_hours" boolean NOT NULL, "opens_at" TIME, "closes_at" TIME, "instant_booking" boolean NOT NULL, "referrals_suspended" boolean NOT NULL DEFAULT false, "suspension_reason" text, "capacity_confirmed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "safehouse_intake_hours_check" CHECK ("open_24_hours" OR ("opens_at" IS NOT NULL AND "closes_at" IS NOT NULL AND "opens_at" <> "closes_at")), CONSTRAINT "safehouse_kind_check" CHECK ("kind" IN ('SAFEHOUSE', 'PRE_NRM_EMERGENCY')), CONSTRAINT "PK_b24e1cbd7021b30a50af96f95b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "safehouse_public_point_idx" ON "safehouse"  ("public_latitude", "public_longitude") `,
    );
    await queryRunner.query(`CREATE INDEX "safehouse_provider_idx" ON "safehouse"  ("provider_id") `);
    await queryRunner.query(
      `CREATE TABLE "bed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "safehouse_id" uuid NOT NULL, "label" text NOT NULL, "sleeps" smallint NOT NULL, "accessible" boolean NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "bed_sleeps_check" CHECK ("sleeps" BETWEEN 1 AND 20), CONSTRAINT "PK_828b3f79eab8a8b1de6b6ed6c5a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "bed_safehouse_idx" ON "bed"  ("safehouse_id") WHERE "removed_at" IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "bed_block" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bed_id" uuid NOT NULL, "from" TIMESTAMP WITH TIME ZONE NOT NULL, "until" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text NOT NULL, "returned_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "bed_block_period_check" CHECK ("until" > "from"), CONSTRAINT "PK_962a03aef94fbf5e07fbee8c912" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "bed_block_bed_idx" ON "bed_block"  ("bed_id") `);
    await queryRunner.query(
      `CREATE TABLE "bed_occupation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bed_id" uuid NOT NULL, "kind" text NOT NULL, "period" tstzrange NOT NULL, "live" boolean NOT NULL DEFAULT true, "expires_at" TIMESTAMP WITH TIME ZONE, "placement_id" uuid, "block_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "bed_occupation_period_check" CHECK (NOT isempty("period") AND NOT lower_inf("period")), CONSTRAINT "bed_occupation_hold_expiry_check" CHECK (("kind" = 'HOLD') = ("expires_at" IS NOT NULL)), CONSTRAINT "bed_occupation_kind_check" CHECK ("kind" IN ('HOLD', 'PLACEMENT', 'BLOCK')), CONSTRAINT "bed_occupation_no_overlap" EXCLUDE USING gist ("bed_id" WITH =, "period" WITH &&) WHERE ("live"), CONSTRAINT "PK_683a02d2d1eee42078a9c1a09e4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "bed_occupation_block_idx" ON "bed_occupation"  ("block_id") WHERE "block_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "bed_occupation_placement_idx" ON "bed_occupation"  ("placement_id") WHERE "placement_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "safehouse" ADD CONSTRAINT "FK_efe3100abbf4639c08260040cec" FOREIGN KEY ("provider_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bed" ADD CONSTRAINT "FK_449ad1dafe0967ad4f48982091b" FOREIGN KEY ("safehouse_id") REFERENCES "safehouse"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bed_block" ADD CONSTRAINT "FK_a5fe237c2605fb0ba53fb918ee6" FOREIGN KEY ("bed_id") REFERENCES "bed"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bed_occupation" ADD CONSTRAINT "FK_e59550ca9f4edcbc289b72f2ed9" FOREIGN KEY ("bed_id") REFERENCES "bed"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bed_occupation" DROP CONSTRAINT "FK_e59550ca9f4edcbc289b72f2ed9"`);
    await queryRunner.query(`ALTER TABLE "bed_block" DROP CONSTRAINT "FK_a5fe237c2605fb0ba53fb918ee6"`);
    await queryRunner.query(`ALTER TABLE "bed" DROP CONSTRAINT "FK_449ad1dafe0967ad4f48982091b"`);
    await queryRunner.query(`ALTER TABLE "safehouse" DROP CONSTRAINT "FK_efe3100abbf4639c08260040cec"`);
    await queryRunner.query(`DROP INDEX "public"."bed_occupation_placement_idx"`);
    await queryRunner.query(`DROP INDEX "public"."bed_occupation_block_idx"`);
    await queryRunner.query(`DROP TABLE "bed_occupation"`);
    await queryRunner.query(`DROP INDEX "public"."bed_block_bed_idx"`);
    await queryRunner.query(`DROP TABLE "bed_block"`);
    await queryRunner.query(`DROP INDEX "public"."bed_safehouse_idx"`);
    await queryRunner.query(`DROP TABLE "bed"`);
    await queryRunner.query(`DROP INDEX "public"."safehouse_provider_idx"`);
    await queryRunner.query(`DROP INDEX "public"."safehouse_public_point_idx"`);
    await queryRunner.query(`DROP TABLE "safehouse"`);
    await queryRunner.query(`DROP TABLE "unmet_demand"`);
  }
}
