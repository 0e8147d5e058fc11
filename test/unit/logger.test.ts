import { QueryFailedError } from 'typeorm';
import { databaseErrorFacts, summarizeSql } from '../../src/db/query-logger';
import { Writable } from 'node:stream';
import { apolloLogger, createLogger, safeError, scrubMessage } from '../../src/logger';

/** The pieces that keep personal data out of the log (issue 11 item 5), each on its own. */
describe('log safety', () => {
  it('summarizes a statement by its command and first table, without literals or parameters', () => {
    expect(summarizeSql('INSERT INTO "client"("first_name", "phone") VALUES ($1, $2)')).toBe('INSERT client');
    expect(summarizeSql(`/* x */ SELECT c.id FROM work_case c WHERE c.note = 'Ana'`)).toBe('SELECT work_case');
    expect(summarizeSql('BEGIN')).toBe('BEGIN');
    expect(summarizeSql(undefined)).toBe('unknown');
  });

  it('masks quoted text, e-mail addresses and digit runs in a message', () => {
    expect(scrubMessage('Not a calendar date (YYYY-MM-DD): "1994-05-17"')).toBe('Not a calendar date (YYYY-MM-DD): "…"');
    expect(scrubMessage('2030-01-01 is before the birth date 1994-05-17 of ana@example.org')).toBe('# is before the birth date # of …@…');
    expect(scrubMessage('Key (email)=(ana@example.org) already exists')).toBe('Key (…)=(…) already exists');
  });

  it('serializes a failed statement by its SQLSTATE facts, never its parameters, detail or message values', () => {
    const driverError = Object.assign(new Error('invalid input syntax for type uuid: "Ana Kuzmin"'), {
      code: '22P02', detail: 'Key (phone)=(907-555-0101) already exists.', table: 'client', constraint: 'client_phone_key',
    });
    const err = new QueryFailedError('INSERT INTO "client"("first_name") VALUES ($1)', ['Ana', '907-555-0101'], driverError);
    const logged = JSON.stringify(safeError(err));
    expect(safeError(err)).toMatchObject({ type: 'QueryFailedError', statement: 'INSERT client', db: { code: '22P02', table: 'client', constraint: 'client_phone_key' } });
    for (const value of ['Ana', '907-555-0101', 'Kuzmin', 'already exists']) expect(logged).not.toContain(value);
    expect(databaseErrorFacts(err)).not.toHaveProperty('detail');
  });

  it('redacts variables, parameters and detail whatever object reaches a log call', () => {
    const lines: string[] = [];
    const log = createLogger('info', { write: (line: string) => { lines.push(line); } });
    log.info({ variables: { name: 'Ana' }, db: { parameters: ['Ana'], detail: 'Ana' }, req: { headers: { authorization: 'Bearer x' } } }, 'careless');
    expect(lines.join('')).not.toMatch(/Ana|Bearer/);
    expect(JSON.parse(lines[0])).toMatchObject({ variables: '[redacted]', db: { parameters: '[redacted]', detail: '[redacted]' } });
  });

  it('routes Apollo Server\'s own messages through the JSON log, scrubbed', () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk: Buffer, _e, done) { lines.push(chunk.toString()); done(); } });
    const apollo = apolloLogger(createLogger('debug', sink));
    apollo.error('Unexpected error processing request: Error: no case for "Ana Kuzmin" born 1994-05-17');
    apollo.warn(new Error('stop() threw: ana@example.org'));
    const text = lines.join('');
    expect(text).not.toMatch(/Ana Kuzmin|1994-05-17|ana@example\.org/);
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['apollo', 'apollo']);
  });
});
