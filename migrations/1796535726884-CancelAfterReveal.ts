import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hold cap counts every unstarted claim of a duty officer and, for 24 hours, each booking they
 * cancelled after its address was given (placement.cancelled_after_reveal_at). One partial index
 * on the referrer serves that count, in place of the one that served HELD alone.
 */
export class CancelAfterReveal1796535726884 implements MigrationInterface {
  name = 'CancelAfterReveal1796535726884';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placement" ADD "cancelled_after_reveal_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`DROP INDEX "public"."placement_referrer_held_idx"`);
    await queryRunner.query(
      `CREATE INDEX "placement_referrer_claims_idx" ON "placement" ("referrer_id") WHERE "status" IN ('HELD', 'AWAITING_ACCEPTANCE', 'CONFIRMED') OR "cancelled_after_reveal_at" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."placement_referrer_claims_idx"`);
    await queryRunner.query(
      `CREATE INDEX "placement_referrer_held_idx" ON "placement" ("referrer_id", "hold_expires_at") WHERE "status" = 'HELD'`,
    );
    await queryRunner.query(`ALTER TABLE "placement" DROP COLUMN "cancelled_after_reveal_at"`);
  }
}
