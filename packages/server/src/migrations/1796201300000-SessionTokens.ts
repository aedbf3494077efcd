import { MigrationInterface, QueryRunner } from 'typeorm';
import { beginSessionFunction } from './1795436200000-SessionLimits';

/**
 * A signed-in session's token: what app_begin_session decided for (organization, user) — role and
 * limits — as one text, or null unless this connection's session is that user's in that
 * organization and the membership still stands. A compiled read on a connection already opened
 * for the same user and organization asks for it in its own statement instead of running the
 * opener first (platform/db-session.ts): one round trip, with the membership checked in the same
 * snapshot as the rows it returns. PL/pgSQL, not SQL: its query is planned once per connection,
 * where a SQL function's body is planned again at every call (0.3 ms on the board's statement).
 */
const SESSION_TOKEN = `CREATE FUNCTION app_session_token(p_org uuid, p_user uuid) RETURNS text
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
  BEGIN
    IF current_setting('app.organization_id', true) IS DISTINCT FROM p_org::text OR current_setting('app.user_id', true) IS DISTINCT FROM p_user::text THEN
      RETURN NULL;
    END IF;
    RETURN (SELECT m.role::text || ' ' || coalesce(o.settings -> 'apiLimits', '{}'::jsonb)::text FROM memberships m
      JOIN users u ON u.id = m.user_id AND u.is_active
      JOIN organizations o ON o.id = m.organization_id AND o.deleted_at IS NULL
     WHERE m.organization_id = p_org AND m.user_id = p_user AND m.deleted_at IS NULL);
  END $$`;

export class SessionTokens1796201300000 implements MigrationInterface {
  name = 'SessionTokens1796201300000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(SESSION_TOKEN);
    await q.query(`DROP FUNCTION app_begin_session(uuid, uuid)`);
    await q.query(beginSessionFunction(true));
    await q.query(`REVOKE ALL ON FUNCTION app_begin_session(uuid, uuid), app_session_token(uuid, uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_begin_session(uuid, uuid), app_session_token(uuid, uuid) TO crm_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION app_begin_session(uuid, uuid)`);
    await q.query(beginSessionFunction(false));
    await q.query(`REVOKE ALL ON FUNCTION app_begin_session(uuid, uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_begin_session(uuid, uuid) TO crm_app`);
    await q.query(`DROP FUNCTION app_session_token(uuid, uuid)`);
  }
}
