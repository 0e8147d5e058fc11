import 'reflect-metadata';
import { createDataSource } from './src/db/data-source';

/**
 * The DataSource for TypeORM's CLI (e.g. `npx typeorm migration:show -d dist/ormconfig.js`).
 * The service itself builds its DataSource in src/db and runs pending migrations at start.
 */
const url = process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/work_services';
export default createDataSource({ url });
