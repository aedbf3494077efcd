import { createDataSource } from './data-source';

/** For the TypeORM CLI (migration:generate); exports exactly one DataSource. */
export default createDataSource(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/crm_migrations');
