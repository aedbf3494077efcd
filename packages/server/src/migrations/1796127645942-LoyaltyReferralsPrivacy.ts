import { MigrationInterface, QueryRunner } from "typeorm";
import { secureTenantTables } from "../platform/tenant-security";

export class LoyaltyReferralsPrivacy1796127645942 implements MigrationInterface {
    name = 'LoyaltyReferralsPrivacy1796127645942'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "loyalty_programs" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "name" character varying(200) NOT NULL, "description" character varying(5000), "points_per_dollar" integer NOT NULL DEFAULT '1', "points_expire_after_days" integer, "is_active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_9a251aa676a612724f436fcb81e" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_loyalty_programs__name" ON "loyalty_programs"  ("organization_id", "name", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_loyalty_programs__is_active" ON "loyalty_programs"  ("organization_id", "is_active") `);
        await queryRunner.query(`CREATE INDEX "ix_loyalty_programs__created_at" ON "loyalty_programs"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_loyalty_programs__updated_at" ON "loyalty_programs"  ("organization_id", "updated_at", "id") `);
        await queryRunner.query(`CREATE TABLE "loyalty_accounts" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "contact_id" uuid NOT NULL, "program_id" uuid NOT NULL, "points_balance" integer NOT NULL DEFAULT '0', "total_earned" integer NOT NULL DEFAULT '0', "total_redeemed" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_loyalty_accounts__points_balance" CHECK (points_balance >= 0), CONSTRAINT "PK_a7f2cc68e741257a9236dcc9e0b" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_loyalty_accounts__program_id" ON "loyalty_accounts"  ("organization_id", "contact_id", "program_id") `);
        await queryRunner.query(`CREATE INDEX "ix_loyalty_accounts__program_id" ON "loyalty_accounts"  ("organization_id", "program_id") `);
        await queryRunner.query(`CREATE INDEX "ix_loyalty_accounts__points_balance" ON "loyalty_accounts"  ("organization_id", "points_balance", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_loyalty_accounts__created_at" ON "loyalty_accounts"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_loyalty_accounts__updated_at" ON "loyalty_accounts"  ("organization_id", "updated_at", "id") `);
        await queryRunner.query(`CREATE TYPE "public"."referral_status" AS ENUM('PENDING', 'CONVERTED', 'EXPIRED')`);
        await queryRunner.query(`CREATE TABLE "customer_referrals" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "referrer_contact_id" uuid NOT NULL, "referred_name" character varying(200) NOT NULL, "referred_email" character varying(255), "referred_phone" character varying(50), "referred_contact_id" uuid, "status" "public"."referral_status" NOT NULL DEFAULT 'PENDING', "reward_amount" integer NOT NULL DEFAULT '0', "reward_program_id" uuid, "reward_paid" boolean NOT NULL DEFAULT false, "notes" character varying(5000), "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now() + interval '90 days', "converted_at" TIMESTAMP(3) WITH TIME ZONE, "owner_id" uuid, CONSTRAINT "PK_5630e3e3e605c24aaad419298be" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_customer_referrals__referrer_contact_id" ON "customer_referrals"  ("organization_id", "referrer_contact_id") `);
        await queryRunner.query(`CREATE INDEX "ix_customer_referrals__referred_name" ON "customer_referrals"  ("organization_id", "referred_name", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_customer_referrals__referred_email" ON "customer_referrals"  ("organization_id", "referred_email") `);
        await queryRunner.query(`CREATE INDEX "ix_customer_referrals__referred_contact_id" ON "customer_referrals"  ("organization_id", "referred_contact_id") `);
        await queryRunner.query(`CREATE INDEX "ix_customer_referrals__status" ON "customer_referrals"  ("organization_id", "status") `);
        await queryRunner.query(`CREATE INDEX "ix_customer_referrals__reward_program_id" ON "customer_referrals"  ("organization_id", "reward_program_id") `);
        await queryRunner.query(`CREATE INDEX "ix_customer_referrals__expires_at" ON "customer_referrals"  ("organization_id", "expires_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_customer_referrals__owner_id" ON "customer_referrals"  ("organization_id", "owner_id") `);
        await queryRunner.query(`CREATE INDEX "ix_customer_referrals__created_at" ON "customer_referrals"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_customer_referrals__updated_at" ON "customer_referrals"  ("organization_id", "updated_at", "id") `);
        await queryRunner.query(`CREATE TYPE "public"."loyalty_event_type" AS ENUM('EARNED', 'REDEEMED', 'EXPIRED', 'ADJUSTED')`);
        await queryRunner.query(`CREATE TABLE "loyalty_events" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "account_id" uuid NOT NULL, "event_type" "public"."loyalty_event_type" NOT NULL, "points" integer NOT NULL, "balance_before" integer NOT NULL, "balance_after" integer NOT NULL, "description" character varying(500), "order_id" uuid, "referral_id" uuid, "expires_at" TIMESTAMP(3) WITH TIME ZONE, "created_by_id" uuid, CONSTRAINT "PK_bc70e2c8704fd92cceaab0c4812" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE INDEX "ix_loyalty_events__due" ON "loyalty_events"  ("organization_id", "expires_at") WHERE expires_at IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_loyalty_events__referral_id" ON "loyalty_events"  ("organization_id", "referral_id") WHERE referral_id IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_loyalty_events__order_id" ON "loyalty_events"  ("organization_id", "account_id", "order_id") WHERE order_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_loyalty_events__account" ON "loyalty_events"  ("organization_id", "account_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_loyalty_events__event_type" ON "loyalty_events"  ("organization_id", "event_type") `);
        await queryRunner.query(`CREATE INDEX "ix_loyalty_events__order_id" ON "loyalty_events"  ("organization_id", "order_id") `);
        await queryRunner.query(`CREATE INDEX "ix_loyalty_events__created_at" ON "loyalty_events"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "user_aliases" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "contact_id" uuid NOT NULL, "alias" character varying(255) NOT NULL, "provider_alias_id" character varying(200) NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "shadow" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_e4428344ec574041e8b15906e4c" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_aliases__alias" ON "user_aliases"  ("organization_id", "alias") `);
        await queryRunner.query(`CREATE INDEX "ix_user_aliases__contact_id" ON "user_aliases"  ("organization_id", "contact_id") `);
        await queryRunner.query(`CREATE INDEX "ix_user_aliases__alias" ON "user_aliases"  ("organization_id", "alias", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_user_aliases__provider_alias_id" ON "user_aliases"  ("organization_id", "provider_alias_id") `);
        await queryRunner.query(`CREATE INDEX "ix_user_aliases__enabled" ON "user_aliases"  ("organization_id", "enabled") `);
        await queryRunner.query(`CREATE INDEX "ix_user_aliases__shadow" ON "user_aliases"  ("organization_id", "shadow") `);
        await queryRunner.query(`CREATE INDEX "ix_user_aliases__created_at" ON "user_aliases"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_user_aliases__updated_at" ON "user_aliases"  ("organization_id", "updated_at", "id") `);
        await queryRunner.query(`CREATE TABLE "email_events" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "provider_event_id" character varying(200) NOT NULL, "event_type" character varying(50) NOT NULL, "to_address" character varying(320) NOT NULL, "provider_message_id" character varying(200), "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "meta" jsonb NOT NULL DEFAULT '{}', "contact_id" uuid, "alias_id" uuid, CONSTRAINT "PK_fdddd8b2be9d29457e21debeb81" PRIMARY KEY ("organization_id", "id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_email_events__provider_event_id" ON "email_events"  ("organization_id", "provider_event_id") `);
        await queryRunner.query(`CREATE INDEX "ix_email_events__event_type" ON "email_events"  ("organization_id", "event_type") `);
        await queryRunner.query(`CREATE INDEX "ix_email_events__to_address" ON "email_events"  ("organization_id", "to_address") `);
        await queryRunner.query(`CREATE INDEX "ix_email_events__provider_message_id" ON "email_events"  ("organization_id", "provider_message_id") `);
        await queryRunner.query(`CREATE INDEX "ix_email_events__occurred_at" ON "email_events"  ("organization_id", "occurred_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_email_events__contact_id" ON "email_events"  ("organization_id", "contact_id", "occurred_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_email_events__alias_id" ON "email_events"  ("organization_id", "alias_id") `);
        await queryRunner.query(`CREATE INDEX "ix_email_events__created_at" ON "email_events"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`ALTER TABLE "loyalty_accounts" ADD CONSTRAINT "fk_loyalty_accounts__contact_id" FOREIGN KEY ("organization_id", "contact_id") REFERENCES "contacts"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "loyalty_accounts" ADD CONSTRAINT "fk_loyalty_accounts__program_id" FOREIGN KEY ("organization_id", "program_id") REFERENCES "loyalty_programs"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer_referrals" ADD CONSTRAINT "fk_customer_referrals__referrer_contact_id" FOREIGN KEY ("organization_id", "referrer_contact_id") REFERENCES "contacts"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer_referrals" ADD CONSTRAINT "fk_customer_referrals__referred_contact_id" FOREIGN KEY ("organization_id", "referred_contact_id") REFERENCES "contacts"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer_referrals" ADD CONSTRAINT "fk_customer_referrals__reward_program_id" FOREIGN KEY ("organization_id", "reward_program_id") REFERENCES "loyalty_programs"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer_referrals" ADD CONSTRAINT "fk_customer_referrals__owner_id" FOREIGN KEY ("organization_id", "owner_id") REFERENCES "memberships"("organization_id","user_id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "loyalty_events" ADD CONSTRAINT "fk_loyalty_events__account_id" FOREIGN KEY ("organization_id", "account_id") REFERENCES "loyalty_accounts"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "loyalty_events" ADD CONSTRAINT "fk_loyalty_events__referral_id" FOREIGN KEY ("organization_id", "referral_id") REFERENCES "customer_referrals"("organization_id","id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_aliases" ADD CONSTRAINT "fk_user_aliases__contact_id" FOREIGN KEY ("organization_id", "contact_id") REFERENCES "contacts"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "email_events" ADD CONSTRAINT "fk_email_events__contact_id" FOREIGN KEY ("organization_id", "contact_id") REFERENCES "contacts"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "email_events" ADD CONSTRAINT "fk_email_events__alias_id" FOREIGN KEY ("organization_id", "alias_id") REFERENCES "user_aliases"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE INDEX "ix_contacts__email_lower" ON "contacts" ("organization_id", lower("email"))`);
        // Each organization's mail-provider webhook secret: only a nonce and the secret's hash are kept (modules/privacy/mail-secret.ts).
        await queryRunner.query(`CREATE TABLE "mail_provider_secrets" ("organization_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE, "secret_nonce" text NOT NULL, "secret_hash" text NOT NULL, "rotated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_mail_provider_secrets" PRIMARY KEY ("organization_id"))`);
        // Row-level security, the tenant policy and crm_app's grants (platform/tenant-security.ts).
        await secureTenantTables(queryRunner, ["loyalty_programs","loyalty_accounts","customer_referrals","loyalty_events","user_aliases","email_events","mail_provider_secrets"]);
        // A webhook call has no user: the session opens as the organization only for a caller that
        // derived its secret (the hash matches), and closes (no tenant) otherwise.
        await queryRunner.query(`CREATE FUNCTION app_mail_webhook_nonce(p_org uuid) RETURNS text
          LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT s.secret_nonce FROM mail_provider_secrets s JOIN organizations o ON o.id = s.organization_id AND o.deleted_at IS NULL
             WHERE s.organization_id = p_org $$`);
        await queryRunner.query(`CREATE FUNCTION app_begin_mail_webhook_session(p_org uuid, p_secret_hash text) RETURNS boolean
          LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
          DECLARE v_ok boolean;
          BEGIN
            SELECT true INTO v_ok FROM mail_provider_secrets s JOIN organizations o ON o.id = s.organization_id AND o.deleted_at IS NULL
             WHERE s.organization_id = p_org AND p_secret_hash IS NOT NULL AND s.secret_hash = p_secret_hash;
            PERFORM set_config('app.user_id', '', false);
            PERFORM set_config('app.organization_id', CASE WHEN v_ok THEN p_org::text ELSE '' END, false);
            RETURN coalesce(v_ok, false);
          END $$`);
        await queryRunner.query(`REVOKE ALL ON FUNCTION app_mail_webhook_nonce(uuid), app_begin_mail_webhook_session(uuid, text) FROM PUBLIC`);
        await queryRunner.query(`GRANT EXECUTE ON FUNCTION app_mail_webhook_nonce(uuid), app_begin_mail_webhook_session(uuid, text) TO crm_app`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP FUNCTION app_begin_mail_webhook_session(uuid, text)`);
        await queryRunner.query(`DROP FUNCTION app_mail_webhook_nonce(uuid)`);
        await queryRunner.query(`DROP TABLE "mail_provider_secrets"`);
        await queryRunner.query(`DROP INDEX "ix_contacts__email_lower"`);
        await queryRunner.query(`ALTER TABLE "email_events" DROP CONSTRAINT "fk_email_events__alias_id"`);
        await queryRunner.query(`ALTER TABLE "email_events" DROP CONSTRAINT "fk_email_events__contact_id"`);
        await queryRunner.query(`ALTER TABLE "user_aliases" DROP CONSTRAINT "fk_user_aliases__contact_id"`);
        await queryRunner.query(`ALTER TABLE "loyalty_events" DROP CONSTRAINT "fk_loyalty_events__referral_id"`);
        await queryRunner.query(`ALTER TABLE "loyalty_events" DROP CONSTRAINT "fk_loyalty_events__account_id"`);
        await queryRunner.query(`ALTER TABLE "customer_referrals" DROP CONSTRAINT "fk_customer_referrals__owner_id"`);
        await queryRunner.query(`ALTER TABLE "customer_referrals" DROP CONSTRAINT "fk_customer_referrals__reward_program_id"`);
        await queryRunner.query(`ALTER TABLE "customer_referrals" DROP CONSTRAINT "fk_customer_referrals__referred_contact_id"`);
        await queryRunner.query(`ALTER TABLE "customer_referrals" DROP CONSTRAINT "fk_customer_referrals__referrer_contact_id"`);
        await queryRunner.query(`ALTER TABLE "loyalty_accounts" DROP CONSTRAINT "fk_loyalty_accounts__program_id"`);
        await queryRunner.query(`ALTER TABLE "loyalty_accounts" DROP CONSTRAINT "fk_loyalty_accounts__contact_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_email_events__created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_email_events__alias_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_email_events__contact_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_email_events__occurred_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_email_events__provider_message_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_email_events__to_address"`);
        await queryRunner.query(`DROP INDEX "public"."ix_email_events__event_type"`);
        await queryRunner.query(`DROP INDEX "public"."uq_email_events__provider_event_id"`);
        await queryRunner.query(`DROP TABLE "email_events"`);
        await queryRunner.query(`DROP INDEX "public"."ix_user_aliases__updated_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_user_aliases__created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_user_aliases__shadow"`);
        await queryRunner.query(`DROP INDEX "public"."ix_user_aliases__enabled"`);
        await queryRunner.query(`DROP INDEX "public"."ix_user_aliases__provider_alias_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_user_aliases__alias"`);
        await queryRunner.query(`DROP INDEX "public"."ix_user_aliases__contact_id"`);
        await queryRunner.query(`DROP INDEX "public"."uq_user_aliases__alias"`);
        await queryRunner.query(`DROP TABLE "user_aliases"`);
        await queryRunner.query(`DROP INDEX "public"."ix_loyalty_events__created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_loyalty_events__order_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_loyalty_events__event_type"`);
        await queryRunner.query(`DROP INDEX "public"."ix_loyalty_events__account"`);
        await queryRunner.query(`DROP INDEX "public"."uq_loyalty_events__order_id"`);
        await queryRunner.query(`DROP INDEX "public"."uq_loyalty_events__referral_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_loyalty_events__due"`);
        await queryRunner.query(`DROP TABLE "loyalty_events"`);
        await queryRunner.query(`DROP TYPE "public"."loyalty_event_type"`);
        await queryRunner.query(`DROP INDEX "public"."ix_customer_referrals__updated_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_customer_referrals__created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_customer_referrals__owner_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_customer_referrals__expires_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_customer_referrals__reward_program_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_customer_referrals__status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_customer_referrals__referred_contact_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_customer_referrals__referred_email"`);
        await queryRunner.query(`DROP INDEX "public"."ix_customer_referrals__referred_name"`);
        await queryRunner.query(`DROP INDEX "public"."ix_customer_referrals__referrer_contact_id"`);
        await queryRunner.query(`DROP TABLE "customer_referrals"`);
        await queryRunner.query(`DROP TYPE "public"."referral_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_loyalty_accounts__updated_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_loyalty_accounts__created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_loyalty_accounts__points_balance"`);
        await queryRunner.query(`DROP INDEX "public"."ix_loyalty_accounts__program_id"`);
        await queryRunner.query(`DROP INDEX "public"."uq_loyalty_accounts__program_id"`);
        await queryRunner.query(`DROP TABLE "loyalty_accounts"`);
        await queryRunner.query(`DROP INDEX "public"."ix_loyalty_programs__updated_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_loyalty_programs__created_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_loyalty_programs__is_active"`);
        await queryRunner.query(`DROP INDEX "public"."ix_loyalty_programs__name"`);
        await queryRunner.query(`DROP TABLE "loyalty_programs"`);
    }

}
