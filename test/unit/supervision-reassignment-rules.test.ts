import {
  caseloadSizeViolation, givingCaseManagerViolation, lockOrder, MAX_CASES_PER_REASSIGNMENT, reassignmentRequestViolations,
  receivingCaseManagerViolation, settleReassignment, type CaseAttempt,
} from '../../src/supervision/reassignment-rules';

const office = 'office-north';
const constraints = (v: Array<{ field: string; constraint: string }>) => v.map((x) => `${x.field}:${x.constraint}`);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('bulk reassignment requests (ENG-3, issue 13 item 5)', () => {
  const to = id(999);

  it('names the cases exactly one way: caseIds or fromCaseManagerId', () => {
    expect(reassignmentRequestViolations({ caseIds: [id(1)], toCaseManagerId: to, mode: 'ALL_OR_NOTHING' })).toEqual([]);
    expect(reassignmentRequestViolations({ fromCaseManagerId: id(2), toCaseManagerId: to, mode: 'BEST_EFFORT' })).toEqual([]);
    expect(constraints(reassignmentRequestViolations({ toCaseManagerId: to, mode: 'BEST_EFFORT' }))).toEqual(['caseIds:exactlyOneOfCaseIdsOrFromCaseManagerId']);
    expect(constraints(reassignmentRequestViolations({ caseIds: [id(1)], fromCaseManagerId: id(2), toCaseManagerId: to, mode: 'BEST_EFFORT' })))
      .toEqual(['fromCaseManagerId:exactlyOneOfCaseIdsOrFromCaseManagerId']);
  });

  it(`refuses an empty list, more than ${MAX_CASES_PER_REASSIGNMENT} cases, a case named twice (in any letter case), and a caseload moved to its own case manager`, () => {
    expect(constraints(reassignmentRequestViolations({ caseIds: [], toCaseManagerId: to, mode: 'BEST_EFFORT' }))).toEqual(['caseIds:arrayNotEmpty']);
    const many = Array.from({ length: MAX_CASES_PER_REASSIGNMENT + 1 }, (_, i) => id(i));
    expect(constraints(reassignmentRequestViolations({ caseIds: many, toCaseManagerId: to, mode: 'BEST_EFFORT' }))).toEqual(['caseIds:arrayMaxSize']);
    expect(reassignmentRequestViolations({ caseIds: many.slice(1), toCaseManagerId: to, mode: 'BEST_EFFORT' })).toEqual([]);
    const twice = reassignmentRequestViolations({ caseIds: [id(1), id(2), id(1).toUpperCase()], toCaseManagerId: to, mode: 'BEST_EFFORT' });
    expect(constraints(twice)).toEqual(['caseIds:arrayUnique']);
    expect(twice[0].message).toContain(id(1));
    expect(constraints(reassignmentRequestViolations({ fromCaseManagerId: to, toCaseManagerId: to, mode: 'BEST_EFFORT' }))).toEqual(['toCaseManagerId:notTheSameCaseManager']);
  });

  it('ENG-3: the receiving case manager is an active CASE_MANAGER of the office; the giving one a CASE_MANAGER of it, active or not', () => {
    const cm = { role: 'CASE_MANAGER', active: true, officeId: office };
    expect(receivingCaseManagerViolation(cm, office)).toBeNull();
    for (const staff of [null, { ...cm, active: false }, { ...cm, role: 'SUPERVISOR' }, { ...cm, officeId: 'office-south' }]) {
      expect(receivingCaseManagerViolation(staff, office)).toMatchObject({ field: 'toCaseManagerId', constraint: 'isActiveCaseManager' });
    }
    expect(givingCaseManagerViolation({ ...cm, active: false }, office)).toBeNull();
    for (const staff of [null, { ...cm, role: 'MANAGER' }, { ...cm, officeId: 'office-south' }]) {
      expect(givingCaseManagerViolation(staff, office)).toMatchObject({ field: 'fromCaseManagerId', constraint: 'isCaseManagerOfOffice' });
    }
    expect(caseloadSizeViolation(MAX_CASES_PER_REASSIGNMENT)).toBeNull();
    expect(caseloadSizeViolation(MAX_CASES_PER_REASSIGNMENT + 1)).toMatchObject({ field: 'fromCaseManagerId', constraint: 'arrayMaxSize' });
  });

  it('moves cases in id order (one lock order for every bulk request) without reordering the request', () => {
    const ids = [id(3), id(1), id(2)];
    expect(lockOrder(ids)).toEqual([id(1), id(2), id(3)]);
    expect(ids).toEqual([id(3), id(1), id(2)]);
  });
});

describe('bulk reassignment outcomes (ENG-3, issue 13 item 5)', () => {
  const refusal = { code: 'TRANSITION_NOT_ALLOWED', message: 'CHANGE_CASE_MANAGER is not allowed now: TA is closed', details: { state: 'closed' } };
  const attempts: CaseAttempt[] = [{ caseId: 'b', version: 4 }, { caseId: 'a', refusal }, { caseId: 'c', version: 9 }];

  it('ALL_OR_NOTHING: one refused case writes nothing; it is REFUSED and the others ROLLED_BACK, in the request\'s order', () => {
    expect(settleReassignment('ALL_OR_NOTHING', ['c', 'a', 'b'], attempts)).toEqual({
      mode: 'ALL_OR_NOTHING', committed: false,
      outcomes: [
        { caseId: 'c', status: 'ROLLED_BACK', version: null, refusal: null },
        { caseId: 'a', status: 'REFUSED', version: null, refusal },
        { caseId: 'b', status: 'ROLLED_BACK', version: null, refusal: null },
      ],
    });
  });

  it('ALL_OR_NOTHING with no refusal, and BEST_EFFORT always, keep every case that moved with its new version', () => {
    const moved = attempts.filter((a) => !('refusal' in a));
    expect(settleReassignment('ALL_OR_NOTHING', ['b', 'c'], moved)).toMatchObject({ committed: true, outcomes: [{ status: 'MOVED', version: 4 }, { status: 'MOVED', version: 9 }] });
    expect(settleReassignment('BEST_EFFORT', ['a', 'b', 'c'], attempts)).toEqual({
      mode: 'BEST_EFFORT', committed: true,
      outcomes: [
        { caseId: 'a', status: 'REFUSED', version: null, refusal },
        { caseId: 'b', status: 'MOVED', version: 4, refusal: null },
        { caseId: 'c', status: 'MOVED', version: 9, refusal: null },
      ],
    });
  });

  it('never reports a case it did not try', () => {
    expect(() => settleReassignment('BEST_EFFORT', ['a', 'z'], attempts)).toThrow('case z was not tried');
  });
});
