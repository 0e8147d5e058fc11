import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { FixedClock } from '../src/services/clock';
import { AlaskaCalendar } from '../src/calendar/alaska-calendar';
import { ObligationService } from '../src/services/obligation.service';
import { timeIt } from './timing';

const CASES = 10_000;
const OBLIGATIONS_PER_CASE = 10;


/**
 * The office worklist over 10,000 cases and 100,000 obligations: the service's query next to the
 * same SQL sent with raw pg, plus the plan PostgreSQL chose.
 */
export async function benchWorklist(dataSource: DataSource, url: string, ids: { officeId: string; caseManager: string; supervisor: string }) {
  await dataSource.query(`
    INSERT INTO client (id, first_name, last_name, date_of_birth)
    SELECT md5('c' || g)::uuid, 'W', 'L' || g, DATE '1990-01-01' FROM generate_series(1, ${CASES}) g`);
  await dataSource.query(`
    INSERT INTO work_case (id, client_id, office_id, case_manager_id, track, referral_date, months_used, state, phase, snapshot, machine_version, version)
    SELECT md5('k' || g)::uuid, md5('c' || g)::uuid, $1, $2, 'WORK_FIRST', DATE '2026-01-01' + (g % 300), 10,
           'open.referral.awaitingContact', 'REFERRAL', '{}'::jsonb, 1, 1 FROM generate_series(1, ${CASES}) g`, [ids.officeId, ids.caseManager]);
  await dataSource.query(`
    INSERT INTO obligation (case_id, office_id, case_manager_id, key, rule_id, description, due_date, resolution, met_on)
    SELECT md5('k' || c)::uuid, $1, $2, 'R-' || o, (ARRAY['ENG-1','ENG-3','ENG-4','EA-2','FSSP-2','FSSP-4','WV-1','TL-2','EXIT-1','EXIT-3'])[o],
           'synthetic', DATE '2026-01-01' + ((c * 7 + o * 13) % 400),
           CASE WHEN (c + o) % 3 = 0 THEN 'MET' END, CASE WHEN (c + o) % 3 = 0 THEN DATE '2026-01-01' END
      FROM generate_series(1, ${CASES}) c, generate_series(1, ${OBLIGATIONS_PER_CASE}) o`, [ids.officeId, ids.caseManager]);
  await dataSource.query('ANALYZE');

  const clock = new FixedClock(new Date('2026-09-15T18:00:00Z'));
  const service = new ObligationService(dataSource, clock, new AlaskaCalendar());
  const user = { id: ids.supervisor, name: 'S', email: 's@bench', role: 'SUPERVISOR' as const, officeId: ids.officeId };
  const filter = { status: 'OVERDUE' as const, dueBefore: '2026-09-01', ruleIds: ['ENG-1', 'WV-1', 'EA-2'] };
  const apiMs = await timeIt(50, () => service.worklist(user, filter, 50));

  const sql = `SELECT o.id, o.case_id, o.rule_id, o.due_date FROM obligation o
    WHERE o.office_id = $2 AND o.due_date < $3::date AND o.rule_id = ANY($4) AND o.resolution IS NULL AND o.due_date < $1::date
    ORDER BY o.due_date, o.id LIMIT 51`;
  const params = ['2026-09-15', ids.officeId, '2026-09-01', filter.ruleIds];
  const pool = new Pool({ connectionString: url, max: 1 });
  const rawMs = await timeIt(50, () => pool.query(sql, params));
  const plan = (await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');
  await pool.end();
  return { cases: CASES, obligations: CASES * OBLIGATIONS_PER_CASE, apiMs, rawMs, plan };
}
