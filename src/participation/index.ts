/**
 * Federal work participation (45 CFR 261.21-261.36, 42 USC 607; DOMAIN.md): activity
 * categories, the monthly participation computation and the participation rates.
 */
export * from './activity-types';
export * from './participation.types';
export * from './hours';
export * from './rules';
export { ageInCompletedMonths } from '../dates';
export { ParticipationFactsError, validateParticipationFacts } from './validate-facts';
export { computeMonthlyParticipation } from './monthly-participation';
export {
  computeParticipationRate,
  averageYearlyRate,
  educationShareLimitRemoved,
  type RateMeasureName,
  type Fraction,
  type RateMeasure,
  type ParticipationRate,
  type ParticipationRateOptions,
  type AveragedRateMeasure,
  type AveragedParticipationRate,
} from './rate';
