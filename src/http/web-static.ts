import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { TypedApp } from './deps.ts';

/** Vite names every file under assets/ by its content hash: a new build means new URLs. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** index.html names those hashes, so browsers revalidate it (ETag/Last-Modified keep that cheap). */
export const REVALIDATE_CACHE = 'no-cache';

/** The `.br`/`.gz` siblings web/vite.config.ts writes; served in place of the file, never by name. */
const COMPRESSED_VARIANTS = ['**/*.br', '**/*.gz'];

/**
 * Serves the built dashboard from `webDir` and returns the path of its index.html for the SPA
 * fallback, or `null` when the dashboard was not built.
 *
 * Assets go out precompressed when the request accepts br or gzip (with `vary: accept-encoding`, as a
 * shared cache must not hand brotli to a client that did not ask for it), hashed assets are cached for
 * a year and everything else is revalidated.
 *
 * @example
 * await registerWebStatic(app, 'web/dist'); // 'web/dist/index.html'
 * // GET /assets/index-B8tPJ0hz.js, accept-encoding: br → index-B8tPJ0hz.js.br, content-encoding: br
 */
export async function registerWebStatic(app: TypedApp, webDir: string): Promise<string | null> {
  const indexHtml = path.join(webDir, 'index.html');
  if (!fs.existsSync(indexHtml)) return null;
  const assetsDir = path.join(path.resolve(webDir), 'assets') + path.sep;
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: 'index.html',
    preCompressed: true,
    globIgnore: COMPRESSED_VARIANTS,
    // @fastify/send would write its own `public, max-age=0` over the header set below.
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', filePath.startsWith(assetsDir) ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
      res.setHeader('vary', 'accept-encoding');
    },
  });
  return indexHtml;
}
