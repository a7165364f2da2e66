import { useQuery } from '@tanstack/react-query';
import { getJson } from './client.ts';

export type GeoLayerName = 'provinces' | 'regencies';

export interface GeoFeature {
  type: 'Feature';
  properties: { code: string } & Record<string, unknown>;
  geometry: unknown;
}

export interface GeoCollection {
  type: 'FeatureCollection';
  features: GeoFeature[];
}

/** Which boundary layers the operator installed; usually none, and then the tile map is used. */
export function useGeoLayers() {
  return useQuery({
    queryKey: ['geo'],
    queryFn: ({ signal }) =>
      getJson<{ layers: { layer: string; features: number }[] }>('/geo', undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
    select: (data) => new Set(data.layers.filter((l) => l.features > 0).map((l) => l.layer)),
  });
}

export function useGeoLayer(layer: GeoLayerName, enabled: boolean) {
  return useQuery({
    queryKey: ['geo', layer],
    queryFn: ({ signal }) => getJson<GeoCollection>(`/geo/${layer}`, undefined, signal),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
