import { addDays } from '../dates';
import { nextStageBeginsOn } from '../machines/penalty-stages';
import { actsOf, byAct } from './case-facts';
import type { CaseFacts, ObligationDraft } from './obligation.types';

/**
 * PEN-4: before a penalty rises to stage 2 (75%) or stage 3 (full family sanction), a Penalty
 * Resolution home visit (with a child-safety determination). Escalation falls 4 months after
 * imposition for stage 2 and 8 months after for stage 3 (nextStageBeginsOn; DOMAIN "Penalty
 * stages", counted from imposedOn), so the visit is due the day before; not moved to a business day, since moving it
 * later would put it on or after the escalation. One obligation for the current penalty's next
 * stage, from imposition on, so the visit can be planned; a visit counts only after the act that
 * started the current stage (the chart uses a visit up at each escalation).
 */
export function homeVisitBeforeEscalation(facts: CaseFacts): ObligationDraft[] {
  const penalty = facts.context.penalty;
  if (!penalty?.imposedOn || (penalty.stage !== 1 && penalty.stage !== 2)) return [];
  const { imposedOn, stage } = penalty;
  const nextStage = stage + 1;
  const escalatesOn = nextStageBeginsOn(imposedOn, stage);
  const stageStart = actsOf(facts, stage === 1 ? 'IMPOSE_PENALTY' : 'ESCALATE_PENALTY').at(-1);
  // A visit without the child-safety determination is not the visit PEN-4 asks for.
  const visit = actsOf(facts, 'RECORD_PENALTY_HOME_VISIT')
    .filter((a) => a.payload.childSafetyDetermined === true)
    .find((a) => (stageStart ? a.version > stageStart.version : a.on >= imposedOn));
  return [{
    key: `PEN-4:${imposedOn}:stage${nextStage}`,
    ruleId: 'PEN-4',
    description: `Penalty Resolution home visit and child-safety determination before stage ${nextStage} (${nextStage === 2 ? '75%' : 'full family sanction'}) on ${escalatesOn}`,
    dueDate: addDays(escalatesOn, -1),
    met: visit ? byAct(visit) : null,
  }];
}
