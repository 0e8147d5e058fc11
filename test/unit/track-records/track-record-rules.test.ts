import { documentViolations, meetingViolations, readinessReviewViolations, verificationViolations } from '../../../src/families-first/families-first-rules';
import { checkInViolations, findingViolations, placementAfterFinding, readinessItemViolations, readinessProgress, stintStart } from '../../../src/work-first/work-first-rules';
import { reviewStaffingViolations, staffingFormViolations, type StaffingForm } from '../../../src/staffings/staffing-rules';

const T = { referralDate: '2026-11-02', today: '2026-11-20' };
const constraints = (v: Array<{ field: string; constraint: string }>) => v.map((x) => `${x.field}:${x.constraint}`);

describe('TRK-3: Families First document versions', () => {
  const network = { kind: 'FAMILY_NETWORK' as const, members: [{ name: 'Olga', relationshipToFamily: 'grandmother', supportProvided: 'child care', contact: null }] };
  it('TRK-3: a first version on or after the referral, not after today', () => {
    expect(documentViolations(network, '2026-11-10', null, null, T)).toEqual([]);
    expect(constraints(documentViolations(network, '2026-11-01', null, null, T))).toEqual(['effectiveOn:notBeforeReferral']);
    expect(constraints(documentViolations(network, '2026-11-21', null, null, T))).toEqual(['effectiveOn:notInFuture']);
  });
  it('TRK-3: an update says what changed and does not precede the version it updates', () => {
    expect(constraints(documentViolations(network, '2026-11-09', ' ', { effectiveOn: '2026-11-10' }, T))).toEqual(['effectiveOn:notBeforeEarlier', 'changeSummary:requiredForUpdate']);
  });
  it('TRK-3: lists at least one entry; a routine time is HH:MM', () => {
    expect(constraints(documentViolations({ kind: 'SUPPORT_TEAM', members: [] }, '2026-11-10', null, null, T))).toEqual(['members:arrayNotEmpty']);
    expect(constraints(documentViolations({ kind: 'WEEKLY_CALENDAR', routines: [{ weekday: 'MONDAY', time: '24:00', routine: 'x' }] }, '2026-11-10', null, null, T)))
      .toEqual(['routines.0.time:isTimeOfDay']);
  });
});

describe('TRK-6, TRK-7, TRK-2: meetings, verifications, readiness reviews', () => {
  it('TRK-6: an emergency meeting has the day members were contacted, and only an emergency one', () => {
    const m = { heldOn: '2026-11-18', attendees: ['Ana'], emergency: true, membersContactedOn: null };
    expect(constraints(meetingViolations(m, T))).toEqual(['membersContactedOn:requiredInEmergency']);
    expect(constraints(meetingViolations({ ...m, emergency: false, membersContactedOn: '2026-11-18' }, T))).toEqual(['membersContactedOn:onlyInEmergency']);
    expect(meetingViolations({ ...m, membersContactedOn: '2026-11-17' }, T)).toEqual([]);
  });
  it('TRK-7: referrals on or after the verification, not in the future', () => {
    const v = { verifiedOn: '2026-11-10', specialistReferralOn: '2026-11-09', advocateReferralOn: null, ssiApplicationOn: '2026-11-21' };
    expect(constraints(verificationViolations(v, T))).toEqual(['specialistReferralOn:notBeforeEarlier', 'ssiApplicationOn:notInFuture']);
  });
  it('TRK-2: a Families First case, a past day, a reason', () => {
    expect(readinessReviewViolations({ reviewedOn: '2026-11-19', reason: 'ok' }, 'FAMILIES_FIRST', T)).toEqual([]);
    expect(constraints(readinessReviewViolations({ reviewedOn: '2026-11-19', reason: ' ' }, 'WORK_FIRST', T))).toEqual(['caseId:familiesFirstCase', 'reason:isNotEmpty']);
  });
});

