/** A list of text constants as SQL literals for a CHECK, e.g. `'HOME', 'COMMUNITY'` (constants only, never input). */
export const sqlList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');
