import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { auditRoutes } from '../audit/audit.routes.ts';
import { registerAccessControl } from '../auth/access.ts';
import { authRoutes, demoActive } from '../auth/auth.routes.ts';
import { authSettings } from '../auth/auth.service.ts';
import { tokenRoutes } from '../auth/tokens.routes.ts';
import { userRoutes } from '../auth/users.routes.ts';
import { billingRoutes } from '../billing/billing.routes.ts';
import { coverageExportRoutes } from '../coverage/coverage.export.routes.ts';
import { coverageRoutes } from '../coverage/coverage.routes.ts';
import { fundingRoutes } from '../funding/funding.routes.ts';
import { fundingFileRoutes } from '../funding/funding-files.routes.ts';
import { geoRoutes } from '../geo/geo.routes.ts';
import { importRoutes } from '../imports/import.routes.ts';
import { paymentRoutes } from '../payments/payments.routes.ts';
import { movementRoutes } from '../protection/movement.routes.ts';
import { regionRoutes } from '../regions/regions.routes.ts';
import { registryImportRoutes } from '../registry/import/registry-import.routes.ts';
import { projectRoutes } from '../registry/projects.routes.ts';
import { registryRoutes } from '../registry/registry.routes.ts';
import { identifierRoutes } from '../regulations/identifiers.routes.ts';
import { quoteRoutes } from '../regulations/quotes.routes.ts';
import { regulationRoutes } from '../regulations/regulations.routes.ts';
import { ErrorBody } from '../shared/schemas.ts';
import { targetRoutes } from '../targets/targets.routes.ts';
import { workforceRoutes } from '../workforce/workforce.routes.ts';
import type { AppDeps, TypedApp } from './deps.ts';
import { frameworkError, notFoundBody, registerErrorHandling } from './error-handler.ts';
import { metaRoutes } from './meta.routes.ts';
import { REVALIDATE_CACHE, registerWebStatic } from './web-static.ts';

export const API_PREFIX = '/api/v1';
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

/** `/assets/index.js` is a file; `/wilayah/15.03` is a page (a region code is not an extension). */
const looksLikeFile = (urlPath: string): boolean => /\.[a-z][a-z0-9]*$/i.test(path.extname(urlPath));

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  // The dashboard loads only its own scripts; React sets style attributes, ECharts draws on canvas.
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
} as const;

/**
 * Builds the HTTP application around an open database: versioned API under /api/v1 with request and
 * response schemas, the OpenAPI document at /docs, and the dashboard at /. Listening is the caller's job,
 * so tests drive the same app through `inject`.
 */
export async function buildApp(deps: AppDeps, options: FastifyServerOptions = {}): Promise<TypedApp> {
  const app = Fastify({
    logger: options.logger ?? { level: deps.config.logLevel },
    // JSON bodies are small; only the CSV import routes take up to CAKUPAN_BODY_LIMIT_MB.
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    ajv: { customOptions: { allErrors: true } },
    frameworkErrors: frameworkError,
    trustProxy: deps.config.trustProxy,
    ...options,
  }).withTypeProvider<TypeBoxTypeProvider>();

  registerErrorHandling(app);
  await app.register(fastifyCookie);
  registerAccessControl(
    app,
    {
      db: deps.database.db,
      settings: authSettings(deps.config, demoActive(deps)),
      now: () => deps.clock.now(),
      secureCookies: deps.config.secureCookies,
    },
    API_PREFIX,
  );
  app.addHook('onSend', async (_request, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
  });
  app.addSchema(ErrorBody);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Cakupan API',
        version: '1',
        description:
          'Universal Coverage Jamsostek monitor: regions, workforce, targets, active participants and coverage. Bahasa Indonesia first; every error has `message` (id) and `messageEn`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cakupan_session' },
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'API token ckp_… (token create / POST /tokens)',
          },
        },
      },
      tags: [
        'coverage',
        'regions',
        'imports',
        'workforce',
        'targets',
        'geo',
        'meta',
        'regulations',
        'identifiers',
        'auth',
        'audit',
        'registry',
      ].map((name) => ({ name })),
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  await app.register(
    async (api) => {
      for (const plugin of [
        metaRoutes,
        regionRoutes,
        coverageRoutes,
        coverageExportRoutes,
        importRoutes,
        workforceRoutes,
        targetRoutes,
        geoRoutes,
        regulationRoutes,
        quoteRoutes,
        identifierRoutes,
        authRoutes,
        userRoutes,
        tokenRoutes,
        auditRoutes,
        registryRoutes,
        registryImportRoutes,
        paymentRoutes,
        movementRoutes,
        projectRoutes,
        billingRoutes,
        fundingRoutes,
        fundingFileRoutes,
      ]) {
        await api.register(plugin, { deps });
      }
    },
    { prefix: API_PREFIX },
  );

  const indexHtml = await registerWebStatic(app, deps.config.webDir);
  if (indexHtml === null)
    app.log.warn(
      { webDir: deps.config.webDir },
      'dashboard not built (npm run build:web); serving the API only',
    );

  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/docs');
    if (isPage && indexHtml !== null && !looksLikeFile(request.url.split('?')[0] ?? '')) {
      return reply
        .type('text/html')
        .header('cache-control', REVALIDATE_CACHE)
        .send(fs.createReadStream(indexHtml));
    }
    return reply.status(404).send(notFoundBody(request.url.split('?')[0] ?? request.url));
  });
  return app;
}
