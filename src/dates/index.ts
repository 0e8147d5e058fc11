/**
 * The one date module: plain dates (`PlainDate`, `YYYY-MM-DD`), months (`Month`, `YYYY-MM`), day
 * numbers (`DayNumber`, for loops over days) and instants read in Alaska time. One name per
 * meaning, one supported range (FIRST_YEAR..LAST_YEAR). The business calendar (holidays,
 * business days) is src/calendar, built on this.
 */
export * from './plain-date';
export * from './month';
export * from './day-number';
export * from './alaska-time';
