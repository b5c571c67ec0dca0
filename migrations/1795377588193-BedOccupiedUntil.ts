import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * bed.occupied_until: a summary of each bed's live occupations for the availability search, kept
 * by a trigger in the transaction of every write to bed_occupation (whoever writes: the service,
 * a script, a test), so it cannot drift. The search skips the occupation look-up of a bed whose
 * live occupations all end by the start of the stay; for any other bed it still asks
 * bed_occupation, and the exclusion constraint stays the source of truth.
 *
 * And the search's occupation look-up itself reads, through a btree on (bed, end of period), only
 * the occupations that end at or after the stay starts, instead of every past stay of the bed.
 */
export class BedOccupiedUntil1795377588193 implements MigrationInterface {
  name = 'BedOccupiedUntil1795377588193';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bed" ADD "occupied_until" TIMESTAMP WITH TIME ZONE`);
    // The latest end of a bed's live occupations: 'infinity' for an open-ended one, an inclusive
    // end a microsecond later (timestamptz's resolution), so `occupied_until <= lower(stay)`
    // means exactly that no live occupation overlaps a stay [from, …). An expired hold still
    // live counts: it can only send the search to bed_occupation, which knows it has expired.
    //
    // Exact under concurrency (READ COMMITTED): the bed's row is locked first, then the maximum is
    // read in a new statement, hence a new snapshot. Every writer of the bed's occupations passes
    // here, so whoever holds the lock sees every other writer's committed change, and a writer
    // still to come waits and recomputes after. FOR NO KEY UPDATE does not block the foreign-key
    // checks (FOR KEY SHARE) of inserts into bed_occupation.
    await queryRunner.query(`CREATE FUNCTION "bed_occupation_summarise"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
  latest timestamptz;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.bed_id = OLD.bed_id AND NEW.live = OLD.live AND NEW.period = OLD.period THEN
    RETURN NULL; -- kind or expiry only (a settle): the summary does not depend on them
  END IF;
  FOR target IN
    SELECT DISTINCT b FROM unnest(CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW.bed_id] WHEN 'DELETE' THEN ARRAY[OLD.bed_id]
                                             ELSE ARRAY[OLD.bed_id, NEW.bed_id] END) AS b
  LOOP
    PERFORM 1 FROM bed WHERE id = target FOR NO KEY UPDATE;
    SELECT max(CASE WHEN upper_inf(o.period) THEN 'infinity'::timestamptz
                    WHEN upper_inc(o.period) THEN upper(o.period) + interval '1 microsecond'
                    ELSE upper(o.period) END)
      INTO latest
      FROM bed_occupation o
     WHERE o.bed_id = target AND o.live;
    UPDATE bed SET occupied_until = latest WHERE id = target AND occupied_until IS DISTINCT FROM latest;
  END LOOP;
  RETURN NULL;
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "bed_occupation_summary" AFTER INSERT OR UPDATE OR DELETE ON "bed_occupation" FOR EACH ROW EXECUTE FUNCTION "bed_occupation_summarise"()`,
    );
    await queryRunner.query(`UPDATE "bed" b SET "occupied_until" = (
      SELECT max(CASE WHEN upper_inf(o.period) THEN 'infinity'::timestamptz
                      WHEN upper_inc(o.period) THEN upper(o.period) + interval '1 microsecond'
                      ELSE upper(o.period) END)
        FROM "bed_occupation" o WHERE o.bed_id = b.id AND o.live)`);
    // Replaces bed_occupation_live_bed_idx (bed_id INCLUDE …): same use, plus a range on the end.
    await queryRunner.query(`DROP INDEX "public"."bed_occupation_live_bed_idx"`);
    await queryRunner.query(
      `CREATE INDEX "bed_occupation_live_bed_until_idx" ON "bed_occupation" ("bed_id", (COALESCE(upper("period"), 'infinity'::timestamptz))) INCLUDE ("period", "kind", "expires_at") WHERE "live"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."bed_occupation_live_bed_until_idx"`);
    await queryRunner.query(
      `CREATE INDEX "bed_occupation_live_bed_idx" ON "bed_occupation" ("bed_id") INCLUDE ("period", "kind", "expires_at") WHERE "live"`,
    );
    await queryRunner.query(`DROP TRIGGER "bed_occupation_summary" ON "bed_occupation"`);
    await queryRunner.query(`DROP FUNCTION "bed_occupation_summarise"()`);
    await queryRunner.query(`ALTER TABLE "bed" DROP COLUMN "occupied_until"`);
  }
}
