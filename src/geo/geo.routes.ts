import fs from 'node:fs/promises';
import path from 'node:path';
import Type from 'typebox';
import type { RoutePlugin } from '../http/deps.ts';
import { AppError } from '../shared/errors.ts';
import { ErrorBody } from '../shared/schemas.ts';
import { GEO_LAYERS, type GeoCollection, type GeoLayer, normalizeCollection } from './geo.rules.ts';

/**
 * Serves operator-supplied boundaries (`<CAKUPAN_GEO_DIR>/provinces.geojson`, `regencies.geojson`),
 * keyed by Kemendagri code, for the choropleth. No boundary file ships with the product: none on npm
 * has a licence that fits, so the dashboard falls back to its built-in tile-grid map.
 */
export const geoRoutes: RoutePlugin = async (app, { deps }) => {
  const cache = new Map<GeoLayer, GeoCollection | null>();

  async function load(layer: GeoLayer): Promise<GeoCollection | null> {
    if (cache.has(layer)) return cache.get(layer) ?? null;
    const file = path.join(deps.config.geoDir, `${layer}.geojson`);
    let collection: GeoCollection | null = null;
    try {
      const raw = JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
      const result = normalizeCollection(raw, layer === 'provinces' ? 1 : 2);
      if (result.dropped > 0)
        app.log.warn({ file, dropped: result.dropped }, 'GeoJSON features without a region code');
      collection = result.collection;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        app.log.error({ err: error, file }, 'unreadable GeoJSON');
    }
    cache.set(layer, collection);
    return collection;
  }

  app.get(
    '/geo',
    {
      config: { access: { permission: 'coverage.public', scope: 'none' } },
      schema: {
        tags: ['geo'],
        summary: 'Lapisan peta yang tersedia / available map layers',
        response: {
          200: Type.Object({
            layers: Type.Array(Type.Object({ layer: Type.String(), features: Type.Integer() })),
          }),
        },
      },
    },
    async () => {
      const layers = [];
      for (const layer of GEO_LAYERS) {
        const collection = await load(layer);
        if (collection) layers.push({ layer, features: collection.features.length });
      }
      return { layers };
    },
  );

  app.get(
    '/geo/:layer',
    {
      config: { access: { permission: 'coverage.public', scope: 'none' } },
      schema: {
        tags: ['geo'],
        summary: 'Batas wilayah GeoJSON dari operator / operator-supplied GeoJSON boundaries',
        params: Type.Object({ layer: Type.Union(GEO_LAYERS.map((l) => Type.Literal(l))) }),
        response: {
          200: Type.Object({ type: Type.Literal('FeatureCollection'), features: Type.Array(Type.Unknown()) }),
          400: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => {
      const collection = await load(request.params.layer);
      if (!collection) {
        throw new AppError('NOT_FOUND', {
          id: `Berkas ${request.params.layer}.geojson belum dipasang operator`,
          en: `No ${request.params.layer}.geojson has been installed by the operator`,
        });
      }
      return collection;
    },
  );
};
