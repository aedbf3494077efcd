import { MigrationInterface, QueryRunner } from "typeorm";

export class LeadEventLookups1796129008189 implements MigrationInterface {
    name = 'LeadEventLookups1796129008189'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "ix_lead_events__external_id" ON "lead_events"  ("organization_id", "external_id") `);
        await queryRunner.query(`CREATE INDEX "ix_lead_events__status" ON "lead_events"  ("organization_id", "status") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_lead_events__status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_lead_events__external_id"`);
    }

}
