import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const apiTarget = process.env.CAKUPAN_API ?? 'http://127.0.0.1:3200';

/**
 * The dashboard is a static SPA served by the API server from web/dist. In development, run the API on
 * port 3200 (or CAKUPAN_API) and `npx vite --config web/vite.config.ts`; /api is proxied there.
 */
export default defineConfig({
  root: webDir,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.join(webDir, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // ECharts is split into its own lazily loaded chunk; the warning limit covers that chunk.
    chunkSizeWarningLimit: 700,
  },
  // `vite preview` serves the built web/dist with a correct SPA fallback for dotted region paths
  // (/wilayah/15.03), proxying the API — handy for checking a build without restarting the server.
  server: { proxy: { '/api': apiTarget } },
  preview: { proxy: { '/api': apiTarget } },
});
