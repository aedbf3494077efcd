import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the Vite server proxies the API; in production the server serves dist/ itself.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy: { '/graphql': 'http://localhost:4000', '/healthz': 'http://localhost:4000' } },
  build: { outDir: 'dist', sourcemap: true },
});
