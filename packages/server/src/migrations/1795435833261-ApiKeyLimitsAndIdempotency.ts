import { MigrationInterface, QueryRunner } from "typeorm";

export class ApiKeyLimitsAndIdempotency1795435833261 implements MigrationInterface {
    name = 'ApiKeyLimitsAndIdempotency1795435833261'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "idempotency_keys" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "key" character varying(200) NOT NULL, "operation" character varying(100) NOT NULL, "request_hash" character varying(64) NOT NULL, "response" jsonb NOT NULL, "actor_user_id" uuid, CONSTRAINT "uq_idempotency_keys__key" UNIQUE ("organization_id", "key"), CONSTRAINT "PK_ebeb5f48b8988d6749a7b476c46" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_idempotency_keys__created_at" ON "idempotency_keys"  ("created_at") `);
        await queryRunner.query(`ALTER TABLE "api_keys" ADD "limits" jsonb NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "api_keys" ADD "registered_operations_only" boolean NOT NULL DEFAULT false`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "registered_operations_only"`);
        await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "limits"`);
        await queryRunner.query(`DROP INDEX "public"."ix_idempotency_keys__created_at"`);
        await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    }

}
