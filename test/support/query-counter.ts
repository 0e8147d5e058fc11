import type { Logger } from 'typeorm';

/** A TypeORM logger that counts the SQL statements sent, so a test can prove a query's cost. */
export class QueryCounter implements Logger {
  statements: string[] = [];
  logQuery(query: string): void { this.statements.push(query); }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
  reset(): void { this.statements = []; }
  get count(): number { return this.statements.length; }
}
