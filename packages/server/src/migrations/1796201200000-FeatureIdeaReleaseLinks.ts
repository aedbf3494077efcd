import { MigrationInterface, QueryRunner } from "typeorm";
import { secureTenantTables } from "../platform/tenant-security";

/**
 * Seed 003 relates ideas and features, and features and releases, many-to-many: the single
 * features.idea_id and features.release_id become the link tables idea_features and
 * release_features, each existing link carried over before the columns go.
 */
export class FeatureIdeaReleaseLinks1796201200000 implements MigrationInterface {
    name = 'FeatureIdeaReleaseLinks1796201200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "features" DROP CONSTRAINT "fk_features__idea_id"`);
        await queryRunner.query(`ALTER TABLE "features" DROP CONSTRAINT "fk_features__release_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_features__idea_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_features__release_id"`);
        await queryRunner.query(`CREATE TABLE "idea_features" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "idea_id" uuid NOT NULL, "feature_id" uuid NOT NULL, "note" character varying(500) NOT NULL, CONSTRAINT "PK_6ab7a9a687d01a1155b05495193" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_idea_features__feature_id" ON "idea_features"  ("organization_id", "idea_id", "feature_id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_idea_features__feature_id" ON "idea_features"  ("organization_id", "feature_id") `);
        await queryRunner.query(`CREATE INDEX "ix_idea_features__note" ON "idea_features"  ("organization_id", "note") `);
        await queryRunner.query(`CREATE INDEX "ix_idea_features__created_at" ON "idea_features"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_idea_features__updated_at" ON "idea_features"  ("organization_id", "updated_at", "id") `);
        await queryRunner.query(`CREATE TABLE "release_features" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "release_id" uuid NOT NULL, "feature_id" uuid NOT NULL, "note" character varying(500) NOT NULL, CONSTRAINT "PK_cf621ccdb164e75c0cdf3041707" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_release_features__feature_id" ON "release_features"  ("organization_id", "release_id", "feature_id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_release_features__feature_id" ON "release_features"  ("organization_id", "feature_id") `);
        await queryRunner.query(`CREATE INDEX "ix_release_features__note" ON "release_features"  ("organization_id", "note") `);
        await queryRunner.query(`CREATE INDEX "ix_release_features__created_at" ON "release_features"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_release_features__updated_at" ON "release_features"  ("organization_id", "updated_at", "id") `);
        await queryRunner.query(`INSERT INTO "idea_features" ("organization_id", "id", "idea_id", "feature_id", "note", "created_at")
            SELECT f."organization_id", gen_random_uuid(), f."idea_id", f."id", 'Promoted from the idea "' || i."title" || '"', f."created_at"
            FROM "features" f JOIN "ideas" i ON i."organization_id" = f."organization_id" AND i."id" = f."idea_id"`);
        await queryRunner.query(`INSERT INTO "release_features" ("organization_id", "id", "release_id", "feature_id", "note", "created_at")
            SELECT "organization_id", gen_random_uuid(), "release_id", "id", "title", "created_at" FROM "features" WHERE "release_id" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "features" DROP COLUMN "idea_id"`);
        await queryRunner.query(`ALTER TABLE "features" DROP COLUMN "release_id"`);
        await queryRunner.query(`ALTER TABLE "idea_features" ADD CONSTRAINT "fk_idea_features__idea_id" FOREIGN KEY ("organization_id", "idea_id") REFERENCES "ideas"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "idea_features" ADD CONSTRAINT "fk_idea_features__feature_id" FOREIGN KEY ("organization_id", "feature_id") REFERENCES "features"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "release_features" ADD CONSTRAINT "fk_release_features__release_id" FOREIGN KEY ("organization_id", "release_id") REFERENCES "releases"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "release_features" ADD CONSTRAINT "fk_release_features__feature_id" FOREIGN KEY ("organization_id", "feature_id") REFERENCES "features"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Row-level security, the tenant policy and crm_app's grants (platform/tenant-security.ts).
        await secureTenantTables(queryRunner, ["idea_features","release_features"]);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "release_features" DROP CONSTRAINT "fk_release_features__feature_id"`);
        await queryRunner.query(`ALTER TABLE "release_features" DROP CONSTRAINT "fk_release_features__release_id"`);
        await queryRunner.query(`ALTER TABLE "idea_features" DROP CONSTRAINT "fk_idea_features__feature_id"`);
        await queryRunner.query(`ALTER TABLE "idea_features" DROP CONSTRAINT "fk_idea_features__idea_id"`);
        await queryRunner.query(`ALTER TABLE "features" ADD "release_id" uuid`);
        await queryRunner.query(`ALTER TABLE "features" ADD "idea_id" uuid`);
        // Back to one idea and one release per feature: the earliest live link of each.
        await queryRunner.query(`UPDATE "features" f SET "idea_id" = (SELECT l."idea_id" FROM "idea_features" l WHERE l."organization_id" = f."organization_id" AND l."feature_id" = f."id" AND l."deleted_at" IS NULL ORDER BY l."created_at", l."id" LIMIT 1)`);
        await queryRunner.query(`UPDATE "features" f SET "release_id" = (SELECT l."release_id" FROM "release_features" l WHERE l."organization_id" = f."organization_id" AND l."feature_id" = f."id" AND l."deleted_at" IS NULL ORDER BY l."created_at", l."id" LIMIT 1)`);
        await queryRunner.query(`DROP INDEX "public"."ix_release_features__updated_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_release_features__created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_release_features__note"`);
        await queryRunner.query(`DROP INDEX "public"."ix_release_features__feature_id"`);
        await queryRunner.query(`DROP INDEX "public"."uq_release_features__feature_id"`);
        await queryRunner.query(`DROP TABLE "release_features"`);
        await queryRunner.query(`DROP INDEX "public"."ix_idea_features__updated_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_idea_features__created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_idea_features__note"`);
        await queryRunner.query(`DROP INDEX "public"."ix_idea_features__feature_id"`);
        await queryRunner.query(`DROP INDEX "public"."uq_idea_features__feature_id"`);
        await queryRunner.query(`DROP TABLE "idea_features"`);
        await queryRunner.query(`CREATE INDEX "ix_features__release_id" ON "features" USING btree ("organization_id", "release_id") `);
        await queryRunner.query(`CREATE INDEX "ix_features__idea_id" ON "features" USING btree ("organization_id", "idea_id") `);
        await queryRunner.query(`ALTER TABLE "features" ADD CONSTRAINT "fk_features__release_id" FOREIGN KEY ("organization_id", "release_id") REFERENCES "releases"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "features" ADD CONSTRAINT "fk_features__idea_id" FOREIGN KEY ("organization_id", "idea_id") REFERENCES "ideas"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    }

}
