import {
  draftViolations, lastStepReviewOn, mailingViolations, reviewViolations, signatureViolations, stepsOf, updateAppointmentViolations,
  type GoalDraft, type VersionDraft, type VersionFacts,
} from '../../../src/fssp/fssp-rules';

const codes = (vs: Array<{ field: string; constraint: string }>) => vs.map((v) => `${v.field}:${v.constraint}`);
const days = { referralDate: '2026-10-01', today: '2026-10-10' };
const goals = (): GoalDraft[] => [
  {
    text: 'Work as a line cook', measure: 'A written job offer', targetOn: '2027-03-31',
    intermediateGoals: [{ text: 'Food handler card', measure: 'Card in file', targetOn: '2026-12-31', steps: [{ text: 'Course', startsOn: '2026-10-06', reviewOn: '2026-11-15' }] }],
    steps: [{ text: 'Apply to five restaurants', startsOn: '2026-10-06', reviewOn: '2026-12-15' }],
  },
  { text: 'Child care in place', measure: 'Authorization issued', targetOn: '2027-01-31', steps: [{ text: 'Apply', startsOn: '2026-10-06', endsOn: '2026-10-30', reviewOn: '2027-01-15' }] },
];
const draft = (over: Partial<VersionDraft> = {}): VersionDraft => ({ draftedOn: '2026-10-05', goals: goals(), ...over });
const unsigned: VersionFacts = { draftedOn: '2026-10-05', signedOn: null, mailedOn: null };

describe('FSSP-3: a version is SMART, with steps that each have their own review date', () => {
  it('FSSP-3: a complete draft has nothing wrong; its last step review date is the latest of its steps\'', () => {
    expect(draftViolations(draft(), 1, days)).toEqual([]);
    expect(lastStepReviewOn(goals())).toBe('2027-01-15');
    expect(stepsOf(goals()).map((s) => s.field)).toEqual(['goals[0].steps[0]', 'goals[0].intermediateGoals[0].steps[0]', 'goals[1].steps[0]']);
  });

  it('FSSP-3: a step reviewed before it starts, or ending before it starts, is refused with its field', () => {
    const g = goals();
    g[0].intermediateGoals![0].steps![0] = { text: 'Course', startsOn: '2026-10-20', endsOn: '2026-10-19', reviewOn: '2026-10-19' };
    expect(codes(draftViolations(draft({ goals: g }), 1, days))).toEqual([
      'goals[0].intermediateGoals[0].steps[0].reviewOn:notBeforeStart', 'goals[0].intermediateGoals[0].steps[0].endsOn:notBeforeStart',
    ]);
  });

  it('FSSP-3: at least one goal and one step; goals SMART, targets not before the draft, an intermediate goal by its goal\'s target', () => {
    expect(codes(draftViolations(draft({ goals: [] }), 1, days))).toEqual(['goals:arrayNotEmpty']);
    expect(codes(draftViolations(draft({ goals: [{ text: 'x', measure: 'y', targetOn: '2027-01-01', steps: [] }] }), 1, days))).toEqual(['goals:hasSteps']);
    const g = goals();
    g[0] = { ...g[0], measure: ' ', targetOn: '2026-10-04' };
    g[0].intermediateGoals![0].targetOn = '2027-06-30';
    expect(codes(draftViolations(draft({ goals: g }), 1, days))).toEqual([
      'goals[0].measure:isNotEmpty', 'goals[0].targetOn:notBeforeDraft', 'goals[0].intermediateGoals[0].targetOn:notAfterGoal',
    ]);
  });

  it('drafted not before the referral nor after today; a step not before the draft', () => {
    expect(codes(draftViolations(draft({ draftedOn: '2026-09-30' }), 1, days))).toEqual(['draftedOn:notBeforeReferral']);
    expect(codes(draftViolations(draft({ draftedOn: '2026-10-11' }), 1, days))).toEqual(expect.arrayContaining(['draftedOn:notInFuture', 'goals[0].steps[0].startsOn:notBeforeDraft']));
  });

  it('FSSP-2: an update (version 2 on) says what changed; EA-4: a service plan names its agency and content', () => {
    expect(codes(draftViolations(draft({ changeSummary: '  ' }), 2, days))).toEqual(['changeSummary:requiredForUpdate']);
    expect(draftViolations(draft({ changeSummary: 'Moved the review' }), 2, days)).toEqual([]);
    expect(codes(draftViolations(draft({ servicePlans: [{ agency: 'DVR', summary: '' }] }), 1, days))).toEqual(['servicePlans[0]:isNotEmpty']);
  });
});

describe('FSSP-6: a mailing for signature', () => {
  it('FSSP-6: due back after it was mailed, mailed not before the draft nor after today, never once signed', () => {
    expect(mailingViolations(unsigned, { mailedOn: '2026-10-05', dueBackOn: '2026-10-19' }, '2026-10-10')).toEqual([]);
    expect(codes(mailingViolations(unsigned, { mailedOn: '2026-10-05', dueBackOn: '2026-10-05' }, '2026-10-10'))).toEqual(['dueBackOn:afterMailed']);
    expect(codes(mailingViolations(unsigned, { mailedOn: '2026-10-04', dueBackOn: '2026-10-19' }, '2026-10-10'))).toEqual(['mailedOn:notBeforeDraft']);
    expect(codes(mailingViolations({ ...unsigned, signedOn: '2026-10-06' }, { mailedOn: '2026-10-11', dueBackOn: '2026-10-19' }, '2026-10-10')))
      .toEqual(['versionId:notSigned', 'mailedOn:notInFuture']);
  });
});

