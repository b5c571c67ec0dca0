import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side sessions: every sign-in is a row, and a token is good only while its session has
 * neither ended (logout, a password change, deactivation, a change of role or organisation) nor
 * expired. `user_account.active` lets an ADMIN switch an account off without deleting it.
 */
export class UserSessions1796535075113 implements MigrationInterface {
  name = 'UserSessions1796535075113';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_account" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`CREATE TABLE "user_session" (
      "id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "ended_at" TIMESTAMP WITH TIME ZONE,
      "end_reason" text,
      CONSTRAINT "user_session_ended_check" CHECK (("ended_at" IS NULL) = ("end_reason" IS NULL)),
      CONSTRAINT "user_session_end_reason_check" CHECK ("end_reason" IN ('LOGOUT', 'PASSWORD_CHANGED', 'DEACTIVATED', 'ROLE_CHANGED', 'ORGANISATION_CHANGED')),
      CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`);
    // Ending every session of a user finds the live ones through this.
    await queryRunner.query(
      `CREATE INDEX "user_session_user_live_idx" ON "user_session" ("user_id") WHERE "ended_at" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"
      FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "active"`);
  }
}
