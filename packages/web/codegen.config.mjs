// graphql-codegen configuration shared by `pnpm codegen` and `pnpm codegen:check` (scripts/codegen.mjs).
// Operations are written with graphql() next to the components that use them and typed from the
// committed schema of the API.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const webRoot = path.dirname(fileURLToPath(import.meta.url));
export const schemaFile = path.resolve(webRoot, '../schema/schema.graphql');

/** @returns {import('@graphql-codegen/cli').CodegenConfig} */
export function codegenConfig(outDir = 'src/gql/') {
  return {
    schema: schemaFile,
    documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      [outDir]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          skipTypename: false,
          nonOptionalTypename: true,
          avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
          scalars: {
            Date: 'string',
            DateTimeISO: 'string',
            Decimal: 'string',
            JSON: 'unknown',
            JSONObject: 'Record<string, unknown>',
          },
        },
      },
    },
  };
}
