import { CaseType } from './case.type';
import { connectionType } from './connection.type';

export { PageInfoType } from './page-info.type';

/** A Relay page of cases, newest referral first (totalCount runs its count only when asked for). */
export const CaseConnectionType = connectionType('Case', CaseType, 'A Relay-style page of cases, newest referral first');
export type CaseConnectionType = InstanceType<typeof CaseConnectionType>;
