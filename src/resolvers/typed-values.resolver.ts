import { FieldResolver, Resolver, Root } from 'type-graphql';
import { CasePhaseEnum, ContactMethodEnum } from '../schema/enums';
import { ClientNoteType } from '../schema/note.type';
import { caseStateOf, CaseStateNodeEnum, CaseStateType, type CaseStatePath } from '../schema/case-state.type';
import { evidenceOf, ObligationEvidenceUnion, type ObligationEvidenceValue } from '../schema/obligation-met-by.type';
import { ObligationType } from '../schema/obligation.type';

/** A CaseState field holds the stored path text (work_case.state, case_history.state_after); an object passes through. */
const stateOf = (root: CaseStatePath | CaseStateType): CaseStateType => (typeof root === 'string' ? caseStateOf(root) : root);

/**
 * The structured case state, derived from the stored path wherever a CaseState is returned
 * (Case.state, the transition payloads' fromState/toState, the history's stateBefore/stateAfter),
 * so the services keep passing the text they store.
 */
@Resolver(() => CaseStateType)
export class CaseStateResolver {
  @FieldResolver(() => [CaseStateNodeEnum])
  nodes(@Root() root: CaseStatePath | CaseStateType): string[] {
    return stateOf(root).nodes;
  }

  @FieldResolver(() => CasePhaseEnum)
  phase(@Root() root: CaseStatePath | CaseStateType): CasePhaseEnum {
    return stateOf(root).phase;
  }

  @FieldResolver(() => String)
  path(@Root() root: CaseStatePath | CaseStateType): string {
    return stateOf(root).path;
  }
}

/** Obligation.metBy: the stored met_by text (and a waiver) as typed references. */
@Resolver(() => ObligationType)
export class ObligationEvidenceResolver {
  @FieldResolver(() => [ObligationEvidenceUnion])
  metBy(@Root() obligation: ObligationType): ObligationEvidenceValue[] {
    return evidenceOf(obligation);
  }
}

const CONTACT_METHODS = new Set<string>(Object.values(ContactMethodEnum));

/**
 * ClientNote.contactMethod: new notes take only ContactMethod values; notes written while it was
 * free text are read the way the obligations read them (upper case, e.g. "home visit" -> HOME_VISIT),
 * and a value that is no method reads as null rather than failing the note (the stored text stays).
 */
@Resolver(() => ClientNoteType)
export class ClientNoteContactMethodResolver {
  @FieldResolver(() => ContactMethodEnum, { nullable: true })
  contactMethod(@Root() note: { contactMethod: string | null }): ContactMethodEnum | null {
    const method = note.contactMethod?.trim().toUpperCase().replace(/[\s-]+/g, '_') ?? null;
    return method !== null && CONTACT_METHODS.has(method) ? (method as ContactMethodEnum) : null;
  }
}
