import { MigrationInterface, QueryRunner } from "typeorm";
import { secureTenantTables } from "../platform/tenant-security";

export class Webhooks1796127759991 implements MigrationInterface {
    name = 'Webhooks1796127759991'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "webhook_subscriptions" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "url" character varying(2000) NOT NULL, "event_types" character varying(2000) NOT NULL, "description" character varying(500), "active" boolean NOT NULL DEFAULT true, "secret_hint" character varying(16) NOT NULL, "secret_ciphertext" character varying(500) NOT NULL, CONSTRAINT "PK_4cfb59eb74e41c7a969fdcce4e7" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_webhook_subscriptions__active" ON "webhook_subscriptions"  ("organization_id", "active") `);
        await queryRunner.query(`CREATE INDEX "ix_webhook_subscriptions__created_at" ON "webhook_subscriptions"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_webhook_subscriptions__updated_at" ON "webhook_subscriptions"  ("organization_id", "updated_at", "id") `);
        await queryRunner.query(`CREATE TYPE "public"."WebhookDeliveryStatus" AS ENUM('PENDING', 'RETRYING', 'DELIVERED', 'FAILED')`);
        await queryRunner.query(`CREATE TABLE "webhook_deliveries" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "subscription_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event_type" character varying(120) NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "status" "public"."WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING', "response_code" integer, "attempts" integer NOT NULL DEFAULT '0', "next_try_at" TIMESTAMP(3) WITH TIME ZONE, "last_error" character varying(1000), "delivered_at" TIMESTAMP(3) WITH TIME ZONE, "redeliveries" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_24cb0452b7280b0c67c232ba3bf" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_webhook_deliveries__due" ON "webhook_deliveries"  ("status", "next_try_at") WHERE status IN ('PENDING', 'RETRYING') AND deleted_at IS NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_webhook_deliveries__event" ON "webhook_deliveries"  ("organization_id", "subscription_id", "event_id") `);
        await queryRunner.query(`CREATE INDEX "ix_webhook_deliveries__subscription_id" ON "webhook_deliveries"  ("organization_id", "subscription_id") `);
        await queryRunner.query(`CREATE INDEX "ix_webhook_deliveries__event_id" ON "webhook_deliveries"  ("organization_id", "event_id") `);
        await queryRunner.query(`CREATE INDEX "ix_webhook_deliveries__event_type" ON "webhook_deliveries"  ("organization_id", "event_type", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_webhook_deliveries__status" ON "webhook_deliveries"  ("organization_id", "status") `);
        await queryRunner.query(`CREATE INDEX "ix_webhook_deliveries__next_try_at" ON "webhook_deliveries"  ("organization_id", "next_try_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_webhook_deliveries__delivered_at" ON "webhook_deliveries"  ("organization_id", "delivered_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_webhook_deliveries__created_at" ON "webhook_deliveries"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_webhook_deliveries__updated_at" ON "webhook_deliveries"  ("organization_id", "updated_at", "id") `);
        await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "fk_webhook_deliveries__subscription_id" FOREIGN KEY ("organization_id", "subscription_id") REFERENCES "webhook_subscriptions"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Row-level security, the tenant policy and crm_app's grants (platform/tenant-security.ts).
        await secureTenantTables(queryRunner, ["webhook_subscriptions","webhook_deliveries"]);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "fk_webhook_deliveries__subscription_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries__updated_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries__created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries__delivered_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries__next_try_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries__status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries__event_type"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries__event_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries__subscription_id"`);
        await queryRunner.query(`DROP INDEX "public"."uq_webhook_deliveries__event"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries__due"`);
        await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
        await queryRunner.query(`DROP TYPE "public"."WebhookDeliveryStatus"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_subscriptions__updated_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_subscriptions__created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_webhook_subscriptions__active"`);
        await queryRunner.query(`DROP TABLE "webhook_subscriptions"`);
    }

}
