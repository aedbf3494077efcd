import {
  GraphQLError, getNamedType, getNullableType, isListType, isObjectType, isInterfaceType, isUnionType, Kind,
  SchemaMetaFieldDef, TypeMetaFieldDef, TypeNameMetaFieldDef,
  type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode, type ValueNode,
} from 'graphql';
import type { QueryLimits } from './limits';

export interface Analysis {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

const META_FIELDS = new Map<string, GraphQLField<unknown, unknown>>([SchemaMetaFieldDef, TypeMetaFieldDef, TypeNameMetaFieldDef].map((f) => [f.name, f]));

const limitError = (code: string, message: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

function argumentValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  switch (node.kind) {
    case Kind.INT: return Number(node.value);
    case Kind.VARIABLE: return variables[node.name.value];
    case Kind.NULL: return null;
    default: return undefined;
  }
}

/**
 * Walks the operation (fragments inlined) with the schema: depth, aliases, directives and cost.
 * Cost: every object field is 1; a field returning a list or a connection costs its page size
 * (first/last, from literals or variables, else the default page) times the cost of what is
 * selected inside it — so `deals(first: 200) { activities(first: 50) { … } }` costs 200 × 50 × ….
 */
export function analyzeOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  defaultPageSize: number,
  limits: QueryLimits,
): Analysis {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  let aliases = 0;
  let directives = operation.directives?.length ?? 0;
  let maxDepth = 0;

  const visit = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | null | undefined, depth: number, seen: Set<string>): number => {
    if (depth > limits.maxDepth) throw limitError('QUERY_TOO_DEEP', `The query nests deeper than ${limits.maxDepth} levels`);
    maxDepth = Math.max(maxDepth, depth);
    let cost = 0;
    for (const selection of selectionSet.selections) {
      directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases++;
        cost += fieldCost(selection, parent, depth, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += visit(selection.selectionSet, typed, depth, seen);
      } else {
        const name = selection.name.value;
        if (seen.has(name)) throw limitError('GRAPHQL_VALIDATION_FAILED', `Fragment ${name} spreads itself`);
        const fragment = fragments[name];
        if (fragment) cost += visit(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), depth, new Set([...seen, name]));
      }
    }
    return cost;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLNamedType | null | undefined, depth: number, seen: Set<string>): number => {
    // Introspection is a query like any other: `__schema { types { fields { type { ofType … } } } }` nests and lists.
    const meta = META_FIELDS.get(node.name.value);
    const field: GraphQLField<unknown, unknown> | undefined = meta ?? (parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[node.name.value] : undefined);
    const named = field ? getNamedType(field.type) : undefined;
    if (!node.selectionSet) return 0;
    const inner = 1 + visit(node.selectionSet, named && (isObjectType(named) || isInterfaceType(named) || isUnionType(named)) ? named : undefined, depth + 1, seen);
    const args = Object.fromEntries((node.arguments ?? []).map((a) => [a.name.value, argumentValue(a.value, variables)]));
    // Edges and nodes of a connection are the connection's rows, already multiplied by its page size.
    if (parent?.name.endsWith('Connection') && (node.name.value === 'edges' || node.name.value === 'nodes')) return inner;
    const isList = field ? isListType(getNullableType(field.type)) : false;
    const isConnection = !!named && named.name.endsWith('Connection');
    if (!isList && !isConnection) return inner;
    const page = [args.first, args.last].find((v) => typeof v === 'number') as number | undefined;
    // Lists without paging arguments are small by construction (a board's columns, report rows): a flat 10.
    const multiplier = isConnection ? page ?? defaultPageSize : page ?? 10;
    return Math.max(1, multiplier) * inner;
  };

  const cost = visit(operation.selectionSet, root, 1, new Set());
  if (aliases > limits.maxAliases) throw limitError('TOO_MANY_ALIASES', `The query uses ${aliases} aliases; at most ${limits.maxAliases} are allowed`);
  if (directives > limits.maxDirectives) throw limitError('TOO_MANY_DIRECTIVES', `The query uses ${directives} directives; at most ${limits.maxDirectives} are allowed`);
  if (cost > limits.maxCost) throw limitError('QUERY_TOO_COMPLEX', `The query would cost ${cost} units; the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`);
  return { depth: maxDepth, aliases, directives, cost };
}
