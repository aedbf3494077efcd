import { MigrationInterface, QueryRunner } from "typeorm";

export class DeliveryRecipient1796128610858 implements MigrationInterface {
    name = 'DeliveryRecipient1796128610858'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "deliveries" ADD "recipient_name" character varying(200) NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_deliveries__recipient_name" ON "deliveries"  ("organization_id", "recipient_name", "id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_deliveries__recipient_name"`);
        await queryRunner.query(`ALTER TABLE "deliveries" DROP COLUMN "recipient_name"`);
    }

}
