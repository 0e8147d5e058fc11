import type { InvalidInput } from '../errors';

/**
 * MGT-1: the file review's checklist, one item per DOMAIN.md rule a reviewer checks in a file,
 * each citing its rule id. The items are generated from this rule list (the item's name is the
 * rule id with "_" for "-", as GraphQL enum values cannot hold "-"), so adding a rule here adds
 * the item everywhere (the FileReviewItem enum, the checklist query, the scoring).
 */
export const CHECKLIST_RULES = [
  ['ENG-1', 'The client was contacted within 1 business day of the referral'],
  ['ENG-2', 'Every contact attempt is in a CLNO; a client who could not be reached got a J016 with an EA appointment time'],
  ['ENG-3', 'EA, FSSP and EPI were completed within 30 days of the referral, of a change of case manager or of track'],
  ['ENG-4', 'At least one meaningful contact every month, including an FSSP review'],
  ['ENG-5', 'A client not engaged: 2 contact attempts a month by more than one method, then a penalty requested unless good cause exists'],
  ['EA-2', 'The EA CLNO was entered within 2 days of the EA and explains any discrepancies'],
  ['EA-3', 'The whole family is assessed; referrals to agencies carry follow-up dates, and they were followed up'],
  ['EA-5', 'Every assigned activity is monitored, with its follow-ups tracked'],
  ['FSSP-1', 'The FSSP is current and signed'],
  ['FSSP-2', 'The FSSP is reviewed with the client every month and updated at least every 3 months'],
  ['FSSP-3', 'The FSSP is SMART: goals, intermediate goals, steps with dates, each step with its own review date'],
  ['PEN-1', 'Good cause was determined, and documented in a CLNO, before any penalty was requested'],
  ['EXM-1', 'Exemptions are coded correctly and each change reached Eligibility the same day'],
  ['WV-1', 'Work activities are verified every month: hours entered and the CLNO by the 20th for the prior month'],
  ['SS-1', 'Each supportive service is justified in a CLNO the same day it was authorized'],
  ['SS-2', 'A service over $1,500, or not typical, has a documented supervisor approval'],
  ['NOTE-1', 'CLNOs have standardized titles and headings, one major subject each; contact notes within 1 business day'],
  ['NOTE-2', 'A CLNO every month'],
  ['NOTE-3', 'CANOs are entered only for the five NOTE-3 categories'],
  ['ROI-1', 'A signed release (a HIPAA release for medical information) was on file before information was shared'],
  ['MGT-5', 'Changes that may affect benefits were reported to Eligibility'],
] as const;

export type ChecklistRuleId = (typeof CHECKLIST_RULES)[number][0];
type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;
/** A checklist item: the rule id it cites, with "_" for "-" (ENG_1 cites ENG-1). */
export type FileReviewItem = Underscored<ChecklistRuleId>;
export type FileReviewResult = 'PASS' | 'FAIL' | 'NOT_APPLICABLE';
export const FILE_REVIEW_RESULTS: readonly FileReviewResult[] = ['PASS', 'FAIL', 'NOT_APPLICABLE'];

export interface ChecklistItem { item: FileReviewItem; ruleId: ChecklistRuleId; question: string }

const itemOf = (ruleId: ChecklistRuleId) => ruleId.replace(/-/g, '_') as FileReviewItem;

/** The checklist, in the order of the rule list. */
export const FILE_REVIEW_CHECKLIST: readonly ChecklistItem[] = Object.freeze(
  CHECKLIST_RULES.map(([ruleId, question]) => Object.freeze({ item: itemOf(ruleId), ruleId, question })),
);
export const FILE_REVIEW_ITEMS: readonly FileReviewItem[] = FILE_REVIEW_CHECKLIST.map((c) => c.item);
const BY_ITEM = new Map<string, ChecklistItem>(FILE_REVIEW_CHECKLIST.map((c) => [c.item, c]));

/** The checklist item of a name, or undefined for a name the checklist does not have. */
export const checklistItem = (item: string): ChecklistItem | undefined => BY_ITEM.get(item);

/** The reviewer's answer to one item. */
export interface ItemAnswer { item: FileReviewItem; result: FileReviewResult; comment: string | null }
/** An answer as stored: with the rule id it cites. */
export interface ReviewedItem extends ItemAnswer { ruleId: ChecklistRuleId }

