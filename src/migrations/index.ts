import { Foundation1764000000000 } from './1764000000000-Foundation';
import { ObligationsAndNotes1764100000000 } from './1764100000000-ObligationsAndNotes';
import { WorkActivities1764200000000 } from './1764200000000-WorkActivities';
import { EligibilityNotices1764300000000 } from './1764300000000-EligibilityNotices';
import { MonthsUsedPastSixty1764400000000 } from './1764400000000-MonthsUsedPastSixty';
import { ChildCare1764500000000 } from './1764500000000-ChildCare';
import { IdempotencyKeys1764610000000 } from './1764610000000-IdempotencyKeys';
import { CaseStateNodes1764640000000 } from './1764640000000-CaseStateNodes';
import { RelayIndexes1764650000000 } from './1764650000000-RelayIndexes';
import { WaiverReasonsAndJobQuit1764710000000 } from './1764710000000-WaiverReasonsAndJobQuit';
import { ChildCareAuthorizationHistory1764735000000 } from './1764735000000-ChildCareAuthorizationHistory';
import { Pen2NoPenalty1764760000000 } from './1764760000000-Pen2NoPenalty';
import { OpenCaseRegions1764790000000 } from './1764790000000-OpenCaseRegions';
import { RateLimits1764800000000 } from './1764800000000-RateLimits';
import { StaffSubject1764805000000 } from './1764805000000-StaffSubject';
import { LeastPrivilege1764810000000 } from './1764810000000-LeastPrivilege';
import { ReleasesAndAccessLog1764820000000 } from './1764820000000-ReleasesAndAccessLog';
import { FsspDocument1764900000000 } from './1764900000000-FsspDocument';
import { AssessmentReferralsContacts1764910000000 } from './1764910000000-AssessmentReferralsContacts';
import { TrackRecordsAndStaffings1764920000000 } from './1764920000000-TrackRecordsAndStaffings';
import { WorksitesAndEmployers1764930000000 } from './1764930000000-WorksitesAndEmployers';
import { SystemActor1764950000000 } from './1764950000000-SystemActor';
import { ApprovalsAndSupportiveServices1765000000000 } from './1765000000000-ApprovalsAndSupportiveServices';
import { FileReviews1765100000000 } from './1765100000000-FileReviews';
import { Complaints1765200000000 } from './1765200000000-Complaints';

/** Migrations in the order they run. Listed explicitly so compiled and ts-jest runs agree. */
export const MIGRATIONS = [Foundation1764000000000, ObligationsAndNotes1764100000000, WorkActivities1764200000000, EligibilityNotices1764300000000, MonthsUsedPastSixty1764400000000, ChildCare1764500000000, IdempotencyKeys1764610000000, CaseStateNodes1764640000000, RelayIndexes1764650000000, WaiverReasonsAndJobQuit1764710000000, ChildCareAuthorizationHistory1764735000000, Pen2NoPenalty1764760000000, OpenCaseRegions1764790000000, RateLimits1764800000000, StaffSubject1764805000000, LeastPrivilege1764810000000, ReleasesAndAccessLog1764820000000, FsspDocument1764900000000, AssessmentReferralsContacts1764910000000, TrackRecordsAndStaffings1764920000000, WorksitesAndEmployers1764930000000, SystemActor1764950000000, ApprovalsAndSupportiveServices1765000000000, FileReviews1765100000000, Complaints1765200000000];
