// The persisted-operation manifest of the web app (packages/schema/persisted-operations.json):
// every operation of src/gql/ exactly as Apollo Client sends it (with __typename added), by sha256.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { print } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';

export const manifestFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema', 'persisted-operations.json');

export const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** The manifest's text for the documents in a generated graphql.ts. */
export function manifestOf(generatedGraphqlTs) {
  const operations = {};
  for (const match of fs.readFileSync(generatedGraphqlTs, 'utf8').matchAll(/^export const \w+Document = (\{.*\}) as unknown as DocumentNode/gm)) {
    const source = print(addTypenameToDocument(JSON.parse(match[1])));
    operations[sha256(source)] = source;
  }
  const sorted = Object.fromEntries(Object.entries(operations).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
