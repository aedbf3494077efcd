import { Field, Int, ObjectType } from 'type-graphql';
import type { ResourceDefinition } from './definition';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface EdgeValue<E> {
  cursor: string;
  node: E;
}

/** A page of rows; `totalCount` runs its COUNT only when a client asks for it. */
export class ConnectionValue<E = unknown> {
  edges: EdgeValue<E>[];
  pageInfo: PageInfo;
  private countThunk: () => Promise<number>;

  static of<E>(edges: EdgeValue<E>[], pageInfo: PageInfo, count: () => Promise<number>): ConnectionValue<E> {
    const value = Object.create(this.prototype) as ConnectionValue<E>;
    value.edges = edges;
    value.pageInfo = pageInfo;
    value.countThunk = count;
    return value;
  }

  get nodes(): E[] {
    return this.edges.map((e) => e.node);
  }

  totalCount(): Promise<number> {
    return this.countThunk();
  }
}

const types = new Map<string, { connection: Function; edge: Function }>();

/** `<Name>Connection` and `<Name>Edge`, made once per resource. */
export function connectionTypesOf(def: ResourceDefinition): { connection: Function; edge: Function } {
  const existing = types.get(def.name);
  if (existing) return existing;
  const edgeName = `${def.name}Edge`;
  const edge = { [edgeName]: class {} }[edgeName];
  ObjectType(edgeName)(edge);
  Field(() => String)(edge.prototype, 'cursor');
  Field(() => def.entity)(edge.prototype, 'node');

  const connectionName = `${def.name}Connection`;
  const connection = { [connectionName]: class extends ConnectionValue {} }[connectionName];
  ObjectType(connectionName, { description: `A page of ${def.plural}.` })(connection);
  Field(() => [edge])(connection.prototype, 'edges');
  Field(() => [def.entity], { description: 'The nodes of edges, for clients that need no cursors.' })(connection.prototype, 'nodes');
  Field(() => PageInfo)(connection.prototype, 'pageInfo');
  const totalCount = Object.getOwnPropertyDescriptor(ConnectionValue.prototype, 'totalCount')!;
  Field(() => Int, { description: 'All rows matching the filter, across pages.' })(connection.prototype, 'totalCount', totalCount);
  const made = { connection, edge };
  types.set(def.name, made);
  return made;
}

/** Wraps fetched rows (limit + 1 of them) as a connection of the resource's own class. */
export function toConnection<E>(
  def: ResourceDefinition<E>,
  rows: E[],
  limit: number,
  backward: boolean,
  hadCursor: { after: boolean; before: boolean },
  cursorOf: (row: E) => string,
  count: () => Promise<number>,
): ConnectionValue<E> {
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backward) page.reverse();
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  const pageInfo: PageInfo = {
    hasNextPage: backward ? hadCursor.before : hasMore,
    hasPreviousPage: backward ? hasMore : hadCursor.after,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  const cls = connectionTypesOf(def).connection as typeof ConnectionValue;
  return cls.of(edges, pageInfo, count) as ConnectionValue<E>;
}