describe('TRK-4, TRK-5: Work First readiness and work search', () => {
  it('TRK-4: once per stint, on or after the stint began, for Work First', () => {
    const done = [{ item: 'RESUME' as const, completedOn: '2026-11-05' }];
    expect(constraints(readinessItemViolations({ item: 'RESUME', completedOn: '2026-11-06' }, 'WORK_FIRST', '2026-11-02', done, T))).toEqual(['item:notYetCompleted']);
    // After a move to Work First on 2026-11-10, the résumé of the earlier stint does not count, and an item before the move is refused.
    expect(readinessItemViolations({ item: 'RESUME', completedOn: '2026-11-12' }, 'WORK_FIRST', '2026-11-10', done, T)).toEqual([]);
    expect(constraints(readinessItemViolations({ item: 'BUDGET', completedOn: '2026-11-09' }, 'WORK_FIRST', '2026-11-10', done, T))).toEqual(['completedOn:notBeforeEarlier']);
    expect(constraints(readinessItemViolations({ item: 'BUDGET', completedOn: '2026-11-09' }, 'FAMILIES_FIRST', '2026-11-02', [], T))).toEqual(['caseId:workFirstCase']);
  });
  it('TRK-4: progress gives each item\'s first day in the stint, and the day the last was done', () => {
    const items = [
      { item: 'RESUME' as const, completedOn: '2026-11-05' }, { item: 'BUDGET' as const, completedOn: '2026-11-01' },
      { item: 'ALEXSYS_REGISTRATION' as const, completedOn: '2026-11-03' }, { item: 'GENERAL_APPLICATION' as const, completedOn: '2026-11-04' },
    ];
    expect(readinessProgress(items, '2026-11-02').completeOn).toBeNull();
    expect(readinessProgress(items, '2026-11-01').completeOn).toBe('2026-11-05');
  });
  it('TRK-4: the stint starts at the latest approved track change of the current referral, else the referral', () => {
    const h = (version: number, event: string, approved: boolean | null, occurredAt: string) => ({ version, event, payload: approved === null ? {} : { approved }, occurredAt });
    expect(stintStart('2026-11-02', [h(1, 'REFERRED', null, '2026-11-02T21:00:00Z')])).toBe('2026-11-02');
    expect(stintStart('2026-11-02', [h(5, 'DECIDE_TRACK_CHANGE', true, '2026-12-01T21:00:00Z'), h(7, 'DECIDE_TRACK_CHANGE', false, '2027-01-05T21:00:00Z')])).toBe('2026-12-01');
    // 2026-12-02T05:00Z is still 2026-12-01 in Anchorage.
    expect(stintStart('2026-11-02', [h(5, 'DECIDE_TRACK_CHANGE', true, '2026-12-02T05:00:00Z')])).toBe('2026-12-01');
    expect(stintStart('2027-02-01', [h(5, 'DECIDE_TRACK_CHANGE', true, '2026-12-01T21:00:00Z'), h(9, 'REFER_AGAIN', null, '2027-02-01T21:00:00Z')])).toBe('2027-02-01');
  });

  it('TRK-5: a finding is for Work First with its reason; check-ins follow the latest DAILY_CHECK_IN finding, once a day', () => {
    expect(constraints(findingViolations({ foundOn: '2026-11-19', reason: '' }, 'FAMILIES_FIRST', T.referralDate, T))).toEqual(['caseId:workFirstCase', 'reason:isNotEmpty']);
    // Not a day of the Families First period before the move to Work First (the stint began 2026-11-10).
    expect(constraints(findingViolations({ foundOn: '2026-11-09', reason: 'No openings' }, 'WORK_FIRST', '2026-11-10', T))).toEqual(['foundOn:notBeforeEarlier']);
    expect(findingViolations({ foundOn: '2026-11-10', reason: 'No openings' }, 'WORK_FIRST', '2026-11-10', T)).toEqual([]);
    const findings = [{ foundOn: '2026-11-10', path: 'DAILY_CHECK_IN' as const }, { foundOn: '2026-11-15', path: 'CWE' as const }];
    expect(checkInViolations('2026-11-12', findings, new Set(), T)).toEqual([]);
    expect(constraints(checkInViolations('2026-11-16', findings, new Set(), T))).toEqual(['checkedInOn:afterDailyCheckInFinding']);
    expect(constraints(checkInViolations('2026-11-12', findings, new Set(['2026-11-12']), T))).toEqual(['checkedInOn:oncePerDay']);
  });

  it('TRK-5: a CWE/BWE finding leads to the first placement of its kind on or after it and before the next finding', () => {
    const findings = [{ foundOn: '2026-11-10', path: 'CWE' as const }, { foundOn: '2026-11-20', path: 'BWE' as const }, { foundOn: '2026-11-25', path: 'DAILY_CHECK_IN' as const }];
    const placements = [
      { id: 'early', startsOn: '2026-11-09', worksiteKind: 'CWE' }, { id: 'bwe', startsOn: '2026-11-21', worksiteKind: 'BWE' },
      { id: 'cwe-2', startsOn: '2026-11-14', worksiteKind: 'CWE' }, { id: 'cwe-1', startsOn: '2026-11-12', worksiteKind: 'CWE' },
      { id: 'late-cwe', startsOn: '2026-11-22', worksiteKind: 'CWE' },
    ];
    expect(placementAfterFinding(findings[0], findings, placements)?.id).toBe('cwe-1');
    expect(placementAfterFinding(findings[1], findings, placements)?.id).toBe('bwe');
    expect(placementAfterFinding(findings[2], findings, placements)).toBeNull();
    expect(placementAfterFinding(findings[0], findings, [placements[0]])).toBeNull();
  });
});

