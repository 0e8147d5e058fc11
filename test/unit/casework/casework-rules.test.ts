import { assessmentViolations, chartEventFor, type AssessmentContent } from '../../../src/assessment/assessment-rules';
import { agencyReferralViolations, assignmentFollowUpViolations, referralOutcomeViolations } from '../../../src/referrals/referral-rules';
import { chartVersionViolations, contactViolations, penaltyVisitEvent, responseViolations, visitViolations } from '../../../src/contacts/contact-rules';

const timeline = { referralDate: '2026-11-02', today: '2026-11-10' };
const constraints = (v: Array<{ field: string; constraint: string }>) => v.map((x) => `${x.field}:${x.constraint}`);

describe('Employability Assessment rules (EA-1, EA-2, ENG-3)', () => {
  const ea: AssessmentContent = {
    completedOn: '2026-11-05', epiItems: [{ item: 'Transportation', answer: 'None' }], strengths: [], barriers: [{ category: 'HOUSING', description: 'Shelter' }],
    clientGoals: ['CDL'], discrepancies: [{ selfReport: 'a', assessment: 'b', explanation: 'c' }],
  };

  it('accepts a complete EA within the case\'s timeline', () => {
    expect(assessmentViolations(ea, timeline)).toEqual([]);
  });

  it('refuses dates outside the timeline, an empty EPI or goal list, a blank barrier and an unexplained discrepancy (EA-2)', () => {
    expect(constraints(assessmentViolations({ ...ea, completedOn: '2026-11-01' }, timeline))).toEqual(['completedOn:notBeforeReferral']);
    expect(constraints(assessmentViolations({ ...ea, completedOn: '2026-11-11' }, timeline))).toEqual(['completedOn:notInFuture']);
    expect(constraints(assessmentViolations(ea, { ...timeline, previousCompletedOn: '2026-11-06' }))).toEqual(['completedOn:notBeforePreviousAssessment']);
    expect(constraints(assessmentViolations({
      ...ea, epiItems: [], clientGoals: [' '], barriers: [{ category: 'OTHER', description: '' }], discrepancies: [{ selfReport: 'a', assessment: 'b', explanation: ' ' }],
    }, timeline))).toEqual(['epiItems:arrayNotEmpty', 'clientGoals:arrayNotEmpty', 'barriers.0.description:isNotEmpty', 'discrepancies.0.explanation:isNotEmpty']);
  });

  it('ENG-3: the first EA sends COMPLETE_EA, one after the clock restarted COMPLETE_REASSESSMENT, any other none', () => {
    expect(chartEventFor({ ea: { completedOn: null }, engagementClockStart: '2026-11-02' })).toBe('COMPLETE_EA');
    expect(chartEventFor({ ea: { completedOn: '2026-11-05' }, engagementClockStart: '2026-11-20' })).toBe('COMPLETE_REASSESSMENT');
    expect(chartEventFor({ ea: { completedOn: '2026-11-20' }, engagementClockStart: '2026-11-20' })).toBeNull();
    expect(chartEventFor({ ea: { completedOn: '2026-11-05' }, engagementClockStart: '2026-11-02' })).toBeNull();
  });
});

describe('agency referral rules (EA-3, EA-5)', () => {
  const referral = { referredOn: '2026-11-04', followUpOn: '2026-11-18', agency: 'Public Health', reason: 'Shots' };

  it('EA-3: the follow-up is after the referral; the referral within the case\'s timeline; agency and reason named', () => {
    expect(agencyReferralViolations(referral, timeline)).toEqual([]);
    // A follow-up may be planned ahead of today; the referral itself may not.
    expect(agencyReferralViolations({ ...referral, followUpOn: '2027-01-01' }, timeline)).toEqual([]);
    expect(constraints(agencyReferralViolations({ ...referral, followUpOn: '2026-11-04' }, timeline))).toEqual(['followUpOn:afterReferredOn']);
    expect(constraints(agencyReferralViolations({ ...referral, referredOn: '2026-11-01' }, timeline))).toEqual(['referredOn:notBeforeReferral']);
    expect(constraints(agencyReferralViolations({ ...referral, referredOn: '2026-11-11', followUpOn: '2026-11-20' }, timeline))).toEqual(['referredOn:notInFuture']);
    expect(constraints(agencyReferralViolations({ ...referral, agency: ' ', reason: '' }, timeline))).toEqual(['agency:isNotEmpty', 'reason:isNotEmpty']);
  });

  it('EA-3: an outcome is on or after the referral and not in the future', () => {
    expect(referralOutcomeViolations(referral, '2026-11-04', 'Connected', '2026-11-10')).toEqual([]);
    expect(constraints(referralOutcomeViolations(referral, '2026-11-03', 'x', '2026-11-10'))).toEqual(['outcomeOn:notBeforeReferredOn']);
    expect(constraints(referralOutcomeViolations(referral, '2026-11-11', '', '2026-11-10'))).toEqual(['outcomeOn:notInFuture', 'outcome:isNotEmpty']);
  });

  it('EA-5: a follow-up is on or after the assignment\'s start, not in the future, the next one after it', () => {
    const assignment = { startDate: '2026-11-09' };
    expect(assignmentFollowUpViolations(assignment, { followedUpOn: '2026-11-09', nextFollowUpOn: '2026-11-23', summary: 'ok' }, '2026-11-10')).toEqual([]);
    expect(constraints(assignmentFollowUpViolations(assignment, { followedUpOn: '2026-11-08', nextFollowUpOn: '2026-11-08', summary: 'ok' }, '2026-11-10')))
      .toEqual(['followedUpOn:notBeforeStart', 'nextFollowUpOn:afterFollowedUpOn']);
    expect(constraints(assignmentFollowUpViolations(assignment, { followedUpOn: '2026-11-11', nextFollowUpOn: null, summary: ' ' }, '2026-11-10')))
      .toEqual(['followedUpOn:notInFuture', 'summary:isNotEmpty']);
  });
});

