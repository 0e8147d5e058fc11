/**
 * What a pure activities rule answers when the input breaks it: the message a person reads, and
 * the input field and constraint a client can act on. The service turns it into BAD_USER_INPUT
 * (src/errors `badInput`), so the rules never depend on GraphQL.
 */
export interface RuleViolation {
  readonly field: string;
  readonly constraint: string;
  readonly message: string;
}

/** A rule's answer when it also produces a value: the value, or why there is none. */
export type RuleResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly violation: RuleViolation };

export const violation = (field: string, constraint: string, message: string): RuleViolation => ({ field, constraint, message });
export const accept = <T>(value: T): RuleResult<T> => ({ ok: true, value });
export const refuse = <T>(v: RuleViolation): RuleResult<T> => ({ ok: false, violation: v });