describe('TL-2, TL-3: staffing forms and case review staffings', () => {
  const form: StaffingForm = {
    staffingOn: '2026-11-27', submittedOn: '2026-11-19', completedWithClient: true, criteria: [{ householdMemberId: null, criteria: ['DOMESTIC_VIOLENCE'] }],
    ta10On: null, partnerInput: [{ agency: 'DVR', invitedOn: '2026-11-10', inputReceivedOn: null, input: null }],
  };
  const scheduled = { staffingOn: '2026-11-27', decided: false };
  it('TL-2: a complete form passes; a late form is still accepted (TL-2\'s obligation tells it was late)', () => {
    expect(staffingFormViolations(form, scheduled, new Set(), T)).toEqual([]);
    expect(staffingFormViolations({ ...form, submittedOn: '2026-11-20', staffingOn: '2026-11-21' }, { ...scheduled, staffingOn: '2026-11-21' }, new Set(), T)).toEqual([]);
  });
  it('TL-2: the client\'s criteria, each parent once and a second parent of the family, an updated TA10 for a TA10 criterion', () => {
    const bad = { ...form, criteria: [{ householdMemberId: 'p-2', criteria: ['MEDICAL_INABILITY_TA10' as const] }, { householdMemberId: 'p-2', criteria: [] }] };
    expect(constraints(staffingFormViolations(bad, scheduled, new Set(['p-2']), T))).toEqual([
      'criteria.1.householdMemberId:oncePerParent', 'criteria.1.criteria:arrayNotEmpty', 'criteria:clientIncluded', 'ta10On:requiredForTa10Criterion',
    ]);
    expect(constraints(staffingFormViolations({ ...form, ta10On: '2026-11-20' }, scheduled, new Set(), T))).toEqual(['ta10On:notAfterSubmitted']);
  });
  it('TL-2: partner agencies invited before the form, their input with its day and text, in between', () => {
    const late = { ...form, partnerInput: [{ agency: 'DVR', invitedOn: '2026-11-20', inputReceivedOn: null, input: 'text' }] };
    expect(constraints(staffingFormViolations(late, scheduled, new Set(), T))).toEqual(['partnerInput.0.invitedOn:inAdvance', 'partnerInput.0.input:withReceivedOn']);
  });
  it('TL-2: no scheduled staffing, another one, or a decided one', () => {
    expect(constraints(staffingFormViolations(form, null, new Set(), T))).toEqual(['caseId:staffingScheduled']);
    expect(constraints(staffingFormViolations(form, { ...scheduled, decided: true }, new Set(), T))).toEqual(['staffingOn:staffingDecided']);
  });
  it('TL-3: documents progression, regression and discrepancies; the next one after it; not before the previous one', () => {
    const s = { heldOn: '2026-11-19', progression: 'a', regression: 'none', discrepancies: ' ', nextStaffingOn: '2026-11-19' };
    expect(constraints(reviewStaffingViolations(s, { heldOn: '2026-11-20' }, T))).toEqual(['heldOn:notBeforeEarlier', 'discrepancies:isNotEmpty', 'nextStaffingOn:afterHeld']);
  });
});
