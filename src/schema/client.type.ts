import { LocalDate } from './scalars';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { PERMISSIONS } from '../auth/roles';
import { NodeInterface } from './node.type';

/** Contact details are for the people who work the case, not for integration partners. */
const CONTACT_READERS = PERMISSIONS.readContactDetails;

@ObjectType('Client', { implements: NodeInterface, description: 'The head of the assistance unit; household is resolved by field' })
export class ClientType {
  @Field(() => ID, { description: 'The client\'s id' }) id: string;
  @Field({ description: 'Given name' }) firstName: string;
  @Field({ description: 'Family name' }) lastName: string;
  @Field(() => LocalDate, { description: 'Date of birth (teen deeming and the two-parent rate depend on ages)' }) dateOfBirth: string;
  @Authorized(...CONTACT_READERS) @Field(() => String, { nullable: true, description: 'Phone number as entered; null when unknown. Contact details: not readable by PARTNER' }) phone: string | null;
  @Authorized(...CONTACT_READERS) @Field(() => String, { nullable: true, description: 'E-mail address; null when unknown. Contact details: not readable by PARTNER' }) email: string | null;
  @Authorized(...CONTACT_READERS) @Field(() => String, { nullable: true, description: 'Mailing address (where a J016 notice or an FSSP for signature is mailed); null when unknown. Not readable by PARTNER' }) mailingAddress: string | null;
  @Authorized(...PERMISSIONS.readFreeText) @Field(() => String, { nullable: true, description: 'Community or village the client lives in; null when unknown. Free text: not readable by PARTNER (ROI-1)' }) community: string | null;
}
