/**
 * Work activity rules, pure (no database, no clock: dates arrive as arguments): the 40-hour limit
 * (AS 47.27.035), hours entries (centi-hours, the week in the month, holidays, WV-2
 * justifications) and the monthly verification (WV-1). ActivityService loads, asks these, writes.
 */
export * from './rule-violation';
export * from './weekly-limit';
export * from './hours-entry-rules';
export * from './assignment-rules';
export * from './month-verification-rules';
