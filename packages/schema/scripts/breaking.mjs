import { buildSchema, findBreakingChanges, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

/** Fields (and input fields) that carried @deprecated in a schema: `Type.field` names. */
function deprecatedFields(schema) {
  const names = new Set();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) continue;
    for (const field of Object.values(type.getFields())) if (field.deprecationReason) names.add(`${type.name}.${field.name}`);
  }
  return names;
}

/**
 * Changes from `releasedSdl` to `currentSdl` that would break a client built against the release.
 * Removing a field is allowed only when the release had already marked it @deprecated.
 */
export function breakingChanges(releasedSdl, currentSdl) {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  const deprecated = deprecatedFields(released);
  return findBreakingChanges(released, current).filter((change) => {
    // A built-in scalar no longer referenced breaks no client.
    if (change.type === 'TYPE_REMOVED' && /^Standard scalar /.test(change.description)) return false;
    if (change.type !== 'FIELD_REMOVED') return true;
    const name = change.description.match(/^(\S+)\.(\S+) was removed/);
    return !(name && deprecated.has(`${name[1]}.${name[2]}`));
  });
}

/** Type and field names added or removed between two schemas, for the changelog. */
export function summarize(releasedSdl, currentSdl) {
  const names = (sdl) => {
    const schema = buildSchema(sdl);
    const out = new Set();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      out.add(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) for (const f of Object.keys(type.getFields())) out.add(`${type.name}.${f}`);
    }
    return out;
  };
  const before = names(releasedSdl);
  const after = names(currentSdl);
  return { added: [...after].filter((n) => !before.has(n)).sort(), removed: [...before].filter((n) => !after.has(n)).sort() };
}
