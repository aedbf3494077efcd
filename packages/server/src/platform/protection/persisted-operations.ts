import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The operations first-party clients ship with (packages/schema/persisted-operations.json,
 * `{ "<sha256 of the document>": "<document>" }`). They are always resolvable by hash, and API keys
 * marked "registered operations only" may run nothing else.
 */
export class OperationManifest {
  private constructor(private readonly byHash: Map<string, string>) {}

  static load(file: string | undefined): OperationManifest {
    if (!file || !fs.existsSync(file)) return new OperationManifest(new Map());
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    const byHash = new Map<string, string>();
    for (const [hash, document] of Object.entries(parsed)) {
      if (sha256(document) !== hash) throw new Error(`Persisted operation ${hash} does not match its document's sha256`);
      byHash.set(hash, document);
    }
    return new OperationManifest(byHash);
  }

  static of(documents: string[]): OperationManifest {
    return new OperationManifest(new Map(documents.map((d) => [sha256(d), d])));
  }

  get size(): number {
    return this.byHash.size;
  }

  document(hash: string): string | undefined {
    return this.byHash.get(hash);
  }

  isRegistered(source: string): boolean {
    return this.byHash.has(sha256(source));
  }
}

/**
 * Apollo's automatic-persisted-query store: registered operations first, then what clients have
 * sent this process (a bounded least-recently-used map).
 */
export class PersistedQueryCache implements KeyValueCache<string> {
  private readonly recent = new Map<string, string>();

  constructor(private readonly manifest: OperationManifest, private readonly capacity = 5000) {}

  async get(key: string): Promise<string | undefined> {
    const hash = key.replace(/^apq:/, '');
    const registered = this.manifest.document(hash);
    if (registered) return registered;
    const value = this.recent.get(key);
    if (value !== undefined) {
      this.recent.delete(key);
      this.recent.set(key, value);
    }
    return value;
  }

  async set(key: string, value: string): Promise<void> {
    this.recent.delete(key);
    this.recent.set(key, value);
    if (this.recent.size > this.capacity) this.recent.delete(this.recent.keys().next().value!);
  }

  async delete(key: string): Promise<boolean | void> {
    this.recent.delete(key);
  }
}
