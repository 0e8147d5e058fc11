import type { StateHoliday } from '../../src/calendar/alaska-calendar';

/** Alaska's 2026 state holidays, worked out by hand from AS 44.12.010 and AS 44.12.020 and a printed calendar. */
export const HOLIDAYS_2026: StateHoliday[] = [
  { date: '2026-01-01', name: "New Year's Day", observed: false }, // Thu
  { date: '2026-01-19', name: 'Martin Luther King Jr. Day', observed: false }, // 3rd Mon
  { date: '2026-02-16', name: "Presidents' Day", observed: false }, // 3rd Mon
  { date: '2026-03-30', name: "Seward's Day", observed: false }, // last Mon
  { date: '2026-05-25', name: 'Memorial Day', observed: false }, // last Mon
  { date: '2026-06-19', name: 'Juneteenth', observed: false }, // Fri
  { date: '2026-07-03', name: 'Independence Day', observed: true }, // Fri before Sat Jul 4
  { date: '2026-07-04', name: 'Independence Day', observed: false }, // Sat
  { date: '2026-09-07', name: 'Labor Day', observed: false }, // 1st Mon
  { date: '2026-10-18', name: 'Alaska Day', observed: false }, // Sun
  { date: '2026-10-19', name: 'Alaska Day', observed: true }, // Mon after Sun Oct 18
  { date: '2026-11-11', name: 'Veterans Day', observed: false }, // Wed
  { date: '2026-11-26', name: 'Thanksgiving Day', observed: false }, // 4th Thu
  { date: '2026-12-25', name: 'Christmas Day', observed: false }, // Fri
];
