import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The overall rating as CQC aggregates it (CONTRACT.md, Inspections): at least two OUTSTANDING makes
 * OUTSTANDING only when the rest are GOOD. The old rule gave OUTSTANDING with one REQUIRES_IMPROVEMENT
 * among them (55 of the 1,024 combinations); every inspection whose rating was aggregated, not
 * overridden, is put right, drafts and published alike: the rating was the service's arithmetic,
 * not the commissioner's judgement. Its next inspection date stays as given (OUTSTANDING and GOOD
 * share their interval by default). The new cap for a care standard NOT_MET applies to drafts only:
 * a published inspection keeps what was published under the rules of its day.
 */
export class OverallRatingRule1796549900000 implements MigrationInterface {
  name = 'OverallRatingRule1796549900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "inspection" i SET "overall_rating" = 'GOOD'
        WHERE NOT i.overall_rating_overridden AND i.overall_rating = 'OUTSTANDING'
          AND EXISTS (SELECT 1 FROM "inspection_rating" r WHERE r.inspection_id = i.id AND r.rating = 'REQUIRES_IMPROVEMENT')`,
    );
    await queryRunner.query(
      `UPDATE "inspection" i SET "overall_rating" = 'REQUIRES_IMPROVEMENT'
        WHERE NOT i.overall_rating_overridden AND i.status = 'DRAFT' AND i.overall_rating IN ('OUTSTANDING', 'GOOD')
          AND EXISTS (SELECT 1 FROM jsonb_array_elements(i.findings) f WHERE f->>'outcome' = 'NOT_MET')`,
    );
  }

  public async down(): Promise<void> {
    // The old rule was wrong; nothing to restore.
  }
}
