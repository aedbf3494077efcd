import {
  GraphQLError, Kind,
  type DocumentNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode, type ArgumentNode, type DirectiveNode,
} from 'graphql';

/** A NUL (PostgreSQL text cannot hold it) or a UTF-16 surrogate without its other half (not Unicode, so not UTF-8 either). */
const INVALID = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isInvalidText = (text: string) => INVALID.test(text);

const refused = (field: string) =>
  new GraphQLError(`${field} contains a NUL character or an unpaired UTF-16 surrogate; send valid Unicode text`, {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });

/** The path (`input.tags.2`) of the first invalid string in a JSON value, keys included; iterative, so no nesting overflows the stack. */
function inJson(root: unknown, rootPath: string): string | undefined {
  const pending: [unknown, string][] = [[root, rootPath]];
  while (pending.length) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      if (isInvalidText(value)) return path;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) pending.push([value[i], `${path}.${i}`]);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i];
        if (isInvalidText(key)) return `${path}.${key.replace(INVALID, '?')}`;
        pending.push([item, `${path}.${key}`]);
      }
    }
  }
  return undefined;
}

function inLiteral(node: ValueNode, path: string): string | undefined {
  switch (node.kind) {
    case Kind.STRING: return isInvalidText(node.value) ? path : undefined;
    case Kind.LIST:
      for (let i = 0; i < node.values.length; i++) {
        const found = inLiteral(node.values[i], `${path}.${i}`);
        if (found) return found;
      }
      return undefined;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const found = inLiteral(field.value, `${path}.${field.name.value}`);
        if (found) return found;
      }
      return undefined;
    default: return undefined;
  }
}

function inArguments(args: readonly ArgumentNode[] | undefined, directives: readonly DirectiveNode[] | undefined): string | undefined {
  for (const argument of args ?? []) {
    const found = inLiteral(argument.value, argument.name.value);
    if (found) return found;
  }
  for (const directive of directives ?? []) {
    const found = inArguments(directive.arguments, undefined);
    if (found) return found;
  }
  return undefined;
}

function inSelections(selectionSet: SelectionSetNode | undefined): string | undefined {
  for (const selection of selectionSet?.selections ?? []) {
    const found = inArguments(selection.kind === Kind.FIELD ? selection.arguments : undefined, selection.directives)
      ?? (selection.kind === Kind.FRAGMENT_SPREAD ? undefined : inSelections(selection.selectionSet));
    if (found) return found;
  }
  return undefined;
}

/**
 * Refuses, before anything runs, text that no column could store: in the variables (named by their
 * path, `input.name`) and in the document's string literals (named by argument, `input.name`).
 */
export function checkText(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): void {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const found = isInvalidText(name) ? name.replace(INVALID, '?') : inJson(value, name);
    if (found) throw refused(found);
  }
  for (const definition of operation.variableDefinitions ?? []) {
    const found = definition.defaultValue && inLiteral(definition.defaultValue, definition.variable.name.value);
    if (found) throw refused(found);
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    if (definition.kind === Kind.OPERATION_DEFINITION && definition !== operation) continue;
    const found = inArguments(undefined, definition.directives) ?? inSelections(definition.selectionSet);
    if (found) throw refused(found);
  }
}
