import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { getArgumentValues, getVariableValues, isNonNullType, Kind, type FormattedExecutionResult, type FragmentDefinitionNode } from 'graphql';
import { requireTenant, type RequestContext, type TenantContext } from '../context';
import type { Sql } from '../sql';
import { responseText, selectedFields, type RootSelection } from './compiled-read';

/**
 * Whole responses built by PostgreSQL (as Hasura sends them): when every root field of a query
 * has a compiled form, each becomes one statement whose JSON *is* that field's response, and the
 * text goes out as it came from the database, without graphql-js walking thousands of fields,
 * parsing JSON or stringifying it again. Any root field that is not compilable so, any error,
 * or a null where the schema promises a value, and the operation runs through graphql-js as
 * before — which then reports the error the way it always has.
 */
export type CompiledRootField = (ctx: TenantContext, read: RootSelection, args: Record<string, unknown>) => Sql | undefined;

const rootFields = new Map<string, CompiledRootField>();
let answered = 0;

/** How many operations this process has answered with a compiled response (for tests: the path was taken). */
export function compiledResponsesSent(): number {
  return answered;
}

/** Declares the compiled form of the root query field `name`: a statement whose row holds the field's response JSON as `j`. */
export function compileRootFieldResponse(name: string, compile: CompiledRootField): void {
  rootFields.set(name, compile);
}

/** `data` whose fields are JSON text; stringifyResponse splices them in. */
export class ResponseData {
  constructor(readonly fields: [key: string, json: string][]) {}

  /** For any consumer other than stringifyResponse (it parses: only the HTTP path is fast). */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.fields.map(([key, json]) => [key, JSON.parse(json)]));
  }
}

/** Apollo's stringifyResult: JSON, with a compiled response's text spliced in unparsed. */
export function stringifyResponse(result: FormattedExecutionResult): string {
  const data = result.data as unknown;
  if (!(data instanceof ResponseData)) return JSON.stringify(result);
  const parts: string[] = [];
  if (result.errors) parts.push(`"errors":${JSON.stringify(result.errors)}`);
  parts.push(`"data":{${data.fields.map(([key, json]) => `${JSON.stringify(key)}:${json}`).join(',')}}`);
  if (result.extensions) parts.push(`"extensions":${JSON.stringify(result.extensions)}`);
  return `{${parts.join(',')}}`;
}

async function compiledResponse(requestContext: GraphQLRequestContextResponseForOperation<RequestContext>): Promise<ResponseData | null> {
  const { operation, document, contextValue, schema, request } = requestContext;
  if (!operation || operation.operation !== 'query' || !contextValue.config.compiledReads || !contextValue.organizationId || !contextValue.actor) return null;
  const ctx = requireTenant(contextValue);
  const queryType = schema.getQueryType();
  if (!queryType) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
  if (coerced.errors) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const scope = { variableValues: coerced.coerced, fragments };
  const selected = selectedFields(scope, ctx, queryType, [operation.selectionSet]);
  if (!selected) return null;
  const statements: { key: string; statement?: Sql; nonNull?: boolean; json?: string }[] = [];
  for (const [key, nodes] of selected) {
    const name = nodes[0].name.value;
    if (name === '__typename') { statements.push({ key, json: JSON.stringify(queryType.name) }); continue; }
    const field = queryType.getFields()[name];
    const compile = rootFields.get(name);
    if (!field || !compile || nodes.some((n) => n.name.value !== name)) return null;
    const statement = compile(ctx, { ...scope, fieldNodes: nodes, returnType: field.type }, getArgumentValues(field, nodes[0], coerced.coerced));
    if (!statement) return null;
    statements.push({ key, statement, nonNull: isNonNullType(field.type) });
  }
  const fields: [string, string][] = [];
  for (const { key, statement, nonNull, json } of statements) {
    const text = json ?? (await responseText(ctx, statement!));
    // The session was opened again (the caller's access changed): graphql-js answers under the new one (confirmSessionPlugin).
    if (text === undefined) return null;
    if (text === null && nonNull) return null;
    fields.push([key, text ?? 'null']);
  }
  // Opened again by a statement the compilers ran (the caller's access changed): the SQL was written for the old access.
  if (contextValue.db.sessionChanged) return null;
  return new ResponseData(fields);
}

const reported = new Set<string>();

/**
 * A statement PostgreSQL refused as written (SQLSTATE class 42: syntax, an unknown column or
 * function) is a bug in the SQL a compiler wrote, not the caller's doing: the answer still comes
 * field by field, but the log says so, once per process and error, instead of it showing only as lost speed.
 */
function reportMalformedStatement(error: unknown): void {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || !code.startsWith('42')) return;
  const key = `${code} ${String(message)}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.error(`[compiled-response] PostgreSQL refused a compiled statement (${code}: ${String(message)}); answering field by field`);
}

export const compiledResponsePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async responseForOperation(requestContext) {
        let data: ResponseData | null;
        try {
          data = await compiledResponse(requestContext);
        } catch (error) {
          // Refused arguments, access, a statement that failed: graphql-js runs the operation and reports it as always.
          reportMalformedStatement(error);
          data = null;
        }
        if (!data) return null;
        answered++;
        return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: data as never } } };
      },
    };
  },
};
