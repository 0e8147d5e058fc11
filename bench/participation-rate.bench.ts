import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { AlaskaCalendar } from '../src/calendar/alaska-calendar';
import { FixedClock } from '../src/services/clock';
import { ParticipationRepository } from '../src/repositories/participation.repository';
import { selectRows } from '../src/repositories/sql';
import { ParticipationFactsService } from '../src/services/participation-facts.service';
import { ParticipationRateService } from '../src/services/participation-rate.service';
import { timeIt } from './timing';

const CASES = 10_000;
const MONTH = '2026-10';
/** Weeks with days in October 2026 (Monday starts; the first straddles September). */
const WEEKS = ['2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'];


/**
 * The Work First participation rate (WV-3) of an office of 10,000 cases with a month of hours:
 * ParticipationRateService.rate (load in a handful of statements, build facts, the pure
 * computation per case, the rates) next to a raw-pg baseline that sends the same statements and
 * only receives the rows, in the same process.
 */
export async function benchParticipationRate(dataSource: DataSource, url: string) {
  const [{ id: officeId }] = await selectRows<{ id: string }>(dataSource.manager, `INSERT INTO office (code, name) VALUES ('BENCH-RATE', 'Participation rate bench') RETURNING id`);
  const [{ id: caseManager }] = await selectRows<{ id: string }>(dataSource.manager, `INSERT INTO staff (email, name, role, office_id) VALUES ('cm@rate.bench', 'CM', 'CASE_MANAGER', $1) RETURNING id`, [officeId]);
  const [{ id: supervisor }] = await selectRows<{ id: string }>(dataSource.manager, `INSERT INTO staff (email, name, role, office_id) VALUES ('sup@rate.bench', 'SUP', 'SUPERVISOR', $1) RETURNING id`, [officeId]);

  // Clients; every 5th has a spouse (two-parent); every child is 1 to 9 years old.
  await dataSource.query(`
    INSERT INTO client (id, first_name, last_name, date_of_birth)
    SELECT md5('rc' || g)::uuid, 'R', 'L' || g, DATE '1988-01-01' + (g % 3000) FROM generate_series(1, ${CASES}) g`);
  await dataSource.query(`
    INSERT INTO household_member (client_id, first_name, last_name, relationship, date_of_birth)
    SELECT md5('rc' || g)::uuid, 'K', 'L' || g, 'CHILD', DATE '2017-06-01' + (g % 3000) FROM generate_series(1, ${CASES}) g`);
  await dataSource.query(`
    INSERT INTO household_member (id, client_id, first_name, last_name, relationship, date_of_birth)
    SELECT md5('rs' || g)::uuid, md5('rc' || g)::uuid, 'P', 'L' || g, 'SPOUSE', DATE '1987-01-01' FROM generate_series(5, ${CASES}, 5) g`);
  // Cases; every 50th under a stage 1 work penalty since September (excluded, 45 CFR 261.22(b)).
  await dataSource.query(`
    INSERT INTO work_case (id, client_id, office_id, case_manager_id, track, referral_date, months_used, state, phase, snapshot, machine_version, version)
    SELECT md5('rk' || g)::uuid, md5('rc' || g)::uuid, $1, $2, 'WORK_FIRST', DATE '2026-01-05', 10,
           'open.participating', 'PARTICIPATING',
           jsonb_build_object('value', 'open', 'context', jsonb_build_object(
             'penalty', CASE WHEN g % 50 = 0 THEN jsonb_build_object('kind', 'WORK_ACTIVITY', 'occurredOn', '2026-08-10', 'goodCause', false,
               'goodCauseReason', 'none', 'stage', 1, 'imposedOn', '2026-09-01', 'homeVisitOn', null, 'endedOn', null, 'endReason', null) END,
             'penaltyHistory', '[]'::jsonb, 'exemption', null, 'exit', null)),
           1, 1
      FROM generate_series(1, ${CASES}) g`, [officeId, caseManager]);
  await dataSource.query(`
    INSERT INTO case_history (case_id, version, event, payload, state_before, state_after, actor_id, actor_role, occurred_at)
    SELECT md5('rk' || g)::uuid, 1, 'REFERRED', jsonb_build_object('referralDate', '2026-01-05'), NULL, 'open', $1, 'CASE_MANAGER', TIMESTAMPTZ '2026-01-05 18:00Z'
      FROM generate_series(1, ${CASES}) g`, [caseManager]);
  // Assignments: work experience for every client, employment for every spouse, job search for every 10th client.
  await dataSource.query(`
    INSERT INTO activity_assignment (id, case_id, household_member_id, activity_type, scheduled_centi_hours_per_week, start_date, timesheet_frequency, assigned_by, assigned_at)
    SELECT md5('ra' || g)::uuid, md5('rk' || g)::uuid, NULL, 'WORK_EXPERIENCE', 3000, DATE '2026-01-05', 'WEEKLY', $1::uuid, now() FROM generate_series(1, ${CASES}) g
    UNION ALL
    SELECT md5('rp' || g)::uuid, md5('rk' || g)::uuid, md5('rs' || g)::uuid, 'UNSUBSIDIZED_EMPLOYMENT', 2000, DATE '2026-01-05', 'BIWEEKLY', $1::uuid, now() FROM generate_series(5, ${CASES}, 5) g
    UNION ALL
    SELECT md5('rj' || g)::uuid, md5('rk' || g)::uuid, NULL, 'JOB_SEARCH_JOB_READINESS', 1000, DATE '2026-01-05', 'WEEKLY', $1::uuid, now() FROM generate_series(10, ${CASES}, 10) g`,
  [caseManager]);
  // A month of hours: 5 weeks per assignment (the first one straddles September), from 0 to 34 hours a week.
  await dataSource.query(`
    INSERT INTO hours_entry (assignment_id, case_id, month, week_start, actual_centi_hours, justification, entered_by, entered_role, entered_at)
    SELECT a.id, a.case_id, $2, w.week_start::date,
           abs(hashtext(a.id::text || w.n)) % (CASE WHEN w.n = 1 THEN 1800 ELSE 3500 END),
           CASE WHEN a.activity_type = 'JOB_SEARCH_JOB_READINESS' THEN 'job club log' END, $1, 'CASE_MANAGER', now()
      FROM activity_assignment a
      JOIN work_case c ON c.id = a.case_id AND c.office_id = $3
      CROSS JOIN unnest($4::text[]) WITH ORDINALITY AS w(week_start, n)`,
  [caseManager, MONTH, officeId, WEEKS]);
  // Earlier JSJR months for the history carried forward (45 CFR 261.34).
  await dataSource.query(`
    INSERT INTO hours_entry (assignment_id, case_id, month, week_start, actual_centi_hours, justification, entered_by, entered_role, entered_at)
    SELECT a.id, a.case_id, '2026-09', w::date, 1500, 'job club log', $1, 'CASE_MANAGER', now()
      FROM activity_assignment a JOIN work_case c ON c.id = a.case_id AND c.office_id = $2
      CROSS JOIN unnest(ARRAY['2026-09-07', '2026-09-14', '2026-09-21']) w
     WHERE a.activity_type = 'JOB_SEARCH_JOB_READINESS'`, [caseManager, officeId]);
  // WV-1: half of the month verified.
  await dataSource.query(`
    INSERT INTO month_verification (case_id, month, verified_by, verified_at)
    SELECT md5('rk' || g)::uuid, $2, $1, TIMESTAMPTZ '2026-11-12 20:00Z' FROM generate_series(2, ${CASES}, 2) g`, [caseManager, MONTH]);
  await dataSource.query('ANALYZE');
  const [{ entries }] = await selectRows<{ entries: number }>(dataSource.manager, `SELECT count(*)::int AS entries FROM hours_entry e JOIN work_case c ON c.id = e.case_id WHERE c.office_id = $1`, [officeId]);

  const clock = new FixedClock(new Date('2026-11-15T20:00:00Z'));
  const service = new ParticipationRateService(new ParticipationFactsService(dataSource, clock, new AlaskaCalendar()));
  const user = { id: supervisor, name: 'SUP', email: 'sup@rate.bench', role: 'SUPERVISOR' as const, officeId };
  let result = await service.rate(user, { month: MONTH });
  const serviceMs = await timeIt(5, async () => { result = await service.rate(user, { month: MONTH }); });

  const statements = Object.values(new ParticipationRepository(dataSource.manager).monthStatements({ officeId, workFirstOnly: true }, MONTH, false)).filter((s) => s !== null);
  const pool = new Pool({ connectionString: url, max: statements.length });
  let rawRows = 0;
  const rawMs = await timeIt(5, async () => {
    const results = await Promise.all(statements.map((s) => pool.query(s.sql, s.params)));
    rawRows = results.reduce((n, r) => n + r.rowCount!, 0);
  });
  await pool.end();
  return {
    cases: CASES,
    entries,
    statements: statements.length,
    rawRows,
    serviceMs,
    rawMs,
    allFamilies: result.allFamilies,
    twoParent: result.twoParent,
  };
}
