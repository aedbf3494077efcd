import fs from 'node:fs';
import path from 'node:path';

/**
 * Modules never write the tenant or trash filter themselves: hand-written SQL goes through the
 * scoped query builder (platform/resource/scoped.ts), which also applies row filters and the read
 * rule. The few places that must look past one organization are listed here with their reason.
 */
const MODULES = path.resolve(__dirname, '..', '..', 'src', 'modules');
const HAND_WRITTEN = [/organization_id\s*=\s*\$\{/, /organization_id\s*=\s*\$\d/, /deleted_at IS NULL/i];

const ALLOWED: { file: string; line: string; reason: string }[] = [
  { file: 'sales/rollups.ts', line: "where: '", reason: 'rollup conditions run inside triggers over transition tables, not in a caller session' },
  { file: 'sales/rollups.ts', line: 'where: "', reason: 'rollup conditions run inside triggers over transition tables, not in a caller session' },
  { file: 'sales/kept-sums.ts', line: 'AND d.deleted_at IS NULL', reason: 'a bulk load rebuilds the kept sums of the organizations it loaded on the owner connection, counting live deals as the triggers do' },
  { file: 'identity/identity.service.ts', line: '', reason: 'sign-up, sign-in and accepting an invitation run on the owner connection before any tenant session exists' },
  { file: 'identity/identity.resolver.ts', line: 'JOIN organizations o ON o.id = m.organization_id AND o.deleted_at IS NULL', reason: '`me` lists the caller\'s own organizations, across tenants' },
  { file: 'identity/identity.resolver.ts', line: 'm.organization_id = ${onlyOrganization}', reason: '`me` lists the caller\'s own organizations, across tenants' },
];

export function handWrittenScope(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    if (!HAND_WRITTEN.some((p) => p.test(line))) return [];
    if (ALLOWED.some((a) => file.endsWith(a.file) && line.includes(a.line))) return [];
    return [`${file}:${i + 1}: ${line.trim()}`];
  });
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    // Entities declare partial indexes (`where: 'deleted_at IS NULL'`): a declaration, not a query.
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.entity.ts') ? [full] : [];
  });
}

it('no module writes organization_id = … or deleted_at IS NULL by hand', () => {
  const offenders = sources(MODULES).flatMap((file) => handWrittenScope(path.relative(MODULES, file), fs.readFileSync(file, 'utf8')));
  expect(offenders).toEqual([]);
});

it('the scan finds what it is meant to find', () => {
  expect(handWrittenScope('sales/report.ts', 'sql`SELECT * FROM deals WHERE organization_id = ${ctx.organizationId} AND deleted_at IS NULL`')).toHaveLength(1);
  expect(handWrittenScope('sales/report.ts', 'sql`UPDATE deals SET x = 1 WHERE organization_id = $1`')).toHaveLength(1);
  expect(handWrittenScope('sales/report.ts', 'sql`SELECT * FROM ${tableAs(DealResource, \'d\')} WHERE ${readable(ctx, DealResource, \'d\')}`')).toHaveLength(0);
});
