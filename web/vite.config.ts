import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const apiTarget = process.env.CAKUPAN_API ?? 'http://127.0.0.1:3200';

const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|map)$/;
/** Smaller files save a few hundred bytes at most; they go out as they are. */
const MIN_COMPRESS_BYTES = 1024;

/**
 * Writes `name.br` and `name.gz` next to every compressible asset of the build, at the strongest
 * settings (paid once per build, not per request). The server (src/http/web-static.ts) sends them
 * with `content-encoding` when the request accepts it. index.html is left alone: it is small and
 * also served by the SPA fallback, which does not negotiate encodings.
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress);
  const gz = promisify(gzip);
  return {
    name: 'cakupan-precompress',
    apply: 'build',
    async writeBundle(output, bundle) {
      const outDir = output.dir ?? path.join(webDir, 'dist');
      const writes = Object.values(bundle).flatMap((file) => {
        const source = file.type === 'chunk' ? file.code : file.source;
        const bytes = typeof source === 'string' ? Buffer.from(source) : source;
        if (!COMPRESSIBLE.test(file.fileName) || bytes.length < MIN_COMPRESS_BYTES) return [];
        const target = path.join(outDir, file.fileName);
        return [
          brotli(bytes, {
            params: {
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          }).then((br) => writeFile(`${target}.br`, br)),
          gz(bytes, { level: constants.Z_BEST_COMPRESSION }).then((gzBytes) =>
            writeFile(`${target}.gz`, gzBytes),
          ),
        ];
      });
      await Promise.all(writes);
    },
  };
}

/**
 * The dashboard is a static SPA served by the API server from web/dist. In development, run the API on
 * port 3200 (or CAKUPAN_API) and `npx vite --config web/vite.config.ts`; /api is proxied there.
 */
export default defineConfig({
  root: webDir,
  base: '/',
  plugins: [react(), precompress()],
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
