/**
 * A TypeScript enum-like object from a module's list of values, for registerEnumType: the list
 * stays the one source (rules validate against it), and the GraphQL enum follows it.
 *
 * @example
 * const ChangeTopicEnum = enumOf(['CASE_TRANSITION', 'PENALTY'] as const) // { CASE_TRANSITION: 'CASE_TRANSITION', PENALTY: 'PENALTY' }
 */
export const enumOf = <K extends string>(values: readonly K[]) => Object.fromEntries(values.map((v) => [v, v])) as { [P in K]: P };
