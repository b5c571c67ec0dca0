import { MigrationInterface, QueryRunner } from 'typeorm';

export class SurvivorErasure1795371283228 implements MigrationInterface {
  name = 'SurvivorErasure1795371283228';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survivor" ADD "erasure_reason" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survivor" DROP COLUMN "erasure_reason"`);
  }
}
