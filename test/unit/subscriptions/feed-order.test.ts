import type { CurrentUser } from '../../../src/auth/current-user';
import { CHANGE_TOPICS } from '../../../src/change-feed/change-topics';
import { chosenTopics, compareFeed, isAfter, matches, revocationOf, worklistTopics } from '../../../src/subscriptions/feed-order';

const row = (txId: string, position: string, officeId = 'o1', caseManagerId: string | null = 'cm1', topics = ['CASE_TRANSITION']) => ({ txId, position, officeId, caseManagerId, topics });
const user: CurrentUser = { id: 's1', name: 'S', email: 's@x', role: 'SUPERVISOR', officeId: 'o1' };

describe('live subscriptions: feed order and routing (issue 14 item 4)', () => {
  it('orders by the transaction id, then the position, as 64-bit numbers (not as text)', () => {
    expect(compareFeed({ txId: '9', position: '20' }, { txId: '10', position: '3' })).toBeLessThan(0);
    expect(compareFeed({ txId: '10', position: '3' }, { txId: '10', position: '20' })).toBeLessThan(0);
    expect(compareFeed({ txId: '9223372036854775806', position: '1' }, { txId: '9223372036854775806', position: '1' })).toBe(0);
    expect(isAfter({ txId: '1', position: '1' }, null)).toBe(true);
    expect(isAfter({ txId: '10', position: '2' }, { txId: '10', position: '2' })).toBe(false);
  });

  it('routes a row to its office (or every office), its case manager\'s worklist, and the topics the subscriber reads', () => {
    const office = { officeId: 'o1', caseManagerId: null, topics: ['CASE_TRANSITION'] as const };
    expect(matches(office, row('1', '1'))).toBe(true);
    expect(matches(office, row('1', '1', 'o2'))).toBe(false);
    expect(matches({ ...office, officeId: null }, row('1', '1', 'o2'))).toBe(true);
    expect(matches({ ...office, caseManagerId: 'cm1' }, row('1', '1'))).toBe(true);
    expect(matches({ ...office, caseManagerId: 'cm2' }, row('1', '1'))).toBe(false);
    expect(matches({ ...office, topics: ['EXEMPTION'] }, row('1', '1'))).toBe(false);
    expect(matches({ ...office, topics: ['EXEMPTION'] }, row('1', '1', 'o1', 'cm1', ['CASE_TRANSITION', 'EXEMPTION']))).toBe(true);
  });

  it('MGT-4: a case manager\'s worklist carries every topic of their caseload (complaint resolutions too); a PARTNER\'s feed topics do not include complaints', () => {
    expect(worklistTopics('CASE_MANAGER')).toEqual([...CHANGE_TOPICS]);
    expect(worklistTopics('PARTNER')).not.toContain('COMPLAINT_RESOLUTION');
    expect(worklistTopics('SUPERVISOR')).toEqual([...CHANGE_TOPICS]);
    expect(chosenTopics(worklistTopics('PARTNER'), ['COMPLAINT_RESOLUTION', 'EXEMPTION'])).toEqual(['EXEMPTION']);
    expect(chosenTopics(['CASE_TRANSITION', 'EXEMPTION'], null)).toEqual(['CASE_TRANSITION', 'EXEMPTION']);
  });

  it('revokes a subscription when the token expired, the account is inactive or gone (UNAUTHENTICATED), or its role or office changed (FORBIDDEN)', () => {
    const staff = { active: true, role: 'SUPERVISOR', officeId: 'o1' };
    expect(revocationOf(user, staff, null, 0)).toBeNull();
    expect(revocationOf(user, staff, 1_000, 999)).toBeNull();
    expect(revocationOf(user, staff, 1_000, 1_000)?.code).toBe('UNAUTHENTICATED');
    expect(revocationOf(user, { ...staff, active: false }, null, 0)?.code).toBe('UNAUTHENTICATED');
    expect(revocationOf(user, null, null, 0)?.code).toBe('UNAUTHENTICATED');
    expect(revocationOf(user, { ...staff, role: 'CASE_MANAGER' }, null, 0)?.code).toBe('FORBIDDEN');
    expect(revocationOf(user, { ...staff, officeId: 'o2' }, null, 0)?.code).toBe('FORBIDDEN');
  });
});
