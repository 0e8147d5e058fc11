import type { DataSource } from 'typeorm';

/**
 * Tables a refused request may still write, by design: rate_limit counts every request and
 * access_log records reads (issue 11). Nothing else may change when a write is refused.
 */
export const BOOKKEEPING_TABLES = ['rate_limit', 'access_log'] as const;

/**
 * Every table's row count and an md5 of its rows (as text, in a fixed order), bookkeeping tables
 * left out: equal before and after a request proves it wrote nothing, in any table.
 *
 * @example
 * const before = await tableChecksums(app.dataSource);
 * await app.gql(REFUSED_MUTATION, { input }, token);
 * expect(await tableChecksums(app.dataSource)).toEqual(before);
 */
export async function tableChecksums(dataSource: DataSource): Promise<Array<{ t: string; n: number; h: string }>> {
  const names: Array<{ t: string }> = await dataSource.query(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1)) ORDER BY 1`,
    [[...BOOKKEEPING_TABLES]],
  );
  const sql = names.map(({ t }) => `SELECT '${t}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${t}" x`).join(' UNION ALL ');
  return dataSource.query(sql);
}
