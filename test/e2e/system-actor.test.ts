import { startTestApp, type TestApp } from '../support/test-app';
import { referClient } from '../support/referrals';
import { bringToParticipation, dataOf } from '../support/api';

const STATE = `query($id: ID!) { case(id: $id) { state { nodes } plan { current } obligations(first: 50) { edges { node { ruleId status } } } } }`;

/**
 * FSSP-3: a plan lapses after its last step review date by time alone. The lapse sweep records
 * it in the chart under the office's SYSTEM actor, which exists for every office and never signs in.
 */
describe('the SYSTEM actor and the FSSP lapse sweep (FSSP-3)', () => {
  let app: TestApp;
  let cm: string;

  beforeAll(async () => {
    app = await startTestApp({ now: '2026-10-01T19:00:00Z' });
    cm = app.token(app.fixtures.north.caseManager);
  });
  afterAll(() => app.close());

  it('every office has exactly one SYSTEM actor, inactive; a new office gets its own', async () => {
    const rows = await app.dataSource.query(`SELECT o.id, count(s.id)::int AS n, bool_or(s.active) AS active FROM office o LEFT JOIN staff s ON s.office_id = o.id AND s.role = 'SYSTEM' GROUP BY o.id`);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row).toMatchObject({ n: 1, active: false });
    const [office] = await app.appDataSource.query(`INSERT INTO office (code, name) VALUES ('NEW', 'New office') RETURNING id`);
    expect(await app.dataSource.query(`SELECT role, active FROM staff WHERE office_id = $1`, [office.id])).toEqual([{ role: 'SYSTEM', active: false }]);
  });

  it('the SYSTEM actor never signs in: a token naming it is UNAUTHENTICATED, and it cannot be made active', async () => {
    const [system] = await app.dataSource.query(`SELECT id FROM staff WHERE office_id = $1 AND role = 'SYSTEM'`, [app.fixtures.north.officeId]);
    const res = await app.gql('{ me { id } }', {}, app.token(system.id));
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Not even the owner can: the app role may not UPDATE staff at all, and the constraint holds for everyone.
    await expect(app.dataSource.query(`UPDATE staff SET active = true WHERE id = $1`, [system.id])).rejects.toThrow(/staff_system_inactive_check/);
    const listed = await dataOf(app, `{ staff(role: SYSTEM) { id } }`, {}, app.token(app.fixtures.north.supervisor));
    expect(listed.staff).toEqual([]);
  });

  it('FSSP-3: only a lapsed plan is expired, once, even when two sweeps run at once (two replicas)', async () => {
    const lapsing = (await referClient(app, cm, { referralDate: '2026-10-01' })).id;
    const current = (await referClient(app, cm, { referralDate: '2026-10-01' })).id;
    await bringToParticipation(app, lapsing, cm, { reached: '2026-10-01', lastStepReviewDate: '2026-10-20' });
    await bringToParticipation(app, current, cm, { reached: '2026-10-01', lastStepReviewDate: '2026-12-20' });
    app.clock.set('2026-10-20T19:00:00Z');
    expect(await app.running.services.fsspLapses.run()).toBe(0);
    app.clock.set('2026-10-21T19:00:00Z');
    const runs = await Promise.all([app.running.services.fsspLapses.run(), app.running.services.fsspLapses.run()]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    const lapsed = (await dataOf(app, STATE, { id: lapsing }, cm)).case;
    expect(lapsed.state.nodes).toContain('OPEN_PHASE_PARTICIPATING_PLAN_EXPIRED');
    expect(lapsed.plan.current).toBe(false);
    // Recomputed in the same transaction: FSSP-4's update is on the worklist, overdue.
    expect(lapsed.obligations.edges.map((e: { node: { ruleId: string; status: string } }) => e.node)).toContainEqual({ ruleId: 'FSSP-4', status: 'OVERDUE' });
    expect((await dataOf(app, STATE, { id: current }, cm)).case.state.nodes).toContain('OPEN_PHASE_PARTICIPATING_PLAN_CURRENT');
    const history = await app.dataSource.query(`SELECT event, actor_role FROM case_history WHERE case_id = $1 AND event = 'EXPIRE_FSSP'`, [lapsing]);
    expect(history).toEqual([{ event: 'EXPIRE_FSSP', actor_role: 'SYSTEM' }]);
  });

  it('FSSP-3: a case that cannot be expired does not hold back the others; the run then fails naming it by id (and is retried)', async () => {
    const ids: string[] = [];
    app.clock.set('2026-11-01T19:00:00Z');
    for (let i = 0; i < 3; i += 1) {
      const { id } = await referClient(app, cm, { referralDate: '2026-11-01', client: { firstName: `L${i}`, lastName: 'Lapse', dateOfBirth: '1990-01-01' } });
      await bringToParticipation(app, id, cm, { reached: '2026-11-01', lastStepReviewDate: '2026-11-20' });
      ids.push(id);
    }
    ids.sort();
    // A snapshot this build does not know (in production: a lock timeout, a deadlock) on the first case by id.
    await app.dataSource.query('UPDATE work_case SET machine_version = 999 WHERE id = $1', [ids[0]]);
    app.clock.set('2026-11-21T19:00:00Z');
    await expect(app.running.services.fsspLapses.run()).rejects.toMatchObject({ caseIds: [ids[0]], moved: 2 });
    const expired = await app.dataSource.query(`SELECT case_id FROM case_history WHERE event = 'EXPIRE_FSSP' AND case_id = ANY($1)`, [ids]);
    expect(expired.map((r: { case_id: string }) => r.case_id).sort()).toEqual([ids[1], ids[2]]);
  });
});
