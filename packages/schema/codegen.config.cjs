/** TypeScript types for every type of the schema: what mobile and tooling clients build on. */
module.exports = {
  schema: 'schema.graphql',
  generates: {
    'generated/types.ts': {
      plugins: ['typescript'],
      config: {
        scalars: { Decimal: 'string', Date: 'string', DateTimeISO: 'string', JSONObject: 'Record<string, unknown>', JSON: 'unknown' },
        enumsAsTypes: true,
        avoidOptionals: { field: true },
        skipTypename: false,
      },
    },
  },
};
