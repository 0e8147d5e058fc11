import { inForceViolation, type VersionOnFile } from '../../../src/fssp/fssp-write';

const version = (number: number, signedOn: string | null) =>
  ({ id: `v${number}`, number, signature: signedOn ? { signedOn } : null }) as unknown as VersionOnFile;

describe('FSSP-2: a review is of the plan in force on its day', () => {
  const versions = [version(3, null), version(2, '2026-12-03'), version(1, '2026-10-13')];
  it('FSSP-2: accepts the signed version in force that day (a draft waiting for its signature does not replace it)', () => {
    expect(inForceViolation(versions, versions[2], '2026-11-16')).toEqual([]);
    expect(inForceViolation(versions, versions[1], '2027-01-08')).toEqual([]);
  });
  it('FSSP-2: refuses a version an update replaced, naming the one in force', () => {
    expect(inForceViolation(versions, versions[2], '2026-12-03')).toEqual([
      { field: 'versionId', constraint: 'versionInForce', message: 'On 2026-12-03 the plan in force was version 2, not version 1 (FSSP-2)' },
    ]);
  });
});
