import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The one place a raw SQL result is typed. Repositories declare the row shape they select (an
 * entity's properties, or a row interface declared once beside the query) and get it back typed;
 * services never see `.query()` or cast a result.
 *
 * @example
 * const rows = await selectRows<{ caseId: string; n: number }>(db, 'SELECT case_id AS "caseId", count(*)::int AS n FROM obligation GROUP BY 1', []);
 */
export async function selectRows<T extends object>(db: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  // node-postgres returns rows as plain objects keyed by the selected aliases; the SQL beside the
  // row type is what makes this cast true, which is why both live in the same repository.
  return db.query<T[]>(sql, params as unknown[]);
}

/** One row or null. */
export async function selectRow<T extends object>(db: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T | null> {
  const rows = await selectRows<T>(db, sql, params);
  return rows[0] ?? null;
}

/**
 * Runs a statement that returns no rows the caller reads, and answers how many rows it touched
 * (UPDATE/DELETE/INSERT through the query runner's structured result).
 */
export async function execute(db: EntityManager, sql: string, params: readonly unknown[] = []): Promise<number> {
  const runner = db.queryRunner ?? db.connection.createQueryRunner();
  try {
    const result = await runner.query(sql, params as unknown[], true);
    return result.affected ?? 0;
  } finally {
    if (!db.queryRunner) await runner.release();
  }
}

const DATE_TYPES = new Set<unknown>(['date']);

/**
 * A timestamptz as UTC ISO text to the microsecond, for keyset cursors: a JavaScript Date keeps
 * milliseconds only, and a cursor rounded down would page the same row twice.
 *
 * @example
 * `SELECT ${EXACT_INSTANT('n.created_at')} AS "cursorAt" FROM eligibility_notice n` // '2026-10-01T17:00:00.123456Z'
 */
export const EXACT_INSTANT = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * The select list of an entity's columns as its property names, generated from the entity's
 * metadata so no alias string is kept by hand: `c.client_id AS "clientId", ...`. `date` columns
 * are selected as `YYYY-MM-DD` text, as TypeORM hydrates them, instead of node-postgres's
 * local-midnight Date.
 *
 * @example
 * `SELECT ${entityColumns(db, CaseEntity, 'c')} FROM work_case c WHERE c.id = $1`
 */
export function entityColumns<T extends ObjectLiteral>(db: EntityManager, entity: EntityTarget<T>, alias: string, only?: ReadonlyArray<keyof T & string>): string {
  const metadata = db.connection.getMetadata(entity);
  // Built once per entity, alias and column list: the write path asks for the same list on every transition.
  const key = `${alias}|${only ? only.join(',') : '*'}`;
  let perEntity = selectListCache.get(metadata);
  if (!perEntity) selectListCache.set(metadata, (perEntity = new Map<string, string>()));
  const cached = perEntity.get(key);
  if (cached !== undefined) return cached;
  const columns = only ? metadata.columns.filter((c) => only.includes(c.propertyName as keyof T & string)) : metadata.columns;
  const list = columns
    .map((c) => {
      const ref = `${alias}.${c.databaseName}`;
      const value = DATE_TYPES.has(c.type) ? `to_char(${ref}, 'YYYY-MM-DD')` : ref;
      return `${value} AS "${c.propertyName}"`;
    })
    .join(', ');
  perEntity.set(key, list);
  return list;
}

const selectListCache = new WeakMap<object, Map<string, string>>();

/**
 * Runs a write with a RETURNING clause and answers the returned rows, typed like `selectRows`.
 * Through the query runner's structured result: TypeORM answers a bare UPDATE ... RETURNING
 * through `.query()` as [rows, count].
 *
 * @example
 * const rows = await writeReturning<{ id: string }>(db, 'UPDATE work_case SET version = version + 1 WHERE id = $1 RETURNING id', [id]);
 */
export async function writeReturning<T extends object>(db: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  const runner = db.queryRunner ?? db.connection.createQueryRunner();
  try {
    const result = await runner.query(sql, params as unknown[], true);
    return (result.records ?? []) as T[];
  } finally {
    if (!db.queryRunner) await runner.release();
  }
}

/** Answers whether the database takes statements (the readiness probe). */
export async function ping(db: EntityManager): Promise<void> {
  await db.query('SELECT 1');
}
