import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { MODULES } from './modules';
import { IdentityResolver } from './modules/identity/identity.resolver';
import type { IdentityService } from './modules/identity/identity.service';
import { PLATFORM_RESOLVERS } from './platform/entities';
import { allResources, completeDeclarations } from './platform/resource/definition';
import { useEntityMetadata } from './platform/resource/metadata';
import { resolversFor } from './platform/resource/resolver-factory';
import { passPrecomputedThrough } from './platform/resource/computed';
import { DateTimeScalar } from './platform/scalars';

/** Entity metadata for the resource mechanism, built from TypeORM without opening a connection. */
export async function loadEntityMetadata(dataSource: DataSource): Promise<void> {
  if (!dataSource.isInitialized) await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  useEntityMetadata((entity) => dataSource.getMetadata(entity));
}

/** The whole API: every declared resource plus the resolvers for what is special. */
export async function buildAppSchema(dataSource: DataSource, identity: IdentityService): Promise<GraphQLSchema> {
  await loadEntityMetadata(dataSource);
  completeDeclarations();
  const generic = allResources().flatMap(resolversFor);
  const special = [...PLATFORM_RESOLVERS, ...MODULES.flatMap((m) => m.resolvers ?? [])];
  const instances = new Map<Function, unknown>([[IdentityResolver, new IdentityResolver(identity)]]);
  const schema = await buildSchema({
    resolvers: [...generic, ...special] as [Function, ...Function[]],
    validate: { forbidUnknownValues: false, skipMissingProperties: true },
    // Resolver classes hold no state: one instance each (a new one per field of every row otherwise).
    container: {
      get: (cls: Function) => {
        let instance = instances.get(cls);
        if (!instance) instances.set(cls, (instance = new (cls as new () => unknown)()));
        return instance;
      },
    },
    emitSchemaFile: false,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Every subscription supplies its own `subscribe` over the event bus; TypeGraphQL still wants a pubSub.
    pubSub: {
      publish: () => { throw new Error('Publish change events through the EventBus (platform/events)'); },
      subscribe: () => { throw new Error('Subscriptions declare their own subscribe function'); },
    },
  });
  return passPrecomputedThrough(schema, allResources());
}
