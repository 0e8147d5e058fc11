import type { StaffRole } from '../entities/staff.entity';

/** The signed-in staff member, as read from the database for this request. */
export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  officeId: string;
}
