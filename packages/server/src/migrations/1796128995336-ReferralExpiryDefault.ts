import { MigrationInterface, QueryRunner } from "typeorm";

/** A referral's default validity is set on create (CustomerReferral's hook): TypeORM cannot compare an interval default. */
export class ReferralExpiryDefault1796128995336 implements MigrationInterface {
    name = 'ReferralExpiryDefault1796128995336'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "customer_referrals" ALTER COLUMN "expires_at" DROP DEFAULT`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "customer_referrals" ALTER COLUMN "expires_at" SET DEFAULT (now() + '90 days'::interval)`);
    }
}
