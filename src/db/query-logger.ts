import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import type { Logger } from '../logger';

/**
 * What a log may say about a statement: its command and first table (`INSERT client`), never its
 * text (a statement may inline a literal) nor its parameters, which are client names, birth dates,
 * phone numbers, addresses and note text.
 *
 * @example summarizeSql('INSERT INTO "client"("first_name") VALUES ($1)') // 'INSERT client'
 */
export function summarizeSql(sql: unknown): string {
  if (typeof sql !== 'string') return 'unknown';
  const text = sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ').trim();
  const command = /^[A-Za-z]+/.exec(text)?.[0]?.toUpperCase() ?? 'unknown';
  const table = /\b(?:FROM|INTO|UPDATE|JOIN|TABLE)\s+"?([A-Za-z_][\w.]*)"?/i.exec(text)?.[1];
  return table ? `${command} ${table}` : command;
}

/**
 * The facts of a database error a log may keep: PostgreSQL's SQLSTATE code and the names of the
 * constraint, table and column, never `detail` ("Key (email)=(x@y) already exists"), `where` or
 * the message (`invalid input syntax for type uuid: "..."` quotes the value).
 */
export function databaseErrorFacts(error: unknown): Record<string, string> {
  const e = (error ?? {}) as Record<string, unknown>;
  const driver = (e.driverError ?? e) as Record<string, unknown>;
  const facts: Record<string, string> = {};
  for (const key of ['code', 'severity', 'constraint', 'table', 'column', 'dataType', 'routine'] as const) {
    if (typeof driver[key] === 'string') facts[key] = driver[key];
  }
  return facts;
}

/**
 * TypeORM's logger for the service: a failed statement is one line with its summary and error
 * code, so an operator sees which table failed and why (23505, 22P02) without the values sent.
 * `next` (a test's QueryCounter) still receives every call as TypeORM makes it.
 */
export class QueryLogger implements TypeOrmLogger {
  constructor(private readonly sink?: Logger, private readonly next?: TypeOrmLogger) {}

  logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.next?.logQuery(query, parameters, queryRunner);
    this.sink?.trace({ statement: summarizeSql(query) }, 'query');
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.next?.logQueryError(error, query, parameters, queryRunner);
    this.sink?.warn({ statement: summarizeSql(query), db: databaseErrorFacts(error) }, 'query failed');
  }

  logQuerySlow(time: number, query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.next?.logQuerySlow(time, query, parameters, queryRunner);
    this.sink?.warn({ statement: summarizeSql(query), ms: time }, 'slow query');
  }

  logSchemaBuild(message: string, queryRunner?: QueryRunner): void {
    this.next?.logSchemaBuild(message, queryRunner);
  }

  logMigration(message: string, queryRunner?: QueryRunner): void {
    this.next?.logMigration(message, queryRunner);
    // TypeORM's migration messages name the migration only ("Migration X has been executed successfully.").
    this.sink?.info({ migration: message.slice(0, 200) }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown, queryRunner?: QueryRunner): void {
    this.next?.log(level, message, queryRunner);
    // Free text from TypeORM may quote SQL; only its kind is kept.
    this.sink?.[level === 'warn' ? 'warn' : 'debug']({ typeorm: level }, 'typeorm message');
  }
}
