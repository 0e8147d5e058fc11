import { pendingSchemaChanges } from '../../src/db/schema-check';
import type { Obligation } from '../../src/obligations';
import { CaseRepository } from '../../src/repositories/case.repository';
import { EligibilityNoticeRepository } from '../../src/repositories/eligibility-notice.repository';
import { ObligationRepository } from '../../src/repositories/obligation.repository';
import { referClient } from '../support/referrals';
import { startTestApp, type TestApp } from '../support/test-app';

/** The hand-written SQL that stays in repositories (the conditional UPDATE, the obligations upsert, the outbox), and db:check. */
describe('repositories', () => {
  let app: TestApp;
  let caseId: string;
  beforeAll(async () => {
    app = await startTestApp({ now: '2026-11-06T18:00:00Z' });
    caseId = (await referClient(app, app.token(app.fixtures.north.caseManager), { referralDate: '2026-11-02' })).id;
  });
  afterAll(() => app.close());

  it('db:check: a freshly migrated database needs no change to match the entities', async () => {
    expect(await pendingSchemaChanges(process.env.TEST_PG_ADMIN_URL!)).toEqual([]);
  });

  describe('CaseRepository.updateIfVersion (the conditional UPDATE)', () => {
    it('applies the change and bumps the version, returning the row as TypeORM hydrates it', async () => {
      await app.dataSource.transaction(async (m) => {
        const cases = new CaseRepository(m);
        const before = (await cases.findById(caseId))!;
        const updated = await cases.updateIfVersion(caseId, before.version, { ...before, monthsUsed: before.monthsUsed + 1, referralDate: '2026-11-03' });
        expect(updated).toMatchObject({ id: caseId, version: before.version + 1, monthsUsed: before.monthsUsed + 1, referralDate: '2026-11-03' });
        // Same types as a find: dates as YYYY-MM-DD, instants as Date, jsonb parsed.
        const reread = await cases.findById(caseId);
        expect({ ...updated }).toEqual({ ...reread });
        // Put it back for the other tests.
        await cases.updateIfVersion(caseId, updated!.version, { ...before });
      });
    });

    it('matches nothing under a stale version and leaves the row as it was', async () => {
      const cases = new CaseRepository(app.dataSource.manager);
      const current = (await cases.findById(caseId))!;
      expect(await cases.updateIfVersion(caseId, current.version - 1, { ...current, monthsUsed: 59 })).toBeNull();
      expect(await cases.findById(caseId)).toMatchObject({ version: current.version, monthsUsed: current.monthsUsed });
    });
  });

  describe('ObligationRepository.replaceForCase (the upsert)', () => {
    const obligation = (key: string, dueDate: string, status: Obligation['status'] = 'OPEN', metOn: string | null = null): Obligation =>
      ({ key, ruleId: key.split(':')[0], description: `due ${key}`, dueDate, status, metBy: metOn ? 'test' : null, metOn, waiverReason: null, waiverReasonCode: null });

    it('inserts, updates in place, deletes what is no longer derived, and stamps the case', async () => {
      const kase = (await new CaseRepository(app.dataSource.manager).findById(caseId))!;
      await app.dataSource.transaction(async (m) => {
        const repo = new ObligationRepository(m);
        await repo.replaceForCase(kase, [obligation('T-1', '2026-11-01'), obligation('T-2', '2026-11-20'), obligation('T-3', '2026-11-25')], '2026-11-05');
        const first = await repo.forCase('2026-11-06', caseId);
        expect(first.map((o) => [o.key, o.dueDate, o.status])).toEqual([['T-1', '2026-11-01', 'OVERDUE'], ['T-2', '2026-11-20', 'OPEN'], ['T-3', '2026-11-25', 'OPEN']]);
        const t2 = first.find((o) => o.key === 'T-2')!;
        await repo.replaceForCase(kase, [obligation('T-2', '2026-11-21', 'MET', '2026-11-06'), obligation('T-4', '2026-12-01')], '2026-11-06');
        const second = await repo.forCase('2026-11-06', caseId);
        expect(second.map((o) => [o.key, o.status, o.metOn])).toEqual([['T-2', 'MET', '2026-11-06'], ['T-4', 'OPEN', null]]);
        // Updated in place (same id), not deleted and re-inserted.
        expect(second[0].id).toBe(t2.id);
        expect((await new CaseRepository(m).findById(caseId))!.obligationsDerivedOn).toBe('2026-11-06');
        expect(await repo.resolutionOf(caseId, 'T-4')).toBeNull();
        expect(await repo.resolutionOf(caseId, 'T-2')).toBe('MET');
        expect(await repo.resolutionOf(caseId, 'T-1')).toBeUndefined();
        const page = await repo.worklist({ today: '2026-11-06', officeId: kase.officeId, status: 'OPEN', after: null, limit: 10 });
        expect(page.map((o) => o.key)).toContain('T-4');
        expect(page.map((o) => o.key)).not.toContain('T-2');
        // Leave the case's real obligations alone: roll this back.
        throw new RollBack();
      }).catch((err) => { if (!(err instanceof RollBack)) throw err; });
    });
  });

  it('EligibilityNoticeRepository: the outbox drops free-text reasons (ROI-1) and is acknowledged once', async () => {
    const kase = (await new CaseRepository(app.dataSource.manager).findById(caseId))!;
    const notices = new EligibilityNoticeRepository(app.dataSource.manager);
    await notices.add({ caseId, officeId: kase.officeId, caseVersion: 900, event: 'GRANT_GOOD_CAUSE', ruleId: 'MGT-5', payload: { reason: 'private', on: '2026-11-06' }, createdAt: new Date(), dueOn: '2026-11-06' });
    await notices.add({ caseId, officeId: kase.officeId, caseVersion: 901, event: 'START_EXEMPTION', ruleId: 'EXM-1', payload: { reason: 'DISABILITY' }, createdAt: new Date(), dueOn: '2026-11-06' });
    const listed = await notices.list(kase.officeId, true, 10);
    expect(listed.filter((n) => n.caseVersion >= 900).map((n) => n.payload)).toEqual([{ on: '2026-11-06' }, { reason: 'DISABILITY' }]);
    const id = listed.find((n) => n.caseVersion === 900)!.id;
    expect(await notices.officeOf(id)).toBe(kase.officeId);
    const partner = app.fixtures.north.partner;
    expect(await notices.acknowledge(id, new Date(), partner)).toMatchObject({ id, acknowledgedBy: partner, dueOn: '2026-11-06' });
    expect(await notices.acknowledge(id, new Date(), partner)).toBeNull();
  });
});

class RollBack extends Error {}
