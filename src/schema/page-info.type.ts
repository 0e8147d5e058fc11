import { Field, ObjectType } from 'type-graphql';

/**
 * Relay's PageInfo, in full. Pages are read forward (`first` / `after`); `hasPreviousPage` is
 * true when the page starts after a cursor (there is at least the cursor's entry before it).
 */
@ObjectType('PageInfo', { description: 'Where a page sits in its list (Relay cursor connections)' })
export class PageInfoType {
  @Field({ description: 'More entries follow: ask again with after: endCursor' }) hasNextPage: boolean;
  @Field({ description: 'Entries come before this page (it was read after a cursor)' }) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: 'The cursor of the first edge; null on an empty page' }) startCursor: string | null;
  @Field(() => String, { nullable: true, description: 'The cursor of the last edge; null on an empty page' }) endCursor: string | null;
}
