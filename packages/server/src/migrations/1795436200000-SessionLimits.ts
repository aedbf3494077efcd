import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * app_begin_session as this migration writes it; `withToken` (migration SessionTokens) also returns
 * the session's token, app_session_token's answer for the member it opens.
 */
export const beginSessionFunction = (withToken: boolean) => `CREATE FUNCTION app_begin_session(p_org uuid, p_user uuid) RETURNS TABLE (role text, limits jsonb${withToken ? ', token text' : ''})
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE v_role text; v_limits jsonb;
      BEGIN
        PERFORM set_config('app.user_id', coalesce(p_user::text, ''), false);
        IF p_org IS NOT NULL AND p_user IS NOT NULL THEN
          SELECT m.role::text, coalesce(o.settings -> 'apiLimits', '{}'::jsonb) INTO v_role, v_limits FROM memberships m
            JOIN users u ON u.id = m.user_id AND u.is_active
            JOIN organizations o ON o.id = m.organization_id AND o.deleted_at IS NULL
           WHERE m.organization_id = p_org AND m.user_id = p_user AND m.deleted_at IS NULL;
        END IF;
        PERFORM set_config('app.organization_id', CASE WHEN v_role IS NULL THEN '' ELSE p_org::text END, false);
        RETURN QUERY SELECT v_role, v_limits${withToken ? ', CASE WHEN v_role IS NULL THEN NULL ELSE app_session_token(p_org, p_user) END' : ''};
      END $$`;

/**
 * Session functions now also return the query limits that apply (organization settings and API
 * key), so authenticating a request stays one statement; idempotency keys get the tenant wall.
 */
export class SessionLimits1795436200000 implements MigrationInterface {
  name = 'SessionLimits1795436200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "idempotency_keys" TO crm_app`);
    await q.query(`ALTER TABLE "idempotency_keys" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON "idempotency_keys" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);

    await q.query(`DROP FUNCTION app_begin_session(uuid, uuid)`);
    await q.query(beginSessionFunction(false));

    await q.query(`DROP FUNCTION app_begin_api_key_session(uuid, text)`);
    await q.query(`CREATE FUNCTION app_begin_api_key_session(p_key uuid, p_secret_hash text)
      RETURNS TABLE (organization_id uuid, role text, user_id uuid, org_limits jsonb, key_limits jsonb, registered_operations_only boolean)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE k api_keys%ROWTYPE; v_org_limits jsonb; v_member_role role;
      BEGIN
        -- A key dies with its creator's membership and never outranks its creator's current role
        -- (roles sort OWNER first, so GREATEST is the lesser permission).
        SELECT a.* INTO k FROM api_keys a
          JOIN memberships m ON m.organization_id = a.organization_id AND m.user_id = a.created_by_id AND m.deleted_at IS NULL
          JOIN users u ON u.id = a.created_by_id AND u.is_active
          JOIN organizations o ON o.id = a.organization_id AND o.deleted_at IS NULL
         WHERE a.id = p_key AND a.secret_hash = p_secret_hash
           AND a.revoked_at IS NULL AND (a.expires_at IS NULL OR a.expires_at > now());
        IF NOT FOUND THEN
          PERFORM set_config('app.organization_id', '', false);
          PERFORM set_config('app.user_id', '', false);
          RETURN;
        END IF;
        SELECT m.role, coalesce(o.settings -> 'apiLimits', '{}'::jsonb) INTO v_member_role, v_org_limits
          FROM memberships m JOIN organizations o ON o.id = m.organization_id
         WHERE m.organization_id = k.organization_id AND m.user_id = k.created_by_id AND m.deleted_at IS NULL;
        -- Recording each use would be a write per request; a minute's precision is enough.
        UPDATE api_keys a SET last_used_at = now() WHERE a.organization_id = k.organization_id AND a.id = k.id
           AND (a.last_used_at IS NULL OR a.last_used_at < now() - interval '1 minute');
        PERFORM set_config('app.organization_id', k.organization_id::text, false);
        -- No app.user_id: the person-level policies (own memberships elsewhere) never open for a key.
        PERFORM set_config('app.user_id', '', false);
        RETURN QUERY SELECT k.organization_id, GREATEST(k.role, v_member_role)::text, k.created_by_id, v_org_limits, k.limits, k.registered_operations_only;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION app_begin_session(uuid, uuid), app_begin_api_key_session(uuid, text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_begin_session(uuid, uuid), app_begin_api_key_session(uuid, text) TO crm_app`);
  }

  public async down(): Promise<void> {
    throw new Error('SessionLimits cannot be reverted on its own; restore from a backup taken before it');
  }
}
