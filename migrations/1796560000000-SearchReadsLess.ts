import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The availability search reads less per house (issue 19: the search at 0.6 of the floor):
 *
 * - safehouse.latest_rating_rank: the latest PUBLISHED inspection's rating, 0 OUTSTANDING ..
 *   3 INADEQUATE, 4 never inspected, kept by a trigger in the transaction of every write to
 *   inspection (whoever writes). The search ordered every house in range by it through a look-up
 *   per house; it now reads a column of the row it already has.
 * - bed_safehouse_idx covers what the search asks of a bed (label and id in the answer's order;
 *   sleeps, accessible, occupied_until), so a house's free beds are an index-only scan.
 */
export class SearchReadsLess1796560000000 implements MigrationInterface {
  name = 'SearchReadsLess1796560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "safehouse" ADD "latest_rating_rank" smallint NOT NULL DEFAULT 4 CONSTRAINT "safehouse_latest_rating_rank_check" CHECK ("latest_rating_rank" BETWEEN 0 AND 4)`,
    );
    // Exact under concurrency (READ COMMITTED), as bed_occupation_summarise: the house's row is
    // locked first, then the latest rating is read in a new statement, hence a new snapshot that
    // sees every other writer's committed inspection; a writer still to come waits, then recomputes.
    await queryRunner.query(`CREATE FUNCTION "inspection_rate_house"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
BEGIN
  FOR target IN
    SELECT DISTINCT h FROM unnest(CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW.safehouse_id] WHEN 'DELETE' THEN ARRAY[OLD.safehouse_id]
                                             ELSE ARRAY[OLD.safehouse_id, NEW.safehouse_id] END) AS h
  LOOP
    PERFORM 1 FROM safehouse WHERE id = target FOR NO KEY UPDATE;
    UPDATE safehouse s
       SET latest_rating_rank = r.rank
      FROM (SELECT COALESCE((
              SELECT CASE i.overall_rating WHEN 'OUTSTANDING' THEN 0 WHEN 'GOOD' THEN 1 WHEN 'REQUIRES_IMPROVEMENT' THEN 2 ELSE 3 END
                FROM inspection i
               WHERE i.safehouse_id = target AND i.status = 'PUBLISHED'
               ORDER BY i.inspected_on DESC, i.published_at DESC, i.id DESC
               LIMIT 1), 4) AS rank) r
     WHERE s.id = target AND s.latest_rating_rank IS DISTINCT FROM r.rank;
  END LOOP;
  RETURN NULL;
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "inspection_house_rating" AFTER INSERT OR UPDATE OR DELETE ON "inspection" FOR EACH ROW EXECUTE FUNCTION "inspection_rate_house"()`,
    );
    await queryRunner.query(`UPDATE "safehouse" s SET "latest_rating_rank" = COALESCE((
      SELECT CASE i.overall_rating WHEN 'OUTSTANDING' THEN 0 WHEN 'GOOD' THEN 1 WHEN 'REQUIRES_IMPROVEMENT' THEN 2 ELSE 3 END
        FROM "inspection" i WHERE i.safehouse_id = s.id AND i.status = 'PUBLISHED'
       ORDER BY i.inspected_on DESC, i.published_at DESC, i.id DESC LIMIT 1), 4)`);
    await queryRunner.query(`DROP INDEX "public"."bed_safehouse_idx"`);
    await queryRunner.query(
      `CREATE INDEX "bed_safehouse_idx" ON "bed" ("safehouse_id", "label", "id") INCLUDE ("sleeps", "accessible", "occupied_until") WHERE "removed_at" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."bed_safehouse_idx"`);
    await queryRunner.query(`CREATE INDEX "bed_safehouse_idx" ON "bed" ("safehouse_id") WHERE "removed_at" IS NULL`);
    await queryRunner.query(`DROP TRIGGER "inspection_house_rating" ON "inspection"`);
    await queryRunner.query(`DROP FUNCTION "inspection_rate_house"()`);
    await queryRunner.query(`ALTER TABLE "safehouse" DROP COLUMN "latest_rating_rank"`);
  }
}
