import { CaseHistoryEntity } from './case-history.entity';
import { CaseEntity } from './case.entity';
import { ClientEntity } from './client.entity';
import { HouseholdMemberEntity } from './household-member.entity';
import { OfficeEntity } from './office.entity';
import { StaffEntity } from './staff.entity';

export { CaseHistoryEntity, CaseEntity, ClientEntity, HouseholdMemberEntity, OfficeEntity, StaffEntity };
export const ENTITIES = [OfficeEntity, StaffEntity, ClientEntity, HouseholdMemberEntity, CaseEntity, CaseHistoryEntity];
