import type { Express } from 'express';
import type { ContextServices } from './auth/authenticate';

/**
 * What a module contributes to the application, exported from its own index.ts: its entities (for
 * TypeORM and the migrations), and its resolvers for what is special (declared resources bring
 * their own). The application lists modules once (src/modules/index.ts); the platform knows none.
 */
export interface ModuleDefinition {
  name: string;
  entities: Function[];
  /** Resolver classes beyond the generic ones of the module's resources. */
  resolvers?: Function[];
  /** HTTP endpoints beyond GraphQL (a provider's webhook), mounted next to the CSV routes. */
  routes?: (app: Express, services: ContextServices) => void;
}

export function defineModule(module: ModuleDefinition): ModuleDefinition {
  return module;
}
