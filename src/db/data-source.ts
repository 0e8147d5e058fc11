import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { ENTITIES } from '../entities';
import type { Logger } from '../logger';
import { MIGRATIONS } from '../migrations';
import { grantAppPrivileges } from './privileges';
import { QueryLogger } from './query-logger';

export interface DataSourceOptions {
  url: string;
  /** Lets a test count the SQL statements a query runs. */
  logger?: TypeOrmLogger;
  /** Where a failed statement is reported: its summary and SQLSTATE only, never SQL parameters (src/db/query-logger.ts). */
  log?: Logger;
  poolSize?: number;
}

/** The one place that describes how the service talks to PostgreSQL. The schema comes from migrations only. */
export function createDataSource({ url, logger, log, poolSize = 10 }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: logger ? ['query'] : false,
    // An object logger receives every call; a test's counter still sees each statement through it.
    logger: new QueryLogger(log, logger),
    extra: { max: poolSize },
  });
}

/** Connects and applies pending migrations, each in its own transaction. */
export async function openDatabase(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

export interface AppDatabaseOptions extends Omit<DataSourceOptions, 'url'> {
  /** The owner: runs the migrations and grants the app's role (MIGRATION_DATABASE_URL). */
  ownerUrl: string;
  /** The app's login (DATABASE_URL): neither the owner nor a superuser. */
  appUrl: string;
  /** The role the grants go to; by default the user named in appUrl (DATABASE_APP_ROLE). */
  appRole?: string;
}

/** The user a postgres:// URL logs in as. */
export function userOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username) || (process.env.PGUSER ?? '');
}

/**
 * Least privilege (src/db/privileges.ts): migrates as the owner, resets the app role's grants to
 * what the app needs (so tables made by any migration are covered), then connects as the app.
 */
export async function openAppDatabase({ ownerUrl, appUrl, appRole, ...options }: AppDatabaseOptions): Promise<DataSource> {
  const owner = await openDatabase({ url: ownerUrl, poolSize: 1, log: options.log });
  try {
    await grantAppPrivileges(owner, appRole ?? userOfUrl(appUrl));
  } finally {
    await owner.destroy();
  }
  const app = createDataSource({ ...options, url: appUrl });
  await app.initialize();
  return app;
}
