import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:gql-document/';
const RESOLVED = '\0gql-document:';

/**
 * The client preset's graphql() looks documents up in one map of every operation of the app, and
 * even importing the documents from src/gql/graphql.ts puts them all in one shared chunk (a module
 * is never split between chunks). This build step does what the preset's Babel/SWC plugins do,
 * one step further: each `graphql(`…`)` call becomes an import of a tiny module holding only that
 * document (taken from the generated graphql.ts), so every route chunk carries exactly the
 * operations it uses. Types are unaffected: TypeScript still sees the graphql() overloads.
 */
export function graphqlDocuments(options: { generatedModule: string }): Plugin {
  const generated = path.resolve(options.generatedModule);
  const call = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
  let cache: { mtime: number; documents: Map<string, string> } | null = null;

  function documents(): Map<string, string> {
    const mtime = fs.statSync(generated).mtimeMs;
    if (cache?.mtime === mtime) return cache.documents;
    const map = new Map<string, string>();
    for (const match of fs.readFileSync(generated, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm)) {
      map.set(match[1]!, match[2]!);
    }
    cache = { mtime, documents: map };
    return map;
  }

  return {
    name: 'crm-graphql-documents',
    enforce: 'pre',
    resolveId(source) {
      return source.startsWith(PREFIX) ? RESOLVED + source.slice(PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      const json = documents().get(name);
      if (!json) this.error(`No generated document ${name} in ${generated}; run pnpm codegen`);
      this.addWatchFile(generated);
      return `export default ${json};\n`;
    },
    transform(code, id) {
      if (!/\.[cm]?[jt]sx?$/.test(id) || id.includes('/node_modules/') || id.startsWith(path.dirname(generated)) || !code.includes('graphql(')) return null;
      const imports = new Map<string, string>();
      const transformed = code.replace(call, (whole, body: string) => {
        const definition = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(body);
        if (!definition) return whole;
        const name = definition[1] === 'fragment' ? `${definition[2]}FragmentDoc` : `${definition[2]}Document`;
        imports.set(`__gql_${name}`, name);
        return `__gql_${name}`;
      });
      if (!imports.size) return null;
      const header = [...imports].map(([local, name]) => `import ${local} from ${JSON.stringify(PREFIX + name)};`).join('\n');
      return { code: `${header}\n${transformed}`, map: null };
    },
  };
}
