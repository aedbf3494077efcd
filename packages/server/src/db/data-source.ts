import 'reflect-metadata';
import { types } from 'pg';
import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from '../platform/naming';
import { ENTITIES } from './entities';
import { MIGRATIONS } from '../migrations';

// Dates stay calendar strings and counts become numbers; NUMERIC stays a string (exact money).
types.setTypeParser(1082, (v) => v);
types.setTypeParser(20, (v) => Number(v));

/** The owner connection: runs migrations, seeds and generators. The API itself uses the app pool. */
export function createDataSource(url: string, extra: Record<string, unknown> = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: false,
    // A bounded wait for a connection: sign-ins during an outage fail fast instead of queueing forever.
    extra: { max: 4, connectionTimeoutMillis: 10_000, ...extra },
  });
}
