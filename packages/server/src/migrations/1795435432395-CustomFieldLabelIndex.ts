import { MigrationInterface, QueryRunner } from "typeorm";

export class CustomFieldLabelIndex1795435432395 implements MigrationInterface {
    name = 'CustomFieldLabelIndex1795435432395'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "ix_custom_field_definitions__label" ON "custom_field_definitions"  ("organization_id", "label", "id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_custom_field_definitions__label"`);
    }

}
