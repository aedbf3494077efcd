import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './graphql-documents-plugin.ts';

// In development the Vite server proxies the API; in production the server serves dist/ itself.
export default defineConfig({
  plugins: [graphqlDocuments({ generatedModule: 'src/gql/graphql.ts' }), react()],
  server: { port: 5173, proxy: { '/graphql': { target: 'http://localhost:4000', ws: true }, '/healthz': 'http://localhost:4000' } },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries every page needs, in chunks that stay cached across deployments of the app's own
        // code. Board-only (dnd-kit, react-virtual) and dashboard-only (recharts) libraries stay with
        // their lazily loaded pages.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|rxjs|graphql|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/ },
          ],
        },
      },
    },
  },
});
