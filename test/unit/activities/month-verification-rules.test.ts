import { alreadyVerifiedViolation, currentEntryViolation, verifiableMonthViolation, verifiedMonthViolation } from '../../../src/activities';
import { AccessPolicy } from '../../../src/auth/access-policy';
import type { CurrentUser } from '../../../src/auth/current-user';
import type { StaffRole } from '../../../src/entities/staff.entity';

const verification = { verifiedByName: 'Pat Supervisor', verifiedAt: new Date('2026-11-11T07:30:00Z') };

describe('WV-1: a month is verified after it ends, once', () => {
  test('the prior month can be verified; the current and later months cannot', () => {
    expect(verifiableMonthViolation('2026-10', '2026-11-02')).toBeNull();
    expect(verifiableMonthViolation('2026-11', '2026-11-30')).toEqual({
      field: 'month', constraint: 'notFutureMonth', message: '2026-11 has not ended: a month is verified after it ends, by the 20th of the next (WV-1)',
    });
    expect(verifiableMonthViolation('2026-12', '2026-11-30')).toMatchObject({ constraint: 'notFutureMonth' });
  });

  test('a malformed month is refused as such', () => {
    expect(verifiableMonthViolation('2026-13', '2026-11-02')).toMatchObject({ field: 'month', constraint: 'matches' });
  });

  test('a second verification of the month is refused, naming the first', () => {
    expect(alreadyVerifiedViolation('2026-10', null)).toBeNull();
    expect(alreadyVerifiedViolation('2026-10', verification)).toEqual({
      field: 'month', constraint: 'alreadyVerified',
      message: '2026-10 was already verified by Pat Supervisor at 2026-11-11T07:30:00.000Z (WV-1: one verification per month)',
    });
  });
});

describe('WV-1: after verification only a supervisor changes the month\'s hours', () => {
  test('an unverified month is open to everyone who may act on the case', () => {
    expect(verifiedMonthViolation('2026-10', null, false)).toBeNull();
  });

  test('a verified month is closed to those the access policy does not allow, with the Alaska date of the verification', () => {
    // 07:30 UTC on Nov 11 is still Nov 10 in Anchorage.
    expect(verifiedMonthViolation('2026-10', verification, false)).toEqual({
      field: 'month', constraint: 'monthVerified',
      message: '2026-10 was verified by Pat Supervisor on 2026-11-10; its hours can now be changed only by a supervisor\'s correction (WV-1)',
    });
    expect(verifiedMonthViolation('2026-10', verification, true)).toBeNull();
  });

  test('only the current entry is corrected', () => {
    expect(currentEntryViolation('e1', null)).toBeNull();
    expect(currentEntryViolation('e1', 'e2')).toEqual({
      field: 'entryId', constraint: 'isCurrentEntry', message: 'Entry e1 was already replaced by entry e2; correct the current entry',
    });
  });
});

describe('who may change a verified month is the access policy\'s answer (WV-1)', () => {
  // The service passes this answer to verifiedMonthViolation; here the rule and the policy are proven together.
  const user = (role: StaffRole): CurrentUser => ({ id: 'u1', name: 'Staff', email: 'staff@example.org', role, officeId: 'o1' });

  test('a supervisor may; a case manager and a manager may not', () => {
    expect(verifiedMonthViolation('2026-10', verification, AccessPolicy.may(user('SUPERVISOR'), 'correctHours'))).toBeNull();
    for (const role of ['CASE_MANAGER', 'MANAGER'] as const) {
      expect(verifiedMonthViolation('2026-10', verification, AccessPolicy.may(user(role), 'correctHours'))).toMatchObject({ constraint: 'monthVerified' });
    }
  });
});
