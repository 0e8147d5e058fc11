import { caseEventTopics, readableTopics } from '../../../src/change-feed/change-topics';

const at = '2026-11-10T20:00:00.000Z';

describe('the change feed\'s topics (issue 14: EXM-1, MGT-5, MGT-4)', () => {
  it('every case event is CASE_TRANSITION; exemptions, penalties, closures and a closure with work add their own topic', () => {
    expect(caseEventTopics({ type: 'REVIEW_FSSP', reviewedOn: '2026-11-10', at })).toEqual(['CASE_TRANSITION']);
    expect(caseEventTopics({ type: 'START_EXEMPTION', reason: 'MEDICAL_INABILITY', startedOn: '2026-11-10', at })).toEqual(['CASE_TRANSITION', 'EXEMPTION']);
    expect(caseEventTopics({ type: 'ESCALATE_PENALTY', at })).toEqual(['CASE_TRANSITION', 'PENALTY']);
    expect(caseEventTopics({ type: 'CLOSE_TA', closedOn: '2026-11-10', withWork: false, at })).toEqual(['CASE_TRANSITION', 'CLOSURE']);
    expect(caseEventTopics({ type: 'CLOSE_TA', closedOn: '2026-11-10', withWork: true, at })).toEqual(['CASE_TRANSITION', 'CLOSURE', 'JOB_START']);
  });

  it('ROI-1: a PARTNER reads no complaint (the client\'s own words); supervisors, managers and WSTA read every topic; case managers none', () => {
    expect(readableTopics('PARTNER')).not.toContain('COMPLAINT_RESOLUTION');
    expect(readableTopics('WSTA')).toContain('COMPLAINT_RESOLUTION');
    expect(readableTopics('CASE_MANAGER')).toEqual([]);
  });
});
