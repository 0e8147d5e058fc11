import {
  CHECKLIST_RULES, FILE_REVIEW_CHECKLIST, FILE_REVIEW_ITEMS, checklistItem, checklistViolations, meetsQaTarget, reviewedItems, scoreOf, suggestedResult,
  type ItemAnswer,
} from '../../src/file-reviews/file-review-checklist';
import { correctionViolations, drawMonthViolations, reviewDateViolations } from '../../src/file-reviews/file-review-rules';
import { OBLIGATION_RULE_IDS } from '../../src/obligations';
import { correctionDueOn, type FileReviewFact } from '../../src/obligations/file-review-obligations';
import { buildCase, calendar, derive } from './obligations/case-builder';

const allPass = (): ItemAnswer[] => FILE_REVIEW_ITEMS.map((item) => ({ item, result: 'PASS', comment: null }));
const answer = (overrides: Partial<Record<string, Partial<ItemAnswer>>>): ItemAnswer[] =>
  allPass().map((a) => ({ ...a, ...overrides[a.item] }));

describe('MGT-1: the checklist is generated from the rules, each item citing its rule id', () => {
  it('MGT-1: one item per rule, named after the rule id (ENG_1 cites ENG-1), in the rule list\'s order', () => {
    expect(FILE_REVIEW_CHECKLIST.map((c) => c.ruleId)).toEqual(CHECKLIST_RULES.map(([id]) => id));
    for (const c of FILE_REVIEW_CHECKLIST) {
      expect(c.ruleId).toMatch(/^[A-Z]+-\d+$/);
      expect(c.item).toBe(c.ruleId.replace('-', '_'));
      expect(checklistItem(c.item)).toBe(c);
    }
    expect(FILE_REVIEW_ITEMS).toEqual(expect.arrayContaining(['ENG_1', 'EA_2', 'FSSP_1', 'FSSP_2', 'NOTE_1', 'NOTE_2', 'NOTE_3', 'WV_1', 'SS_1']));
  });

  it('MGT-1: every item answered once; a FAIL says what to correct; at least one item applies', () => {
    expect(checklistViolations(allPass())).toEqual([]);
    expect(checklistViolations(allPass().slice(1)).map((v) => v.constraint)).toEqual(['everyItem']);
    expect(checklistViolations([...allPass(), { item: 'ENG_1', result: 'FAIL', comment: 'x' }]).map((v) => v.constraint)).toEqual(['oncePerItem']);
    const fail = checklistViolations(answer({ EA_2: { result: 'FAIL', comment: '  ' } }));
    expect(fail).toEqual([expect.objectContaining({ field: `items.${FILE_REVIEW_ITEMS.indexOf('EA_2')}.comment`, constraint: 'requiredOnFail' })]);
    const none = allPass().map((a) => ({ ...a, result: 'NOT_APPLICABLE' as const }));
    expect(checklistViolations(none).map((v) => v.constraint)).toEqual(['hasApplicableItem']);
    expect(checklistViolations([{ item: 'NOPE' as never, result: 'PASS', comment: null }]).map((v) => v.constraint)).toContain('isChecklistItem');
  });

  it('MGT-3: the score is passed / applicable; not-applicable items count in neither', () => {
    const items = answer({ ENG_1: { result: 'FAIL', comment: 'contact after 3 days' }, SS_1: { result: 'NOT_APPLICABLE' }, SS_2: { result: 'NOT_APPLICABLE' } });
    const n = FILE_REVIEW_ITEMS.length;
    expect(scoreOf(items)).toEqual({ passed: n - 3, applicable: n - 2, score: (n - 3) / (n - 2) });
    expect(scoreOf([])).toEqual({ passed: 0, applicable: 0, score: null });
    expect(meetsQaTarget(0.8)).toBe(true);
    expect(meetsQaTarget(0.79)).toBe(false);
    expect(meetsQaTarget(null)).toBeNull();
  });

  it('MGT-1: stored items are in checklist order with their rule ids and trimmed comments', () => {
    const items = reviewedItems([...answer({ WV_1: { result: 'FAIL', comment: '  no CLNO for October ' } })].reverse());
    expect(items.map((i) => i.item)).toEqual(FILE_REVIEW_ITEMS);
    expect(items.find((i) => i.item === 'WV_1')).toEqual({ item: 'WV_1', ruleId: 'WV-1', result: 'FAIL', comment: 'no CLNO for October' });
  });

  it('MGT-1: the case\'s obligations suggest an answer: FAIL for one OVERDUE or met late, PASS when met in time, none without any', () => {
    const eng1 = checklistItem('ENG_1')!;
    expect(suggestedResult(eng1, [])).toBeNull();
    expect(suggestedResult(eng1, [{ ruleId: 'ENG-1', status: 'MET', dueDate: '2026-11-03', metOn: '2026-11-03' }])).toBe('PASS');
    expect(suggestedResult(eng1, [{ ruleId: 'ENG-1', status: 'MET', dueDate: '2026-11-03', metOn: '2026-11-05' }])).toBe('FAIL');
    expect(suggestedResult(eng1, [{ ruleId: 'ENG-1', status: 'OVERDUE', dueDate: '2026-11-03', metOn: null }])).toBe('FAIL');
    expect(suggestedResult(eng1, [{ ruleId: 'EA-2', status: 'OVERDUE', dueDate: '2026-11-03', metOn: null }])).toBeNull();
  });
});

