import type { ResourceDefinition, ResourceHooks } from './definition';

/** Adds hooks to a resource another module declared (a deal's value kept to its line items); each runs after the ones already there. */
export function addHooks<E>(def: ResourceDefinition<E>, hooks: ResourceHooks<E>): void {
  const existing: ResourceHooks<E> = def.hooks ?? {};
  const chained: Record<string, unknown> = { ...existing };
  for (const [name, hook] of Object.entries(hooks) as [keyof ResourceHooks<E>, (...args: unknown[]) => unknown][]) {
    const first = existing[name] as ((...args: unknown[]) => unknown) | undefined;
    chained[name] = async (...args: unknown[]) => {
      await first?.(...args);
      await hook(...args);
    };
  }
  def.hooks = chained as ResourceHooks<E>;
}
