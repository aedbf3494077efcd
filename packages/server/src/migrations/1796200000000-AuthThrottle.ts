import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters for sign-in and credential throttling (src/platform/auth/throttle.ts), shared by every
 * server process, in the layout rate-limiter-flexible's RateLimiterPostgres expects (created here so
 * the library never issues DDL at runtime). UNLOGGED: short-lived counters need no WAL; a crash only
 * forgets them. Only the owner role uses it: crm_app gets no grant.
 */
export class AuthThrottle1796200000000 implements MigrationInterface {
  name = 'AuthThrottle1796200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNLOGGED TABLE "auth_throttle" (
      "key" varchar(255) NOT NULL,
      "points" integer NOT NULL DEFAULT 0,
      "expire" bigint,
      CONSTRAINT "PK_auth_throttle" PRIMARY KEY ("key")
    )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "auth_throttle"`);
  }
}
