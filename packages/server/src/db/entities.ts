import { MODULES } from '../modules';
import { PLATFORM_ENTITIES } from '../platform/entities';

/** Every TypeORM entity; the schema and its migrations are generated from these. */
export const ENTITIES = [...PLATFORM_ENTITIES, ...MODULES.flatMap((m) => m.entities)];
