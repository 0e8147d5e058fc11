import {
  placementEndViolations, placementViolations, positionViolations, progressNoteViolations, siteAgreementViolations, slotsTaken,
} from '../../../src/worksites/worksite-rules';
import { escapeHtml, renderPlacementAgreement } from '../../../src/worksites/agreement-documents';

const constraints = (vs: Array<{ constraint: string }>) => vs.map((v) => v.constraint);

describe('worksite rules (SITE-1, TRK-5)', () => {
  const assignment = { caseId: 'c1', activityType: 'WORK_EXPERIENCE' as const, startDate: '2026-11-02', endDate: null, scheduledCentiHoursPerWeek: 2000 };
  const position = { active: true, slots: 2, centiHoursPerWeek: 2000, placements: [] };
  const placement = { caseId: 'c1', startsOn: '2026-11-02', centiHoursPerWeek: 2000, supervisorName: 'Ruth' };
  const timeline = { referralDate: '2026-11-01' };

  it('SITE-1: a position has a title, 1 to 40 hours a week and 0..1000 slots', () => {
    expect(positionViolations({ title: 'Clerk', centiHoursPerWeek: 2000, slots: 2, skills: ['filing'] })).toEqual([]);
    expect(constraints(positionViolations({ title: ' ', centiHoursPerWeek: 4001, slots: -1, skills: [' '] }))).toEqual(['isNotEmpty', 'withinWeeklyLimit', 'isSlotCount', 'isNotEmpty']);
  });

  it('SITE-1: a slot is taken until the placement ends; the end day frees it', () => {
    expect(slotsTaken([{ endedOn: null }, { endedOn: '2026-11-10' }], '2026-11-09')).toBe(2);
    expect(slotsTaken([{ endedOn: null }, { endedOn: '2026-11-10' }], '2026-11-10')).toBe(1);
  });

  it('SITE-1: a placement into a full position is positionFull; an inactive one positionActive', () => {
    expect(placementViolations(placement, assignment, position, timeline)).toEqual([]);
    const full = { ...position, placements: [{ endedOn: null }, { endedOn: null }] };
    expect(constraints(placementViolations(placement, assignment, full, timeline))).toEqual(['positionFull']);
    expect(constraints(placementViolations(placement, assignment, { ...full, placements: [{ endedOn: null }, { endedOn: '2026-11-02' }] }, timeline))).toEqual([]);
    expect(constraints(placementViolations(placement, assignment, { ...position, active: false }, timeline))).toEqual(['positionActive']);
  });

  it('TRK-5: the placement is the site of the case\'s own WORK_EXPERIENCE assignment, within its dates and hours', () => {
    const bad = placementViolations({ ...placement, startsOn: '2026-10-31', centiHoursPerWeek: 2500, supervisorName: '' },
      { ...assignment, caseId: 'c2', activityType: 'JOB_SEARCH_JOB_READINESS' }, position, timeline);
    expect(constraints(bad)).toEqual(['assignmentOfCase', 'workExperienceAssignment', 'notBeforeReferral', 'withinAssignment', 'withinAssignmentHours', 'isNotEmpty']);
    expect(constraints(placementViolations({ ...placement, startsOn: '2026-12-01' }, { ...assignment, endDate: '2026-11-30' }, position, timeline))).toEqual(['withinAssignment']);
  });

  it('SITE-1: a placement ends once, not before its start nor in the future; progress notes fall within it', () => {
    expect(placementEndViolations({ startsOn: '2026-11-02', endedOn: null }, '2026-11-05', '2026-11-06')).toEqual([]);
    expect(constraints(placementEndViolations({ startsOn: '2026-11-02', endedOn: '2026-11-03' }, '2026-11-01', '2026-10-31'))).toEqual(['notEnded', 'notBeforeStart', 'notInFuture']);
    expect(constraints(progressNoteViolations({ startsOn: '2026-11-02', endedOn: '2026-11-05' }, { notedOn: '2026-11-06', text: ' ' }, '2026-11-10'))).toEqual(['notAfterEnd', 'isNotEmpty']);
    expect(constraints(progressNoteViolations({ startsOn: '2026-11-02', endedOn: null }, { notedOn: '2026-11-01', text: 'ok' }, '2026-11-10'))).toEqual(['notBeforeStart']);
  });

  it('SITE-1: a site agreement is signed by today, its period in order', () => {
    expect(siteAgreementViolations({ signedOn: '2026-11-01', effectiveFrom: '2026-11-01', effectiveTo: null }, '2026-11-02')).toEqual([]);
    expect(constraints(siteAgreementViolations({ signedOn: '2026-11-03', effectiveFrom: '2026-11-02', effectiveTo: '2026-11-01' }, '2026-11-02'))).toEqual(['notInFuture', 'notBeforeEffectiveFrom']);
  });

  it('SITE-1: the placement agreement escapes every value it prints', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
    const html = renderPlacementAgreement({
      caseId: 'c', clientId: 'k', officeId: 'o', officeName: 'North', clientFirstName: '<script>alert(1)</script>', clientLastName: 'Doe',
      worksiteName: 'Food Bank', worksiteKind: 'CWE', worksiteAddress: '1 Main', worksitePhone: '907', worksiteContact: 'Ann', employerName: null,
      positionTitle: 'Sorter', skills: [], startsOn: '2026-11-02', centiHoursPerWeek: 2050, supervisorName: 'Ruth', endedOn: null,
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Doe');
    expect(html).toContain('<dd>20.50</dd>');
  });
});
