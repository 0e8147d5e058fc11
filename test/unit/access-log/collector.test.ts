import { AccessLogCollector, type AccessRead } from '../../../src/access-log/collector';

describe('access log collector', () => {
  it('keeps each (client, case, group) read once and writes them in one call, once', async () => {
    const writes: Array<{ reads: AccessRead[]; operationName: string | null }> = [];
    const collector = new AccessLogCollector((reads, operationName) => { writes.push({ reads, operationName }); return Promise.resolve(); });
    for (let i = 0; i < 50; i++) {
      collector.record({ clientId: 'cl1', caseId: 'ca1' }, 'CASE');
      collector.record({ clientId: null, caseId: 'ca1' }, 'NOTES');
    }
    collector.record({ clientId: 'cl2', caseId: null }, 'CLIENT');
    expect(collector.size).toBe(3);
    await collector.flush('Caseload');
    await collector.flush('Caseload');
    expect(writes).toEqual([{ operationName: 'Caseload', reads: [
      { clientId: 'cl1', caseId: 'ca1', group: 'CASE' }, { clientId: null, caseId: 'ca1', group: 'NOTES' }, { clientId: 'cl2', caseId: null, group: 'CLIENT' },
    ] }]);
  });

  it('writes nothing for a request that read no client', async () => {
    let calls = 0;
    await new AccessLogCollector(() => { calls += 1; return Promise.resolve(); }).flush(null);
    expect(calls).toBe(0);
  });
});
