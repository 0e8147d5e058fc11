import { computeMonthlyParticipation } from '../monthly-participation';
import type { ParticipationFacts, ParticipationResult } from '../participation.types';
import { ParticipationFactsError } from '../validate-facts';

/**
 * The ONE computation (`computeMonthlyParticipation`) for facts built from a case's stored rows:
 * invalid facts there are a data problem, so the error names the case (never the client).
 * @example computeForCase('c-1', facts).status // 'ENGAGED', or throws Error('case c-1: invalid participation facts: ...')
 */
export function computeForCase(caseId: string, facts: ParticipationFacts): ParticipationResult {
  try {
    return computeMonthlyParticipation(facts);
  } catch (e) {
    if (e instanceof ParticipationFactsError) throw new Error(`case ${caseId}: ${e.message}`, { cause: e });
    throw e;
  }
}
