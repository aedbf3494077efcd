import { MigrationInterface, QueryRunner } from "typeorm";

export class DealIndexesForListsAndFunnel1796096905288 implements MigrationInterface {
    name = 'DealIndexesForListsAndFunnel1796096905288'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "deals" ADD "furthest_stage_position" integer`);
        await queryRunner.query(`CREATE INDEX "ix_deals__funnel" ON "deals"  ("organization_id", "pipeline_id", "furthest_stage_position") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_deals__open_expected_close" ON "deals"  ("organization_id", "expected_close_date", "id") WHERE deleted_at IS NULL AND status = 'OPEN'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_deals__open_expected_close"`);
        await queryRunner.query(`DROP INDEX "public"."ix_deals__funnel"`);
        await queryRunner.query(`ALTER TABLE "deals" DROP COLUMN "furthest_stage_position"`);
    }

}
