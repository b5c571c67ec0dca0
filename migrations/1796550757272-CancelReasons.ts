import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a booking was cancelled (cancelPlacement `why`), kept on the placement; and the places people
 * turned down (SURVIVOR_DECLINED) counted beside the providers' declines in unmet demand. Earlier
 * cancellations said no why, and earlier days counted no such decline.
 */
export class CancelReasons1796550757272 implements MigrationInterface {
  name = 'CancelReasons1796550757272';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "unmet_demand" ADD "survivor_declines" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "placement" ADD "cancel_reason" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placement" DROP COLUMN "cancel_reason"`);
    await queryRunner.query(`ALTER TABLE "unmet_demand" DROP COLUMN "survivor_declines"`);
  }
}
