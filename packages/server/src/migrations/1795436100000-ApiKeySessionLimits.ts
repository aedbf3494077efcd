import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An API key session is bound to its one organization and never outranks the person behind it:
 *  - its role is the lesser of the key's role and its creator's current role (a demoted creator's
 *    keys are demoted with them; roles sort OWNER first, so GREATEST is the lesser permission);
 *  - it sets no app.user_id, so the policies that let a person see their own memberships and
 *    organizations elsewhere (own_memberships, member_organizations) never open for a key.
 */
export class ApiKeySessionLimits1795436100000 implements MigrationInterface {
  name = 'ApiKeySessionLimits1795436100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION app_begin_api_key_session(p_key uuid, p_secret_hash text)
      RETURNS TABLE (organization_id uuid, role text, user_id uuid)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        k api_keys%ROWTYPE;
        v_member_role role;
      BEGIN
        -- A key dies with its creator's membership: removing a member disables the keys it made.
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
        SELECT m.role INTO v_member_role FROM memberships m
         WHERE m.organization_id = k.organization_id AND m.user_id = k.created_by_id AND m.deleted_at IS NULL;
        -- Recording each use would be a write per request; a minute's precision is enough.
        UPDATE api_keys a SET last_used_at = now() WHERE a.organization_id = k.organization_id AND a.id = k.id
           AND (a.last_used_at IS NULL OR a.last_used_at < now() - interval '1 minute');
        PERFORM set_config('app.organization_id', k.organization_id::text, false);
        PERFORM set_config('app.user_id', '', false);
        RETURN QUERY SELECT k.organization_id, GREATEST(k.role, v_member_role)::text, k.created_by_id;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION app_begin_api_key_session(uuid, text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_begin_api_key_session(uuid, text) TO crm_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION app_begin_api_key_session(p_key uuid, p_secret_hash text)
      RETURNS TABLE (organization_id uuid, role text, user_id uuid)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE k api_keys%ROWTYPE;
      BEGIN
        SELECT a.* INTO k FROM api_keys a
          JOIN memberships m ON m.organization_id = a.organization_id AND m.user_id = a.created_by_id AND m.deleted_at IS NULL
          JOIN organizations o ON o.id = a.organization_id AND o.deleted_at IS NULL
         WHERE a.id = p_key AND a.secret_hash = p_secret_hash
           AND a.revoked_at IS NULL AND (a.expires_at IS NULL OR a.expires_at > now());
        IF NOT FOUND THEN
          PERFORM set_config('app.organization_id', '', false);
          PERFORM set_config('app.user_id', '', false);
          RETURN;
        END IF;
        UPDATE api_keys a SET last_used_at = now() WHERE a.organization_id = k.organization_id AND a.id = k.id
           AND (a.last_used_at IS NULL OR a.last_used_at < now() - interval '1 minute');
        PERFORM set_config('app.organization_id', k.organization_id::text, false);
        PERFORM set_config('app.user_id', k.created_by_id::text, false);
        RETURN QUERY SELECT k.organization_id, k.role::text, k.created_by_id;
      END $$`);
  }
}
