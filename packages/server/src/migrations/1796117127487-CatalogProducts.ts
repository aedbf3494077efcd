import { MigrationInterface, QueryRunner } from "typeorm";
import { secureTenantTables } from "../platform/tenant-security";

export class CatalogProducts1796117127487 implements MigrationInterface {
    name = 'CatalogProducts1796117127487'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "products" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "name" character varying(200) NOT NULL, "description" character varying(5000), "sku" character varying(64), "price" numeric(12,2) NOT NULL DEFAULT '0', "currency" character(3) NOT NULL DEFAULT 'USD', "cost" numeric(12,2), "stock_quantity" integer NOT NULL DEFAULT '0', "low_stock_threshold" integer NOT NULL DEFAULT '10', "category" character varying(100), "is_active" boolean NOT NULL DEFAULT true, "supplier_id" uuid, "custom_fields" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_01bd308db54a2c7efc5c9fd25c9" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_products__sku" ON "products"  ("organization_id", "sku") `);
        await queryRunner.query(`CREATE INDEX "ix_products__name" ON "products"  ("organization_id", "name", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_products__sku" ON "products"  ("organization_id", "sku", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_products__price" ON "products"  ("organization_id", "price", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_products__currency" ON "products"  ("organization_id", "currency") `);
        await queryRunner.query(`CREATE INDEX "ix_products__stock_quantity" ON "products"  ("organization_id", "stock_quantity", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_products__category" ON "products"  ("organization_id", "category", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_products__is_active" ON "products"  ("organization_id", "is_active") `);
        await queryRunner.query(`CREATE INDEX "ix_products__supplier_id" ON "products"  ("organization_id", "supplier_id") `);
        await queryRunner.query(`CREATE INDEX "ix_products__created_at" ON "products"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_products__updated_at" ON "products"  ("organization_id", "updated_at", "id") `);
        await queryRunner.query(`ALTER TABLE "products" ADD CONSTRAINT "fk_products__supplier_id" FOREIGN KEY ("organization_id", "supplier_id") REFERENCES "companies"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        // Row-level security, the tenant policy and crm_app's grants (platform/tenant-security.ts).
        await secureTenantTables(queryRunner, ["products"]);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "products" DROP CONSTRAINT "fk_products__supplier_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_products__updated_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_products__created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_products__supplier_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_products__is_active"`);
        await queryRunner.query(`DROP INDEX "public"."ix_products__category"`);
        await queryRunner.query(`DROP INDEX "public"."ix_products__stock_quantity"`);
        await queryRunner.query(`DROP INDEX "public"."ix_products__currency"`);
        await queryRunner.query(`DROP INDEX "public"."ix_products__price"`);
        await queryRunner.query(`DROP INDEX "public"."ix_products__sku"`);
        await queryRunner.query(`DROP INDEX "public"."ix_products__name"`);
        await queryRunner.query(`DROP INDEX "public"."uq_products__sku"`);
        await queryRunner.query(`DROP TABLE "products"`);
    }

}
