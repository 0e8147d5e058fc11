import { registerEnumType } from 'type-graphql';
import { FEDERAL_ACTIVITIES, FederalActivity, FEDERAL_ACTIVITY_CODES } from '../participation';

/**
 * The twelve federal work activities (42 USC 607(d); 45 CFR 261.30) as the GraphQL enum
 * `FederalActivity`, registered from the participation module's own list so the two cannot drift.
 */
export const FederalActivityEnum = FederalActivity;
export type FederalActivityEnum = FederalActivity;

registerEnumType(FederalActivityEnum, {
  name: 'FederalActivity',
  description: 'Federal work activity category (45 CFR 261.30): nine core, three non-core counted only above the core minimum',
  valuesConfig: Object.fromEntries(
    FEDERAL_ACTIVITY_CODES.map((code) => {
      const a = FEDERAL_ACTIVITIES[code];
      return [code, { description: `${a.core ? 'Core' : 'Non-core'}: ${a.federalName} (${a.citation}); locally: ${a.localNames.join(', ')}` }];
    }),
  ),
});