/**
 * MGT-1: a review answers every checklist item exactly once; a FAIL says what is wrong (its
 * comment is the finding the case manager corrects, MGT-2); at least one item applies, so the
 * review has a score.
 */
export function checklistViolations(answers: readonly ItemAnswer[]): InvalidInput[] {
  const out: InvalidInput[] = [];
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    if (!BY_ITEM.has(a.item)) out.push({ field: `items.${i}.item`, constraint: 'isChecklistItem', message: `${a.item} is not a checklist item` });
    else if (seen.has(a.item)) out.push({ field: `items.${i}.item`, constraint: 'oncePerItem', message: `${a.item} is answered twice` });
    seen.add(a.item);
    if (!FILE_REVIEW_RESULTS.includes(a.result)) out.push({ field: `items.${i}.result`, constraint: 'isResult', message: `${String(a.result)} is not a result` });
    if (a.result === 'FAIL' && !a.comment?.trim()) {
      out.push({ field: `items.${i}.comment`, constraint: 'requiredOnFail', message: `${a.item} failed: say what must be corrected (MGT-2)` });
    }
  });
  const missing = FILE_REVIEW_ITEMS.filter((item) => !seen.has(item));
  if (missing.length) out.push({ field: 'items', constraint: 'everyItem', message: `Answer every checklist item; missing: ${missing.join(', ')}` });
  if (answers.length > 0 && answers.every((a) => a.result === 'NOT_APPLICABLE')) {
    out.push({ field: 'items', constraint: 'hasApplicableItem', message: 'At least one item applies to the file (a review has a score, MGT-3)' });
  }
  return out;
}

/** The answers in checklist order, each with the rule id it cites and its comment trimmed (null when empty). */
export function reviewedItems(answers: readonly ItemAnswer[]): ReviewedItem[] {
  const byItem = new Map(answers.map((a) => [a.item, a]));
  return FILE_REVIEW_CHECKLIST.flatMap(({ item, ruleId }) => {
    const a = byItem.get(item);
    return a ? [{ item, ruleId, result: a.result, comment: a.comment?.trim() || null }] : [];
  });
}

/**
 * MGT-3: a review's score: items passed over items that apply (NOT_APPLICABLE counts in neither).
 *
 * @example
 * scoreOf([{ result: 'PASS' }, { result: 'FAIL' }, { result: 'NOT_APPLICABLE' }, { result: 'PASS' }]) // { passed: 2, applicable: 3, score: 0.666... }
 */
export function scoreOf(items: ReadonlyArray<Pick<ItemAnswer, 'result'>>): { passed: number; applicable: number; score: number | null } {
  const passed = items.filter((i) => i.result === 'PASS').length;
  const applicable = items.filter((i) => i.result !== 'NOT_APPLICABLE').length;
  return { passed, applicable, score: applicable === 0 ? null : passed / applicable };
}

/** MGT-3: the quality assurance target, 80%. */
export const QA_TARGET = 0.8;
/** Whether a QA rate meets MGT-3's 80% (null when there is no rate: no review). */
export const meetsQaTarget = (rate: number | null): boolean | null => (rate === null ? null : rate >= QA_TARGET);

/** What the worklist knows of one obligation of the case, for a suggested answer. */
export interface ObligationEvidence { ruleId: string; status: 'OPEN' | 'MET' | 'OVERDUE' | 'WAIVED'; dueDate: string; metOn: string | null }

/**
 * The answer the case's own obligations suggest for each item whose rule derives any: FAIL when
 * one is OVERDUE or was met after its due date, else PASS; null (the reviewer reads the file)
 * for items whose rule has none on the case. A suggestion only: the reviewer answers.
 */
export function suggestedResult(item: ChecklistItem, obligations: readonly ObligationEvidence[]): FileReviewResult | null {
  const mine = obligations.filter((o) => o.ruleId === item.ruleId && o.status !== 'WAIVED');
  if (mine.length === 0) return null;
  const late = mine.some((o) => o.status === 'OVERDUE' || (o.status === 'MET' && o.metOn !== null && o.metOn > o.dueDate));
  return late ? 'FAIL' : 'PASS';
}