describe('MGT-1, MGT-2: dates of a draw, a review and a correction', () => {
  it('MGT-1: a month is drawn in that month only', () => {
    expect(drawMonthViolations('2026-11', '2026-11-02')).toEqual([]);
    expect(drawMonthViolations('2026-10', '2026-11-02').map((v) => v.constraint)).toEqual(['isCurrentMonth']);
    expect(drawMonthViolations('2026-12', '2026-11-30').map((v) => v.constraint)).toEqual(['isCurrentMonth']);
  });

  it('MGT-1: a review is dated between the day the case entered the sample and today', () => {
    expect(reviewDateViolations('2026-11-03', '2026-11-02', '2026-11-03')).toEqual([]);
    expect(reviewDateViolations('2026-11-01', '2026-11-02', '2026-11-03').map((v) => v.constraint)).toEqual(['notBeforeSampled']);
    expect(reviewDateViolations('2026-11-04', '2026-11-02', '2026-11-03').map((v) => v.constraint)).toEqual(['notInFuture']);
  });

  it('MGT-2: a correction answers a FAIL once, dated from the review to today, saying what was corrected', () => {
    const review = { reviewedOn: '2026-11-03', items: reviewedItems(answer({ ENG_1: { result: 'FAIL', comment: 'late' } })) };
    const today = '2026-11-10';
    expect(correctionViolations(review, 'ENG_1', '2026-11-03', 'Contact CLNO entered', new Set(), today)).toEqual([]);
    expect(correctionViolations(review, 'EA_2', '2026-11-04', 'x', new Set(), today).map((v) => v.constraint)).toEqual(['isFinding']);
    expect(correctionViolations(review, 'ENG_1', '2026-11-04', 'x', new Set(['ENG_1']), today).map((v) => v.constraint)).toEqual(['oncePerFinding']);
    expect(correctionViolations(review, 'ENG_1', '2026-11-02', 'x', new Set(), today).map((v) => v.constraint)).toEqual(['notBeforeReview']);
    expect(correctionViolations(review, 'ENG_1', '2026-11-11', ' ', new Set(), today).map((v) => v.constraint)).toEqual(['notInFuture', 'isNotEmpty']);
  });
});

