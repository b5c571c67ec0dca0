import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * safehouse.spoken_languages: the primary subtags of the house's language tags, lower-cased and
 * once each (`pt-BR`, `PT` -> `pt`), as the search compares them (language-tags.ts). Kept by a
 * trigger before every insert and every update of `languages`, whoever writes, so the search tests
 * a house with one array look-up instead of splitting its tags row by row (issue 19).
 */
export class SpokenLanguages1796570000000 implements MigrationInterface {
  name = 'SpokenLanguages1796570000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "safehouse" ADD "spoken_languages" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`CREATE FUNCTION "safehouse_speak"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.spoken_languages := ARRAY(SELECT DISTINCT lower(split_part(tag, '-', 1)) FROM unnest(NEW.languages) AS tag ORDER BY 1);
  RETURN NEW;
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "safehouse_spoken_languages" BEFORE INSERT OR UPDATE OF "languages", "spoken_languages" ON "safehouse" FOR EACH ROW EXECUTE FUNCTION "safehouse_speak"()`,
    );
    await queryRunner.query(
      `UPDATE "safehouse" SET "spoken_languages" = ARRAY(SELECT DISTINCT lower(split_part(tag, '-', 1)) FROM unnest("languages") AS tag ORDER BY 1)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "safehouse_spoken_languages" ON "safehouse"`);
    await queryRunner.query(`DROP FUNCTION "safehouse_speak"()`);
    await queryRunner.query(`ALTER TABLE "safehouse" DROP COLUMN "spoken_languages"`);
  }
}
