import { addDays, addMonths } from '../dates';
import { actsOf, byAct } from './case-facts';
import type { CaseFacts, ObligationDraft } from './obligation.types';

/**
 * PEN-4: before a penalty rises to stage 2 (75%) or stage 3 (full family sanction), a Penalty
 * Resolution home visit (with a child-safety determination). Escalation falls 5 months after
 * imposition for stage 2 and 8 months after for stage 3 (DOMAIN "Penalty stages", counted from
 * imposedOn), so the visit is due the day before; not moved to a business day, since moving it
 * later would put it on or after the escalation. One obligation for the current penalty's next
 * stage, from imposition on, so the visit can be planned; a visit counts only after the act that
 * started the current stage (the chart uses a visit up at each escalation).
 */
export function homeVisitBeforeEscalation(facts: CaseFacts): ObligationDraft[] {
  const penalty = facts.context.penalty;
  if (!penalty?.imposedOn || (penalty.stage !== 1 && penalty.stage !== 2)) return [];
  const { imposedOn, stage } = penalty;
  const nextStage = stage + 1;
  const escalatesOn = addMonths(imposedOn, stage === 1 ? 5 : 8);
  const stageStart = actsOf(facts, stage === 1 ? 'IMPOSE_PENALTY' : 'ESCALATE_PENALTY').at(-1);
  const visit = actsOf(facts, 'RECORD_PENALTY_HOME_VISIT').find((a) => (stageStart ? a.version > stageStart.version : a.on >= imposedOn));
  return [{
    key: `PEN-4:${imposedOn}:stage${nextStage}`,
    ruleId: 'PEN-4',
    description: `Penalty Resolution home visit and child-safety determination before stage ${nextStage} (${nextStage === 2 ? '75%' : 'full family sanction'}) on ${escalatesOn}`,
    dueDate: addDays(escalatesOn, -1),
    met: visit ? byAct(visit) : null,
  }];
}