describe('MGT-2: each finding is a correction due in 10 business days on the worklist', () => {
  const withReviews = (fileReviews: FileReviewFact[]) => ({ ...buildCase({ referralDate: '2026-10-26' }, []), fileReviews });
  const mgt2 = (fileReviews: FileReviewFact[], today: string) => derive(withReviews(fileReviews), today).filter((o) => o.ruleId === 'MGT-2');

  it('MGT-2 is a rule the worklist knows', () => {
    expect(OBLIGATION_RULE_IDS).toContain('MGT-2');
  });

  it('MGT-2: a review of Tue 2026-11-03 is due Wed 2026-11-18 (Veterans Day skipped): OPEN that day, OVERDUE on the 11th business day', () => {
    const reviews: FileReviewFact[] = [{ id: 'r-1', reviewedOn: '2026-11-03', recordedOn: '2026-11-03', failedItems: ['ENG_1', 'WV_1'], corrections: [] }];
    const due = mgt2(reviews, '2026-11-18');
    expect(due.map((o) => [o.key, o.dueDate, o.status])).toEqual([['MGT-2:r-1:ENG_1', '2026-11-18', 'OPEN'], ['MGT-2:r-1:WV_1', '2026-11-18', 'OPEN']]);
    expect(due[0].description).toMatch(/ENG-1/);
    expect(mgt2(reviews, '2026-11-19').map((o) => o.status)).toEqual(['OVERDUE', 'OVERDUE']);
  });

  it('MGT-2: a review entered after the day it is dated runs its 10 business days from the day it was entered, not OVERDUE on arrival', () => {
    // Read on Mon 2026-11-02, entered Tue 2026-12-01: Thanksgiving was long past; due 10 business days after 1 December.
    const reviews: FileReviewFact[] = [{ id: 'r-3', reviewedOn: '2026-11-02', recordedOn: '2026-12-01', failedItems: ['ENG_4'], corrections: [] }];
    expect(mgt2(reviews, '2026-12-01').map((o) => [o.dueDate, o.status])).toEqual([['2026-12-15', 'OPEN']]);
    expect(mgt2(reviews, '2026-12-16').map((o) => o.status)).toEqual(['OVERDUE']);
    // Around holidays: entered Wed 2026-11-25, so Thanksgiving (26th) is skipped: 27, 30 Nov, 1-4, 7-10 Dec.
    expect(correctionDueOn({ reviewedOn: '2026-11-20', recordedOn: '2026-11-25' }, calendar)).toBe('2026-12-10');
    // Entered on a Saturday (2026-11-07): Veterans Day (Wed 11th) skipped: 9, 10, 12, 13, 16-20, 23 Nov.
    expect(correctionDueOn({ reviewedOn: '2026-11-06', recordedOn: '2026-11-07' }, calendar)).toBe('2026-11-23');
    // A review dated on the day it was entered counts from that day (the recording day never moves it earlier).
    expect(correctionDueOn({ reviewedOn: '2026-11-03', recordedOn: '2026-11-03' }, calendar)).toBe('2026-11-18');
  });

  it('MGT-2: met by its correction (late or not: metOn tells when); no obligation for a review without findings', () => {
    const reviews: FileReviewFact[] = [
      { id: 'r-1', reviewedOn: '2026-11-03', recordedOn: '2026-11-03', failedItems: ['ENG_1', 'WV_1'], corrections: [{ id: 'c-1', item: 'WV_1', correctedOn: '2026-11-20' }] },
      { id: 'r-2', reviewedOn: '2026-11-04', recordedOn: '2026-11-04', failedItems: [], corrections: [] },
    ];
    const byKey = Object.fromEntries(mgt2(reviews, '2026-11-25').map((o) => [o.key, o]));
    expect(Object.keys(byKey)).toEqual(['MGT-2:r-1:ENG_1', 'MGT-2:r-1:WV_1']);
    expect(byKey['MGT-2:r-1:WV_1']).toMatchObject({ status: 'MET', metBy: 'FileReviewCorrection c-1', metOn: '2026-11-20' });
    expect(byKey['MGT-2:r-1:ENG_1'].status).toBe('OVERDUE');
  });
});
