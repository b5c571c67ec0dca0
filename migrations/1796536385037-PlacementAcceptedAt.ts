import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * placement.accepted_at: when the provider took the person on (accepted the referral, or none was
 * needed: instant booking, a direct placement). A provider sees a survivor through a placement it
 * accepted, or a referral still awaiting its answer, and through nothing else (CONTRACT.md,
 * Confidentiality), and a cancelled placement does not say by itself whether it was accepted first.
 *
 * Existing rows: every CONFIRMED, ARRIVED, DEPARTED and NO_SHOW placement was taken on; a CANCELLED
 * one was if it needed no acceptance (no acceptance deadline, a person given) or its acceptance was
 * audited. The time is that of its latest accept, confirm or direct placement event, else its
 * creation.
 */
export class PlacementAcceptedAt1796536385037 implements MigrationInterface {
  name = 'PlacementAcceptedAt1796536385037';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placement" ADD "accepted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
      UPDATE "placement" p SET "accepted_at" = COALESCE(
        (SELECT max(e.at) FROM "audit_event" e
          WHERE e.entity_type = 'Placement' AND e.entity_id = p.id::text
            AND e.action IN ('placement.accept', 'placement.confirm', 'placement.place_directly')),
        p.created_at)
      WHERE p.status IN ('CONFIRMED', 'ARRIVED', 'DEPARTED', 'NO_SHOW')
         OR (p.status = 'CANCELLED' AND p.survivor_id IS NOT NULL AND (p.acceptance_due_at IS NULL
             OR EXISTS (SELECT 1 FROM "audit_event" e
                         WHERE e.entity_type = 'Placement' AND e.entity_id = p.id::text AND e.action = 'placement.accept')))`);
    await queryRunner.query(
      `ALTER TABLE "placement" ADD CONSTRAINT "placement_accepted_check" CHECK ("status" NOT IN ('CONFIRMED', 'ARRIVED', 'DEPARTED', 'NO_SHOW') OR "accepted_at" IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "placement_accepted_check"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP COLUMN "accepted_at"`);
  }
}
