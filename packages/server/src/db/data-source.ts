import 'reflect-metadata';
import path from 'node:path';
import { types } from 'pg';
import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from '../platform/naming';
import { ENTITIES } from './entities';

// Dates stay calendar strings and counts become numbers; NUMERIC stays a string (exact money).
types.setTypeParser(1082, (v) => v);
types.setTypeParser(20, (v) => Number(v));

/** The owner connection: runs migrations, seeds and generators. The API itself uses the app pool. */
export function createDataSource(url: string, extra: Record<string, unknown> = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: [path.join(__dirname, '..', 'migrations', '*.js')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: false,
    extra: { max: 4, ...extra },
  });
}
