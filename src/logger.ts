import { GraphQLError } from 'graphql';
import pino from 'pino';
import { databaseErrorFacts, summarizeSql } from './db/query-logger';

/**
 * An error message with the values it may embed masked: quoted text ("...", '...'), e-mail
 * addresses, and runs of digits such as dates, phone numbers and amounts. Messages are written
 * by code, so what is left (the words) says what failed, not to whom.
 *
 * @example scrubMessage('Not a calendar date (YYYY-MM-DD): "1994-05-17"') // 'Not a calendar date (YYYY-MM-DD): "…"'
 */
export function scrubMessage(message: string): string {
  return message
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '"…"')
    .replace(/\([^()]*\)=\([^()]*\)/g, '(…)=(…)')
    .replace(/[^\s@]+@[^\s@]+/g, '…@…')
    .replace(/\+?\d[\d\s().:/+-]*\d|\d/g, '#');
}

/** The stack's frames only: its first line repeats the message. */
const framesOf = (stack: string | undefined) => stack?.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 12).join('\n');

/**
 * How every error is logged (pino's `err` serializer): its type, scrubbed message, stack frames,
 * codes, and for a database error the statement's summary and the SQLSTATE facts, never the
 * SQL parameters or pg's `detail` (which quotes the row's values). An error's own enumerable
 * properties (TypeORM's `parameters`, `query`, `driverError`) are never copied.
 */
export function safeError(err: unknown, depth = 0): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const e = err as Error & { query?: unknown; driverError?: unknown; cause?: unknown };
  const out: Record<string, unknown> = { type: e.constructor?.name ?? e.name, message: scrubMessage(e.message), stack: framesOf(e.stack) };
  const db = databaseErrorFacts(e);
  if (Object.keys(db).length) out.db = db;
  if (typeof e.query === 'string') out.statement = summarizeSql(e.query);
  if (e instanceof GraphQLError) {
    if (typeof e.extensions.code === 'string') out.code = e.extensions.code;
    if (e.path) out.path = e.path.join('.');
  }
  const inner = e instanceof GraphQLError ? e.originalError : e.cause;
  if (inner && inner !== e && depth < 3) out.cause = safeError(inner, depth + 1);
  return out;
}

/**
 * Keys never written, whatever object reaches a log call: the second line behind safeError and
 * the request log, which never pass them (GraphQL variables, SQL parameters, pg's detail,
 * credentials).
 */
const REDACT = ['variables', 'parameters', 'detail', 'driverError', 'password', 'authorization', 'token']
  .flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

/**
 * Structured JSON logs; one logger for the process, children per request. `destination` lets a
 * test read the lines (test/e2e/log-privacy.test.ts); by default they go to stdout.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'work-services-case-api' },
    serializers: { err: (err: unknown) => safeError(err), error: (err: unknown) => safeError(err) },
    redact: { paths: REDACT, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
export type Logger = pino.Logger;

/**
 * Apollo Server's own logger (it reports errors thrown by plugins and by stop() as text) as our
 * JSON log, each message scrubbed like an error's, so nothing it prints bypasses safeError.
 */
export function apolloLogger(log: Logger): { debug(m: unknown): void; info(m: unknown): void; warn(m: unknown): void; error(m: unknown): void } {
  const line = (message: unknown) => (message instanceof Error ? { err: message } : { apollo: scrubMessage(String(message)) });
  return {
    debug: (m) => log.debug(line(m), 'apollo'),
    info: (m) => log.info(line(m), 'apollo'),
    warn: (m) => log.warn(line(m), 'apollo'),
    error: (m) => log.error(line(m), 'apollo'),
  };
}
