import { documentViolations, meetingViolations } from '../../../src/families-first/families-first-rules';
import { familiesFirstStintViolations, trackStintStart, uniqueViolations } from '../../../src/families-first/track-stint';
import { staffingFormViolations } from '../../../src/staffings/staffing-rules';
import { stintStart } from '../../../src/work-first/work-first-rules';

const T = { referralDate: '2026-11-02', today: '2026-11-20' };
const constraints = (v: Array<{ field: string; constraint: string }>) => v.map((x) => `${x.field}:${x.constraint}`);
const h = (version: number, event: string, approved: boolean | null, occurredAt: string) => ({ version, event, payload: approved === null ? {} : { approved }, occurredAt });

/** Issue 12 review, item 3: Families First records against the case's own track timeline. */
describe('TRK-2, TRK-3, TRK-6, TRK-7: a Families First record is of the Families First stint', () => {
  it('TRK-3: the stint starts at the approved move to the track (the latest TRK-1 change of the current referral), else the referral', () => {
    expect(trackStintStart('2026-11-02', [h(1, 'REFERRED', null, '2026-11-02T21:00:00Z')])).toBe('2026-11-02');
    expect(trackStintStart('2026-11-02', [h(4, 'REQUEST_TRACK_CHANGE', null, '2026-11-09T21:00:00Z'), h(5, 'DECIDE_TRACK_CHANGE', true, '2026-11-10T21:00:00Z')])).toBe('2026-11-10');
    // A denied change moves nothing; the Work First records' stint is the same rule.
    expect(trackStintStart('2026-11-02', [h(5, 'DECIDE_TRACK_CHANGE', false, '2026-11-10T21:00:00Z')])).toBe('2026-11-02');
    expect(stintStart).toBe(trackStintStart);
  });

  it('TRK-2/3/6/7: a record is for a case on Families First ("Families First: ..."), whatever its day', () => {
    expect(constraints(familiesFirstStintViolations('effectiveOn', '2026-11-12', { track: 'WORK_FIRST', since: '2026-11-02', referralDate: '2026-11-02' })))
      .toEqual(['caseId:familiesFirstCase']);
    expect(familiesFirstStintViolations('effectiveOn', '2026-11-02', { track: 'FAMILIES_FIRST', since: '2026-11-02', referralDate: '2026-11-02' })).toEqual([]);
  });

  it('TRK-2/3/6/7: not dated before the day the case moved to Families First (a day of the Work First stint before it)', () => {
    const stint = { track: 'FAMILIES_FIRST', since: '2026-11-10', referralDate: '2026-11-02' };
    expect(constraints(familiesFirstStintViolations('heldOn', '2026-11-09', stint))).toEqual(['heldOn:notBeforeEarlier']);
    expect(familiesFirstStintViolations('heldOn', '2026-11-09', stint)[0].message).toContain('the move to Families First (2026-11-10)');
    expect(familiesFirstStintViolations('heldOn', '2026-11-10', stint)).toEqual([]);
  });

  it('TRK-3: an update dated before both the version it updates and the move is refused once per field and rule', () => {
    const network = { kind: 'FAMILY_NETWORK' as const, members: [{ name: 'Olga', relationshipToFamily: 'grandmother', supportProvided: 'child care', contact: null }] };
    const own = documentViolations(network, '2026-11-08', 'Neighbour added', { effectiveOn: '2026-11-09' }, T);
    const stint = familiesFirstStintViolations('effectiveOn', '2026-11-08', { track: 'FAMILIES_FIRST', since: '2026-11-10', referralDate: T.referralDate });
    expect(constraints(uniqueViolations([...own, ...stint]))).toEqual(['effectiveOn:notBeforeEarlier']);
  });

  it('TRK-3: a member or routine whose text is blank (it would be stored empty) is refused', () => {
    expect(constraints(documentViolations({ kind: 'FAMILY_NETWORK', members: [{ name: ' ', relationshipToFamily: 'aunt', supportProvided: '', contact: null }] }, '2026-11-10', null, null, T)))
      .toEqual(['members.0.name:isNotEmpty', 'members.0.supportProvided:isNotEmpty']);
    expect(constraints(documentViolations({ kind: 'SUPPORT_TEAM', members: [{ name: 'Dana', agency: null, roleOnTeam: '  ', contact: null }] }, '2026-11-10', null, null, T)))
      .toEqual(['members.0.roleOnTeam:isNotEmpty']);
    expect(constraints(documentViolations({ kind: 'WEEKLY_CALENDAR', routines: [{ weekday: 'MONDAY', time: '07:30', routine: ' ' }] }, '2026-11-10', null, null, T)))
      .toEqual(['routines.0.routine:isNotEmpty']);
  });

  it('TRK-6: the members are contacted for the emergency meeting on or before it, not after, and not before the referral', () => {
    const m = { heldOn: '2026-11-18', attendees: ['Ana'], emergency: true };
    expect(meetingViolations({ ...m, membersContactedOn: '2026-11-18' }, T)).toEqual([]);
    expect(constraints(meetingViolations({ ...m, membersContactedOn: '2026-11-19' }, T))).toEqual(['membersContactedOn:notAfterMeeting']);
    expect(constraints(meetingViolations({ ...m, membersContactedOn: '2026-11-01' }, T))).toEqual(['membersContactedOn:notBeforeReferral']);
  });
});

describe('TL-2: the extension staffing form names each partner agency', () => {
  it('TL-2: a partner agency that is blank once trimmed is refused', () => {
    const form = {
      staffingOn: '2026-11-27', submittedOn: '2026-11-19', completedWithClient: true, criteria: [{ householdMemberId: null, criteria: ['DOMESTIC_VIOLENCE' as const] }],
      ta10On: null, partnerInput: [{ agency: '  ', invitedOn: '2026-11-10', inputReceivedOn: null, input: null }],
    };
    expect(constraints(staffingFormViolations(form, { staffingOn: '2026-11-27', decided: false }, new Set(), T))).toEqual(['partnerInput.0.agency:isNotEmpty']);
  });
});
