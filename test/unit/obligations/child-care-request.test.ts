import { childCareAuthorizedOn } from '../../../src/obligations/verification-obligations';
import { buildCase, ofRule, toParticipation } from './case-builder';

const REFERRAL = '2026-11-06';

/** SS-3 follows the record of child care changes (child_care_authorization), not today's flag. */
describe('SS-3: child care requests from the record of authorization changes', () => {
  it('SS-3: ending child care does not erase a request that was already overdue', () => {
    const record = {
      ...buildCase({ referralDate: REFERRAL }, toParticipation(), { childCareAuthorized: false }),
      childCareChanges: [{ effectiveOn: '2026-11-10', authorized: true }, { effectiveOn: '2026-12-05', authorized: false }],
    };
    const ss3 = ofRule(record, '2026-12-15', 'SS-3');
    // Due 2026-11-30 while child care was authorized: still owed, overdue. None for February: child care had ended by 2026-12-31.
    expect(Object.keys(ss3)).toEqual(['SS-3:2026-12']);
    expect(ss3['SS-3:2026-12']).toMatchObject({ dueDate: '2026-11-30', status: 'OVERDUE' });
  });

  it('SS-3: no request for the months before child care began', () => {
    const record = {
      ...buildCase({ referralDate: REFERRAL }, toParticipation(), { childCareAuthorized: true }),
      childCareChanges: [{ effectiveOn: '2026-12-03', authorized: true }],
    };
    expect(Object.keys(ofRule(record, '2026-12-15', 'SS-3'))).toEqual(['SS-3:2027-01']);
  });

  it('authorized on a date: the last change on or before it holds; the last of same-day changes wins', () => {
    const changes = [{ effectiveOn: '2026-10-05', authorized: true }, { effectiveOn: '2026-11-20', authorized: false }, { effectiveOn: '2026-11-20', authorized: true }];
    expect(childCareAuthorizedOn(changes, '2026-10-04')).toBe(false);
    expect(childCareAuthorizedOn(changes, '2026-10-05')).toBe(true);
    expect(childCareAuthorizedOn(changes, '2026-11-20')).toBe(true);
    expect(childCareAuthorizedOn(changes.slice(0, 2), '2026-11-20')).toBe(false);
  });
});
