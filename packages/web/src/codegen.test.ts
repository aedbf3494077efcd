import { execFileSync } from 'node:child_process';
import path from 'node:path';

// The committed src/gql/ must match the operations in src/ and packages/schema/schema.graphql.
it('generated GraphQL types are up to date (pnpm codegen:check)', () => {
  const webRoot = path.resolve(__dirname, '..');
  let output = '';
  try {
    output = execFileSync(process.execPath, [path.join(webRoot, 'scripts', 'codegen.mjs'), '--check'], { cwd: webRoot, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    throw new Error(`${failure.stderr ?? ''}${failure.stdout ?? ''}`);
  }
  expect(output).toContain('up to date');
}, 60000);
