import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';

export interface DataSourceOptions {
  url: string;
  /** Lets a test count the SQL statements a query runs. */
  logger?: TypeOrmLogger;
  poolSize?: number;
}

/** The one place that describes how the service talks to PostgreSQL. The schema comes from migrations only. */
export function createDataSource({ url, logger, poolSize = 10 }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: logger ? ['query'] : false,
    logger,
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
