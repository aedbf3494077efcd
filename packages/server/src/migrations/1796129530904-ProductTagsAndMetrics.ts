import { MigrationInterface, QueryRunner } from "typeorm";

export class ProductTagsAndMetrics1796129530904 implements MigrationInterface {
    name = 'ProductTagsAndMetrics1796129530904'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "ideas" ADD "tags" text array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "experiments" ADD "metrics" text array NOT NULL DEFAULT '{}'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "experiments" DROP COLUMN "metrics"`);
        await queryRunner.query(`ALTER TABLE "ideas" DROP COLUMN "tags"`);
    }

}