describe('FSSP-1 / FSSP-5 / FSSP-6: the signature', () => {
  it('FSSP-1: not before the draft, nor before the mailing, nor after today; once', () => {
    expect(signatureViolations(unsigned, { method: 'IN_PERSON', signedOn: '2026-10-05' }, '2026-10-10')).toEqual([]);
    expect(codes(signatureViolations(unsigned, { method: 'IN_PERSON', signedOn: '2026-10-04' }, '2026-10-10'))).toEqual(['signedOn:notBeforeDraft']);
    expect(codes(signatureViolations({ ...unsigned, mailedOn: '2026-10-07' }, { method: 'MAILED', signedOn: '2026-10-06' }, '2026-10-10'))).toEqual(['signedOn:notBeforeMailed']);
    expect(codes(signatureViolations({ ...unsigned, signedOn: '2026-10-06' }, { method: 'IN_PERSON', signedOn: '2026-10-11' }, '2026-10-10')))
      .toEqual(['versionId:notSigned', 'signedOn:notInFuture']);
  });

  it('FSSP-6: a plan signed by mail was mailed first', () => {
    expect(codes(signatureViolations(unsigned, { method: 'MAILED', signedOn: '2026-10-06' }, '2026-10-10'))).toEqual(['method:mailedFirst']);
  });

  it('FSSP-5: a field FSSP records plan date, goal date and goal; other signatures record none of them', () => {
    expect(codes(signatureViolations(unsigned, { method: 'FIELD', signedOn: '2026-10-06' }, '2026-10-10')))
      .toEqual(['field.planOn:requiredForField', 'field.goalOn:requiredForField', 'field.goal:requiredForField']);
    expect(signatureViolations(unsigned, { method: 'FIELD', signedOn: '2026-10-06', field: { planOn: '2026-10-06', goalOn: '2027-01-31', goal: 'Work' } }, '2026-10-10')).toEqual([]);
    expect(codes(signatureViolations(unsigned, { method: 'IN_PERSON', signedOn: '2026-10-06', field: { goal: 'Work' } }, '2026-10-10'))).toEqual(['field:onlyForField']);
  });

  it('FSSP-5: a field FSSP\'s plan date is not before the draft, and its goal date not before its plan date', () => {
    expect(codes(signatureViolations(unsigned, { method: 'FIELD', signedOn: '2026-10-06', field: { planOn: '2026-10-04', goalOn: '2026-10-03', goal: 'Work' } }, '2026-10-10')))
      .toEqual(['field.planOn:notBeforeDraft', 'field.goalOn:notBeforePlanDate']);
  });
});

describe('FSSP-2: an update answers the version it replaces', () => {
  it('FSSP-2: version 2 is drafted on or after version 1 was signed (or drafted, while unsigned)', () => {
    const previous = { number: 1, draftedOn: '2026-10-03', signedOn: '2026-10-05' };
    expect(codes(draftViolations(draft({ draftedOn: '2026-10-04', changeSummary: 'New step' }), 2, { ...days, previous }))).toEqual(['draftedOn:notBeforePreviousVersion']);
    expect(draftViolations(draft({ draftedOn: '2026-10-05', changeSummary: 'New step' }), 2, { ...days, previous })).toEqual([]);
    expect(codes(draftViolations(draft({ draftedOn: '2026-10-04', changeSummary: 'Redrafted' }), 2, { ...days, previous: { ...previous, signedOn: null, draftedOn: '2026-10-05' } })))
      .toEqual(['draftedOn:notBeforePreviousVersion']);
  });
});

describe('FSSP-2 / ENG-4: a monthly review with progress per step', () => {
  const signed: VersionFacts = { ...unsigned, signedOn: '2026-10-06' };
  const steps = new Set(['s1', 's2']);
  it('FSSP-2: progress only for the version\'s steps, each once; a signed version only, on or after its signature', () => {
    expect(reviewViolations(signed, { reviewedOn: '2026-10-10', progress: [{ stepId: 's1', status: 'DONE' }] }, steps, '2026-10-10')).toEqual([]);
    expect(codes(reviewViolations(signed, { reviewedOn: '2026-10-10', progress: [{ stepId: 's1', status: 'DONE' }, { stepId: 's1', status: 'DONE' }, { stepId: 'x', status: 'BEHIND' }] }, steps, '2026-10-10')))
      .toEqual(['progress[1].stepId:once', 'progress[2].stepId:stepOfVersion']);
    expect(codes(reviewViolations(unsigned, { reviewedOn: '2026-10-10', progress: [{ stepId: 's1', status: 'DONE' }] }, steps, '2026-10-10'))).toEqual(['versionId:signed']);
    expect(codes(reviewViolations(signed, { reviewedOn: '2026-10-05', progress: [] }, steps, '2026-10-10'))).toEqual(['reviewedOn:notBeforeSigned', 'progress:arrayNotEmpty']);
  });
});

describe('FSSP-4: the update appointment', () => {
  it('FSSP-4: for a signed plan, scheduled not in the past', () => {
    expect(updateAppointmentViolations({ ...unsigned, signedOn: '2026-10-06' }, '2026-12-10', '2026-12-01')).toEqual([]);
    expect(codes(updateAppointmentViolations(null, '2026-11-30', '2026-12-01'))).toEqual(['caseId:signedPlan', 'scheduledFor:notInPast']);
  });
});
