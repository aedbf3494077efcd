import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What TypeORM cannot express: the app role, row-level security as the second tenant wall,
 * session functions, case-insensitive e-mail uniqueness and the GIN indexes for search and custom fields.
 */
const TENANT_TABLES = [
  'memberships', 'teams', 'api_keys', 'invitations', 'audit_logs', 'custom_field_definitions',
  'companies', 'contacts', 'pipelines', 'pipeline_stages', 'deals', 'deal_stage_changes', 'activities',
];

export class TenantSecurityAndSearch1795434457156 implements MigrationInterface {
  name = 'TenantSecurityAndSearch1795434457156';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNIQUE INDEX "uq_users__email" ON "users" (lower("email"))`);
    await q.query(`CREATE INDEX "ix_companies__search" ON "companies" USING gin (to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(industry, '') || ' ' || coalesce(website, '') || ' ' || coalesce(email, '') || ' ' || coalesce(city, '')))`);
    await q.query(`CREATE INDEX "ix_contacts__search" ON "contacts" USING gin (to_tsvector('simple', coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(job_title, '') || ' ' || coalesce(phone, '')))`);
    await q.query(`CREATE INDEX "ix_deals__search" ON "deals" USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(source, '')))`);
    for (const table of ['companies', 'contacts', 'deals', 'activities']) {
      await q.query(`CREATE INDEX "ix_${table}__custom_fields" ON "${table}" USING gin ("custom_fields" jsonb_path_ops)`);
    }

    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crm_app') THEN CREATE ROLE crm_app NOLOGIN NOBYPASSRLS; END IF;
    END $$`);
    // SET ROLE needs membership; a superuser has it anyway, a plain owner gets it here if it may.
    await q.query(`DO $$ BEGIN EXECUTE format('GRANT crm_app TO %I', current_user); EXCEPTION WHEN others THEN NULL; END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO crm_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${TENANT_TABLES.map((t) => `"${t}"`).join(', ')} TO crm_app`);
    await q.query(`GRANT SELECT, UPDATE ON "organizations" TO crm_app`);
    await q.query(`GRANT SELECT ON "users" TO crm_app`);

    await q.query(`CREATE FUNCTION app_current_org() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.organization_id', true), '')::uuid $$`);
    await q.query(`CREATE FUNCTION app_current_user() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$`);

    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
    }
    // A user lists its own memberships across organizations (the organization switcher).
    await q.query(`CREATE POLICY own_memberships ON "memberships" FOR SELECT USING (user_id = app_current_user())`);
    await q.query(`ALTER TABLE "organizations" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON "organizations" USING (id = app_current_org()) WITH CHECK (id = app_current_org())`);
    await q.query(`CREATE POLICY member_organizations ON "organizations" FOR SELECT USING (id IN (SELECT organization_id FROM memberships WHERE user_id = app_current_user() AND deleted_at IS NULL))`);
    await q.query(`ALTER TABLE "users" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY colleagues ON "users" FOR SELECT USING (id = app_current_user() OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.organization_id = app_current_org()))`);
    // Policies bind the app role; the table owner (migrations, seeds, identity store) is not subject to them.

    await q.query(`CREATE FUNCTION app_begin_session(p_org uuid, p_user uuid) RETURNS text
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE v_role text;
      BEGIN
        PERFORM set_config('app.user_id', coalesce(p_user::text, ''), false);
        IF p_org IS NOT NULL AND p_user IS NOT NULL THEN
          SELECT m.role::text INTO v_role FROM memberships m
            JOIN users u ON u.id = m.user_id AND u.is_active
            JOIN organizations o ON o.id = m.organization_id AND o.deleted_at IS NULL
           WHERE m.organization_id = p_org AND m.user_id = p_user AND m.deleted_at IS NULL;
        END IF;
        PERFORM set_config('app.organization_id', CASE WHEN v_role IS NULL THEN '' ELSE p_org::text END, false);
        RETURN v_role;
      END $$`);
    await q.query(`CREATE FUNCTION app_begin_api_key_session(p_key uuid, p_secret_hash text)
      RETURNS TABLE (organization_id uuid, role text, user_id uuid)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE k api_keys%ROWTYPE;
      BEGIN
        -- A key dies with its creator's membership: removing a member disables the keys it made.
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
        -- Recording each use would be a write per request; a minute's precision is enough.
        UPDATE api_keys a SET last_used_at = now() WHERE a.organization_id = k.organization_id AND a.id = k.id
           AND (a.last_used_at IS NULL OR a.last_used_at < now() - interval '1 minute');
        PERFORM set_config('app.organization_id', k.organization_id::text, false);
        PERFORM set_config('app.user_id', k.created_by_id::text, false);
        RETURN QUERY SELECT k.organization_id, k.role::text, k.created_by_id;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION app_begin_session(uuid, uuid), app_begin_api_key_session(uuid, text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_begin_session(uuid, uuid), app_begin_api_key_session(uuid, text), app_current_org(), app_current_user() TO crm_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS app_begin_api_key_session(uuid, text)`);
    await q.query(`DROP FUNCTION IF EXISTS app_begin_session(uuid, uuid)`);
    for (const table of [...TENANT_TABLES, 'organizations', 'users']) {
      await q.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
      await q.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
    }
    await q.query(`DROP POLICY IF EXISTS own_memberships ON "memberships"`);
    await q.query(`DROP POLICY IF EXISTS member_organizations ON "organizations"`);
    await q.query(`DROP POLICY IF EXISTS colleagues ON "users"`);
    await q.query(`DROP FUNCTION IF EXISTS app_current_user()`);
    await q.query(`DROP FUNCTION IF EXISTS app_current_org()`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM crm_app`);
    for (const table of ['companies', 'contacts', 'deals', 'activities']) await q.query(`DROP INDEX IF EXISTS "ix_${table}__custom_fields"`);
    for (const table of ['companies', 'contacts', 'deals']) await q.query(`DROP INDEX IF EXISTS "ix_${table}__search"`);
    await q.query(`DROP INDEX IF EXISTS "uq_users__email"`);
  }
}
