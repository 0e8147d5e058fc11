import { addMonths, format, parseISO } from 'date-fns';
import { alaskaDateOf, type IsoDate } from '../calendar/alaska-calendar';
import { shiftDate } from '../calendar/iso-date';

/** Calendar arithmetic on Alaska dates (YYYY-MM-DD); no time zone can shift them. */
export const isoAddDays = (date: IsoDate, days: number): IsoDate => shiftDate(date, days);
export const isoAddMonths = (date: IsoDate, months: number): IsoDate =>
  format(addMonths(parseISO(date), months), 'yyyy-MM-dd');
/** The Alaska date of an event's `at` instant. */
export const dayOf = (at: string): IsoDate => alaskaDateOf(new Date(at));
/** The earlier of two optional dates (PEN-3 picks the first of intent-to-comply and compliance). */
export function earliest(...dates: Array<IsoDate | null | undefined>): IsoDate | null {
  const present = dates.filter((d): d is IsoDate => !!d).sort();
  return present[0] ?? null;
}