describe('contact and visit rules (ENG-7, ENG-8)', () => {
  const now = new Date('2026-11-10T20:00:00Z');

  it('ENG-7: a contact is received on or after the referral (Alaska date) and not in the future', () => {
    expect(contactViolations({ receivedAt: new Date('2026-11-02T09:00:00Z'), summary: 'x' }, { referralDate: '2026-11-02', now })).toEqual([]);
    // 2026-11-02T08:00Z is still 2026-11-01 in Anchorage.
    expect(constraints(contactViolations({ receivedAt: new Date('2026-11-02T08:00:00Z'), summary: 'x' }, { referralDate: '2026-11-02', now }))).toEqual(['receivedAt:notBeforeReferral']);
    expect(constraints(contactViolations({ receivedAt: new Date('2026-11-10T20:00:01Z'), summary: '' }, { referralDate: '2026-11-02', now })))
      .toEqual(['receivedAt:notInFuture', 'summary:isNotEmpty']);
  });

  it('ENG-7: a response is not before its contact, not in the future, once', () => {
    const contact = { receivedAt: new Date('2026-11-09T18:00:00Z'), responded: false };
    expect(responseViolations(contact, { respondedAt: new Date('2026-11-09T18:00:00Z'), summary: 'ok' }, now)).toEqual([]);
    expect(constraints(responseViolations(contact, { respondedAt: new Date('2026-11-09T17:59:59Z'), summary: 'ok' }, now))).toEqual(['respondedAt:notBeforeReceived']);
    expect(constraints(responseViolations({ ...contact, responded: true }, { respondedAt: new Date('2026-11-10T21:00:00Z'), summary: 'ok' }, now)))
      .toEqual(['contactId:notResponded', 'respondedAt:notInFuture']);
  });

  it('ENG-8: a visit is within the case\'s timeline and has its outcome', () => {
    expect(visitViolations({ visitedOn: '2026-11-10', outcome: 'ok' }, timeline)).toEqual([]);
    expect(constraints(visitViolations({ visitedOn: '2026-11-01', outcome: '' }, timeline))).toEqual(['visitedOn:notBeforeReferral', 'outcome:isNotEmpty']);
    expect(constraints(visitViolations({ visitedOn: '2026-11-11', outcome: 'ok' }, timeline))).toEqual(['visitedOn:notInFuture']);
  });

  it('PEN-4: only a HOME visit for PENALTY_RESOLUTION records the penalty\'s home visit, and it needs the child-safety determination', () => {
    const visit = { kind: 'HOME' as const, purpose: 'PENALTY_RESOLUTION' as const, visitedOn: '2026-11-10' };
    expect(penaltyVisitEvent({ ...visit, childSafetyDetermined: false }, 'v-1')).toEqual({
      event: { type: 'RECORD_PENALTY_HOME_VISIT', visitedOn: '2026-11-10', childSafetyDetermined: false, visitId: 'v-1' }, violations: [],
    });
    expect(constraints(penaltyVisitEvent(visit, 'v-1').violations)).toEqual(['childSafetyDetermined:isDefined']);
    expect(penaltyVisitEvent({ ...visit, purpose: 'ENGAGEMENT' as const }, 'v-1')).toEqual({ event: null, violations: [] });
    expect(constraints(penaltyVisitEvent({ ...visit, kind: 'COMMUNITY' as const, childSafetyDetermined: true }, 'v-1').violations))
      .toEqual(['childSafetyDetermined:onlyForPenaltyResolutionHomeVisit']);
  });

  it('PEN-4: a visit that records the chart\'s home visit names the case version seen; any other visit needs none', () => {
    expect(constraints(chartVersionViolations(true, null))).toEqual(['expectedVersion:isDefined']);
    expect(constraints(chartVersionViolations(true, undefined))).toEqual(['expectedVersion:isDefined']);
    expect(chartVersionViolations(true, 7)).toEqual([]);
    expect(chartVersionViolations(false, null)).toEqual([]);
  });
});
