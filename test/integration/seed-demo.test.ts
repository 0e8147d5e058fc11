import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../src/db/data-source';
import { seedDemoData } from '../../src/db/seed-demo';
import { CaseEntity, CaseHistoryEntity, StaffEntity } from '../../src/entities';
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
    expect(await m.count(StaffEntity)).toBe(16);
    const kase = (await m.find(CaseEntity, { order: { version: 'DESC' }, take: 1 }))[0];
    expect(await m.countBy(CaseHistoryEntity, { caseId: kase.id })).toBe(kase.version);
    expect(kase.obligationsDerivedOn).toBe('2026-11-02');
  });
});
