import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Not, type DataSource } from 'typeorm';
import { openDatabase } from '../../src/db/data-source';
import { seedDemoData } from '../../src/db/seed-demo';
import { CASE_EVENTS } from '../../src/machines/case-event-catalog';
import { CaseEntity, CaseHistoryEntity, StaffEntity } from '../../src/entities';
import { SYSTEM_ROLE } from '../../src/entities/staff.entity';
import { FixedClock } from '../../src/services/clock';
import { createServices } from '../../src/services';

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
}

/** The demo data goes through the repositories: every case gets its history and obligations, once. */
describe('demo data', () => {
  const name = `t_${randomBytes(6).toString('hex')}`;
  let dataSource: DataSource;
  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.TEST_PG_ADMIN_URL!);
    url.pathname = `/${name}`;
    dataSource = await openDatabase({ url: url.toString() });
  });
  afterAll(async () => {
    await dataSource.destroy();
    await admin(`DROP DATABASE ${name} WITH (FORCE)`);
  });

  it('seeds an empty database once, with each case at the version its history ends at', async () => {
    const clock = new FixedClock(new Date('2026-11-02T18:00:00Z'));
    const services = createServices(dataSource, clock);
    const recompute = (m: Parameters<typeof services.obligations.recompute>[0], id: string) => services.obligations.recompute(m, id);
    expect(await seedDemoData(dataSource, clock, recompute)).toEqual({ offices: 3, staff: 16, cases: 300 });
    expect(await seedDemoData(dataSource, clock, recompute)).toBeNull();
    const m = dataSource.manager;
    // 16 people, and each office's SYSTEM actor (inactive; the sender of time events such as FSSP-3's lapse).
    expect(await m.countBy(StaffEntity, { role: Not(SYSTEM_ROLE) })).toBe(16);
    expect(await m.countBy(StaffEntity, { role: SYSTEM_ROLE, active: false })).toBe(3);
    const kase = (await m.find(CaseEntity, { order: { version: 'DESC' }, take: 1 }))[0];
    expect(await m.countBy(CaseHistoryEntity, { caseId: kase.id })).toBe(kase.version);
    expect(kase.obligationsDerivedOn).toBe('2026-11-02');
  });

  it('issue 14: every seeded event is on the change feed, and the ones Eligibility must learn of are notices, as the API writes them', async () => {
    const [counts] = await dataSource.query(`SELECT (SELECT count(*) FROM case_history)::int AS history, (SELECT count(*) FROM change_event)::int AS changes,
      (SELECT count(*) FROM eligibility_notice)::int AS notices`);
    expect(counts.changes).toBe(counts.history);
    const mismatched = await dataSource.query(`SELECT h.case_id FROM case_history h LEFT JOIN change_event e ON e.case_id = h.case_id AND e.case_version = h.version AND e.event = h.event WHERE e.position IS NULL`);
    expect(mismatched).toEqual([]);
    const notifying = Object.entries(CASE_EVENTS).filter(([, spec]) => spec.notifiesEligibility).map(([type]) => type);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM case_history WHERE event = ANY($1)`, [notifying]);
    expect(counts.notices).toBe(n);
    // A new partner has notices to pull on day one.
    expect(counts.notices).toBeGreaterThan(0);
  });

  it('documents each seeded event as a case manager would, so the demo worklist is not all OVERDUE (ENG-1, ENG-2, EA-2)', async () => {
    // OVERDUE as the worklist shows it on the seeding day: unresolved and past due.
    const overdue = async (ruleId: string, event: string) => (await dataSource.query(
      `SELECT count(*)::int AS n FROM obligation o WHERE o.rule_id = $1 AND o.resolution IS NULL AND o.due_date < '2026-11-02'
          AND EXISTS (SELECT 1 FROM case_history h WHERE h.case_id = o.case_id AND h.event = $2 AND coalesce(h.payload->>'outcome', 'REACHED') = 'REACHED')`, [ruleId, event]))[0].n;
    const documented = async (ruleId: string, event: string) => (await dataSource.query(
      `SELECT count(*)::int AS n FROM obligation o WHERE o.rule_id = $1 AND o.resolution = 'MET'
          AND EXISTS (SELECT 1 FROM case_history h WHERE h.case_id = o.case_id AND h.event = $2)`, [ruleId, event]))[0].n;
    // A client reached is ENG-1 met (late or not); one only attempted, without a J016, is rightly still overdue.
    expect(await overdue('ENG-1', 'RECORD_CONTACT_ATTEMPT')).toBe(0);
    expect(await documented('ENG-1', 'RECORD_CONTACT_ATTEMPT')).toBeGreaterThan(100);
    expect(await overdue('EA-2', 'RECORD_EA_NOTE')).toBe(0);
    // NOTE-3: each CANO raised its "E" alert.
    const [{ notes, alerts }] = await dataSource.query(`SELECT (SELECT count(*) FROM case_note)::int AS notes, (SELECT count(*) FROM case_alert)::int AS alerts`);
    expect(notes).toBeGreaterThan(0);
    expect(alerts).toBe(notes);
  });
});
