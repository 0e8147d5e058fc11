import { LocalDate } from './scalars';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';

/** Contact details are for the people who work the case, not for integration partners. */
const CONTACT_READERS = PERMISSIONS.readContactDetails;

@ObjectType('Client', { description: 'The head of the assistance unit; household is resolved by field' })
export class ClientType {
  @Field(() => ID) id: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field(() => LocalDate) dateOfBirth: string;
  @Authorized(...CONTACT_READERS) @Field(() => String, { nullable: true }) phone: string | null;
  @Authorized(...CONTACT_READERS) @Field(() => String, { nullable: true }) email: string | null;
  @Authorized(...CONTACT_READERS) @Field(() => String, { nullable: true }) mailingAddress: string | null;
  @Field(() => String, { nullable: true }) community: string | null;
}
