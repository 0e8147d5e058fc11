import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfoType } from './page-info.type';

/** One page of a list as the resolvers build it; `countTotal` runs only when totalCount is asked for. */
export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfoType;
  countTotal: () => number | Promise<number>;
}

/**
 * A Relay connection type `<Name>Connection` with its `<Name>Edge`, for a list that grows. The
 * total is a method field so it costs nothing unless selected (a count statement for the
 * top-level lists, the loaded list's length for a case's own lists).
 *
 * @example
 * export const CaseNoteConnectionType = connectionType('CaseNote', CaseNoteType, 'A case\'s case notes, oldest first');
 */
export function connectionType<T extends object>(name: string, node: ClassType<T>, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor` })
  class Edge {
    @Field({ description: 'Opaque; pass it as `after` to read the entries after this one' }) cursor: string;
    @Field(() => node, { description: `The ${name}` }) node: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class Connection implements Page<T> {
    @Field(() => [Edge], { description: 'The page\'s entries, in the list\'s order' }) edges: Edge[];
    @Field(() => PageInfoType, { description: 'Whether there are more entries, and the cursors to read them' }) pageInfo: PageInfoType;
    countTotal: () => number | Promise<number>;

    @Field(() => Int, { description: 'Entries in the whole list (counted only when asked for)' })
    totalCount(): number | Promise<number> {
      return this.countTotal();
    }
  }
  return Connection;
}
