import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (CONTRACT.md, Notifications): the outbox (an event per thing that happened, keyed
 * so it is written once; a delivery per recipient and channel, unique, claimed with a lease),
 * each user's channels per topic, browsers' push subscriptions, the VAPID key pair made once for
 * every instance, and a provider's on-call mailbox.
 */
export class Notifications1796557838964 implements MigrationInterface {
  name = 'Notifications1796557838964';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_event" ("key" text NOT NULL, "topic" text NOT NULL, "safehouse_name" text, "deadline" TIMESTAMP WITH TIME ZONE, "outcome" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e1ce86f768e97457c169b2c3704" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "push_subscription" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "endpoint" text NOT NULL, "p256dh" text NOT NULL, "auth" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fc861c0d2c38c1b830fb9cb5d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "push_subscription_user" ON "push_subscription" ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "push_subscription_endpoint_key" ON "push_subscription" ("endpoint") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_key" text NOT NULL, "channel" text NOT NULL, "recipient" text NOT NULL, "email_to" text, "push_subscription_id" uuid, "link" text NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, "locked_by" text, "last_attempt_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_delivery_channel_check" CHECK ("channel" IN ('EMAIL', 'WEB_PUSH')), CONSTRAINT "notification_delivery_status_check" CHECK ("status" IN ('PENDING', 'SENT', 'FAILED', 'DROPPED')), CONSTRAINT "PK_109dea88c25343da49d86de6bfd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_delivery_due" ON "notification_delivery" ("next_attempt_at") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_delivery_once" ON "notification_delivery" ("event_key", "recipient", "channel") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "topic" text NOT NULL, "channels" text array NOT NULL, CONSTRAINT "PK_021f185262bebf39e7807d20483" PRIMARY KEY ("user_id", "topic"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "vapid_key" ("id" smallint NOT NULL, "public_key" text NOT NULL, "private_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "vapid_key_one_row" CHECK ("id" = 1), CONSTRAINT "PK_383065a8056b613272c609e2277" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "organisation" ADD "on_call_email" text`);
    await queryRunner.query(
      `ALTER TABLE "push_subscription" ADD CONSTRAINT "FK_ae9b58d71ea5fff546507fae207" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ADD CONSTRAINT "FK_cc00b75ff070059933d18426fae" FOREIGN KEY ("event_key") REFERENCES "notification_event"("key") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ADD CONSTRAINT "FK_575113a01f6250f1a002b1e1f57" FOREIGN KEY ("push_subscription_id") REFERENCES "push_subscription"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_575113a01f6250f1a002b1e1f57"`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_cc00b75ff070059933d18426fae"`);
    await queryRunner.query(`ALTER TABLE "push_subscription" DROP CONSTRAINT "FK_ae9b58d71ea5fff546507fae207"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "on_call_email"`);
    await queryRunner.query(`DROP TABLE "vapid_key"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_once"`);
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_due"`);
    await queryRunner.query(`DROP TABLE "notification_delivery"`);
    await queryRunner.query(`DROP INDEX "public"."push_subscription_endpoint_key"`);
    await queryRunner.query(`DROP INDEX "public"."push_subscription_user"`);
    await queryRunner.query(`DROP TABLE "push_subscription"`);
    await queryRunner.query(`DROP TABLE "notification_event"`);
  }
}
