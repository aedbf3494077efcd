import { MigrationInterface, QueryRunner } from "typeorm";
import { secureTenantTables } from "../platform/tenant-security";

export class AnalyticsModule1796127541512 implements MigrationInterface {
    name = 'AnalyticsModule1796127541512'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // TypeORM reads generated-column expressions from typeorm_metadata by database name, so a cloned or restored database
        // would look changed to it: the rows live in typeorm_generated_columns, and typeorm_metadata is a view for whichever database reads it.
        await queryRunner.query(`CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`);
        await queryRunner.query(`CREATE TABLE "typeorm_generated_columns" ("type" character varying NOT NULL, "schema" character varying, "table" character varying, "name" character varying, "value" text)`);
        await queryRunner.query(`INSERT INTO "typeorm_generated_columns" SELECT "type", "schema", "table", "name", "value" FROM "typeorm_metadata"`);
        await queryRunner.query(`DROP TABLE "typeorm_metadata"`);
        await queryRunner.query(`CREATE VIEW "typeorm_metadata" AS SELECT "type", current_database()::character varying AS "database", "schema", "table", "name", "value" FROM "typeorm_generated_columns"`);
        await queryRunner.query(`CREATE TABLE "custom_metrics" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "company_id" uuid NOT NULL, "metric_name" character varying(100) NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "value" numeric(12,4) NOT NULL, "unit" character varying(30), "source_system" character varying(50), "metadata" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_2f18032d89b92b256c93fe2634a" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_custom_metrics__natural_key" ON "custom_metrics"  ("organization_id", "company_id", "metric_name", "recorded_at") `);
        await queryRunner.query(`CREATE INDEX "ix_custom_metrics__metric_name" ON "custom_metrics"  ("organization_id", "metric_name", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_custom_metrics__recorded_at" ON "custom_metrics"  ("organization_id", "recorded_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_custom_metrics__value" ON "custom_metrics"  ("organization_id", "value", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_custom_metrics__source_system" ON "custom_metrics"  ("organization_id", "source_system") `);
        await queryRunner.query(`CREATE INDEX "ix_custom_metrics__created_at" ON "custom_metrics"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_custom_metrics__updated_at" ON "custom_metrics"  ("organization_id", "updated_at", "id") `);
        await queryRunner.query(`INSERT INTO "typeorm_metadata"("schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5)`, ["public","financials","GENERATED_COLUMN","net_profit","revenue - expenses"]);
        await queryRunner.query(`CREATE TABLE "financials" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "company_id" uuid NOT NULL, "record_date" date NOT NULL, "revenue" numeric(12,2) NOT NULL, "expenses" numeric(12,2) NOT NULL, "net_profit" numeric(12,2) GENERATED ALWAYS AS (revenue - expenses) STORED NOT NULL, "cash_flow" numeric(12,2) NOT NULL, "currency" character(3) NOT NULL DEFAULT 'AUD', "source_system" character varying(50) NOT NULL, "external_id" character varying(255), "metadata" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "ck_financials__currency" CHECK (currency ~ '^[A-Z]{3}$'), CONSTRAINT "PK_f712457b69f1b983163b6495525" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_financials__natural_key" ON "financials"  ("organization_id", "company_id", "record_date", "source_system") `);
        await queryRunner.query(`CREATE INDEX "ix_financials__record_date" ON "financials"  ("organization_id", "record_date", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_financials__revenue" ON "financials"  ("organization_id", "revenue", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_financials__net_profit" ON "financials"  ("organization_id", "net_profit", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_financials__currency" ON "financials"  ("organization_id", "currency") `);
        await queryRunner.query(`CREATE INDEX "ix_financials__source_system" ON "financials"  ("organization_id", "source_system") `);
        await queryRunner.query(`CREATE INDEX "ix_financials__external_id" ON "financials"  ("organization_id", "external_id") `);
        await queryRunner.query(`CREATE INDEX "ix_financials__created_at" ON "financials"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_financials__updated_at" ON "financials"  ("organization_id", "updated_at", "id") `);
        await queryRunner.query(`CREATE TYPE "public"."integration_status" AS ENUM('PENDING', 'ACTIVE', 'ERROR', 'DISABLED')`);
        await queryRunner.query(`INSERT INTO "typeorm_metadata"("schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5)`, ["public","integrations","GENERATED_COLUMN","has_access_token","access_token IS NOT NULL"]);
        await queryRunner.query(`INSERT INTO "typeorm_metadata"("schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5)`, ["public","integrations","GENERATED_COLUMN","has_refresh_token","refresh_token IS NOT NULL"]);
        await queryRunner.query(`INSERT INTO "typeorm_metadata"("schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5)`, ["public","integrations","GENERATED_COLUMN","has_api_secret","api_secret IS NOT NULL"]);
        await queryRunner.query(`CREATE TABLE "integrations" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "provider" character varying(50) NOT NULL, "account" character varying(255) NOT NULL, "scopes" character varying(2000), "status" "public"."integration_status" NOT NULL DEFAULT 'PENDING', "access_token" text NOT NULL, "refresh_token" text, "api_secret" text, "has_access_token" boolean GENERATED ALWAYS AS (access_token IS NOT NULL) STORED NOT NULL, "has_refresh_token" boolean GENERATED ALWAYS AS (refresh_token IS NOT NULL) STORED NOT NULL, "has_api_secret" boolean GENERATED ALWAYS AS (api_secret IS NOT NULL) STORED NOT NULL, "access_token_last4" character varying(4), "key_id" character varying(50), "expires_at" TIMESTAMP(3) WITH TIME ZONE, "last_sync_at" TIMESTAMP(3) WITH TIME ZONE, "last_error" character varying(2000), "metadata" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_e45548543580b3aea3455acf13a" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_integrations__provider" ON "integrations"  ("organization_id", "provider") `);
        await queryRunner.query(`CREATE INDEX "ix_integrations__provider" ON "integrations"  ("organization_id", "provider", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_integrations__account" ON "integrations"  ("organization_id", "account") `);
        await queryRunner.query(`CREATE INDEX "ix_integrations__status" ON "integrations"  ("organization_id", "status") `);
        await queryRunner.query(`CREATE INDEX "ix_integrations__key_id" ON "integrations"  ("organization_id", "key_id") `);
        await queryRunner.query(`CREATE INDEX "ix_integrations__last_sync_at" ON "integrations"  ("organization_id", "last_sync_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_integrations__created_at" ON "integrations"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_integrations__updated_at" ON "integrations"  ("organization_id", "updated_at", "id") `);
        await queryRunner.query(`CREATE TYPE "public"."lead_event_type" AS ENUM('CREATED', 'STAGE_CHANGED', 'UPDATED', 'WON', 'LOST')`);
        await queryRunner.query(`CREATE TABLE "lead_events" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "source_system" character varying(50) NOT NULL, "external_id" character varying(255) NOT NULL, "lead_id" character varying(255) NOT NULL, "event_type" "public"."lead_event_type" NOT NULL DEFAULT 'STAGE_CHANGED', "stage" character varying(100) NOT NULL, "status" character varying(50) NOT NULL, "value" numeric(12,2), "currency" character(3) NOT NULL DEFAULT 'AUD', "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "metadata" jsonb NOT NULL DEFAULT '{}', "company_id" uuid, "contact_id" uuid, "deal_id" uuid, CONSTRAINT "PK_b4a386a1a4cf64e02763bfcb306" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_lead_events__deal_time" ON "lead_events"  ("organization_id", "deal_id", "occurred_at") `);
        await queryRunner.query(`CREATE INDEX "ix_lead_events__company_time" ON "lead_events"  ("organization_id", "company_id", "occurred_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_lead_events__natural_key" ON "lead_events"  ("organization_id", "source_system", "external_id") `);
        await queryRunner.query(`CREATE INDEX "ix_lead_events__lead_id" ON "lead_events"  ("organization_id", "lead_id") `);
        await queryRunner.query(`CREATE INDEX "ix_lead_events__event_type" ON "lead_events"  ("organization_id", "event_type") `);
        await queryRunner.query(`CREATE INDEX "ix_lead_events__stage" ON "lead_events"  ("organization_id", "stage", "status") `);
        await queryRunner.query(`CREATE INDEX "ix_lead_events__currency" ON "lead_events"  ("organization_id", "currency") `);
        await queryRunner.query(`CREATE INDEX "ix_lead_events__occurred_at" ON "lead_events"  ("organization_id", "occurred_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_lead_events__contact_id" ON "lead_events"  ("organization_id", "contact_id") `);
        await queryRunner.query(`CREATE INDEX "ix_lead_events__created_at" ON "lead_events"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_lead_events__updated_at" ON "lead_events"  ("organization_id", "updated_at", "id") `);
        await queryRunner.query(`ALTER TABLE "custom_metrics" ADD CONSTRAINT "fk_custom_metrics__company_id" FOREIGN KEY ("organization_id", "company_id") REFERENCES "companies"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "financials" ADD CONSTRAINT "fk_financials__company_id" FOREIGN KEY ("organization_id", "company_id") REFERENCES "companies"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "lead_events" ADD CONSTRAINT "fk_lead_events__company_id" FOREIGN KEY ("organization_id", "company_id") REFERENCES "companies"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "lead_events" ADD CONSTRAINT "fk_lead_events__contact_id" FOREIGN KEY ("organization_id", "contact_id") REFERENCES "contacts"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "lead_events" ADD CONSTRAINT "fk_lead_events__deal_id" FOREIGN KEY ("organization_id", "deal_id") REFERENCES "deals"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Row-level security, the tenant policy and crm_app's grants (platform/tenant-security.ts).
        await secureTenantTables(queryRunner, ["custom_metrics","financials","integrations","lead_events"]);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "lead_events" DROP CONSTRAINT "fk_lead_events__deal_id"`);
        await queryRunner.query(`ALTER TABLE "lead_events" DROP CONSTRAINT "fk_lead_events__contact_id"`);
        await queryRunner.query(`ALTER TABLE "lead_events" DROP CONSTRAINT "fk_lead_events__company_id"`);
        await queryRunner.query(`ALTER TABLE "financials" DROP CONSTRAINT "fk_financials__company_id"`);
        await queryRunner.query(`ALTER TABLE "custom_metrics" DROP CONSTRAINT "fk_custom_metrics__company_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_lead_events__updated_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_lead_events__created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_lead_events__contact_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_lead_events__occurred_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_lead_events__currency"`);
        await queryRunner.query(`DROP INDEX "public"."ix_lead_events__stage"`);
        await queryRunner.query(`DROP INDEX "public"."ix_lead_events__event_type"`);
        await queryRunner.query(`DROP INDEX "public"."ix_lead_events__lead_id"`);
        await queryRunner.query(`DROP INDEX "public"."uq_lead_events__natural_key"`);
        await queryRunner.query(`DROP INDEX "public"."ix_lead_events__company_time"`);
        await queryRunner.query(`DROP INDEX "public"."ix_lead_events__deal_time"`);
        await queryRunner.query(`DROP TABLE "lead_events"`);
        await queryRunner.query(`DROP TYPE "public"."lead_event_type"`);
        await queryRunner.query(`DROP INDEX "public"."ix_integrations__updated_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_integrations__created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_integrations__last_sync_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_integrations__key_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_integrations__status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_integrations__account"`);
        await queryRunner.query(`DROP INDEX "public"."ix_integrations__provider"`);
        await queryRunner.query(`DROP INDEX "public"."uq_integrations__provider"`);
        await queryRunner.query(`DROP TABLE "integrations"`);
        await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "table" = $3`, ["GENERATED_COLUMN","has_api_secret","integrations"]);
        await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "table" = $3`, ["GENERATED_COLUMN","has_refresh_token","integrations"]);
        await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "table" = $3`, ["GENERATED_COLUMN","has_access_token","integrations"]);
        await queryRunner.query(`DROP TYPE "public"."integration_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_financials__updated_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_financials__created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_financials__external_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_financials__source_system"`);
        await queryRunner.query(`DROP INDEX "public"."ix_financials__currency"`);
        await queryRunner.query(`DROP INDEX "public"."ix_financials__net_profit"`);
        await queryRunner.query(`DROP INDEX "public"."ix_financials__revenue"`);
        await queryRunner.query(`DROP INDEX "public"."ix_financials__record_date"`);
        await queryRunner.query(`DROP INDEX "public"."uq_financials__natural_key"`);
        await queryRunner.query(`DROP TABLE "financials"`);
        await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "table" = $3`, ["GENERATED_COLUMN","net_profit","financials"]);
        await queryRunner.query(`DROP INDEX "public"."ix_custom_metrics__updated_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_custom_metrics__created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_custom_metrics__source_system"`);
        await queryRunner.query(`DROP INDEX "public"."ix_custom_metrics__value"`);
        await queryRunner.query(`DROP INDEX "public"."ix_custom_metrics__recorded_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_custom_metrics__metric_name"`);
        await queryRunner.query(`DROP INDEX "public"."uq_custom_metrics__natural_key"`);
        await queryRunner.query(`DROP TABLE "custom_metrics"`);
    }

}
