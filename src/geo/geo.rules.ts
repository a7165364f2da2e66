import { isRegionCode } from '../regions/regions.rules.ts';

export const GEO_LAYERS = ['provinces', 'regencies'] as const;
export type GeoLayer = (typeof GEO_LAYERS)[number];

/** Property names under which boundary files commonly carry the Kemendagri code. */
const CODE_PROPERTIES = [
  'code',
  'kode',
  'kode_wilayah',
  'kdprov',
  'kode_prov',
  'KODE_PROV',
  'kdkab',
  'KODE_KAB',
  'kdpkab',
  'ADM_CODE',
  'id',
];

export interface GeoFeature {
  type: 'Feature';
  properties: Record<string, unknown> & { code: string };
  geometry: unknown;
}

export interface GeoCollection {
  type: 'FeatureCollection';
  features: GeoFeature[];
}

/** `15` / `1503` / `15.03` / 15 → the dotted Kemendagri code, or null. */
export function normalizeCode(value: unknown): string | null {
  const text = String(value ?? '').trim();
  const dotted = /^\d{4}$/.test(text) ? `${text.slice(0, 2)}.${text.slice(2)}` : text;
  return isRegionCode(dotted) && dotted !== '00' ? dotted : null;
}

/**
 * Checks an operator-supplied GeoJSON and gives every feature `properties.code` in dotted form.
 * Features without a recognisable code are dropped and counted, so the operator learns about them.
 */
export function normalizeCollection(
  raw: unknown,
  level: 1 | 2,
): { collection: GeoCollection; dropped: number } {
  const features = (raw as { type?: string; features?: unknown[] })?.features;
  if ((raw as { type?: string })?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    throw new Error('GeoJSON must be a FeatureCollection');
  }
  let dropped = 0;
  const kept: GeoFeature[] = [];
  for (const feature of features as { properties?: Record<string, unknown>; geometry?: unknown }[]) {
    const properties = feature.properties ?? {};
    const key = CODE_PROPERTIES.find((k) => normalizeCode(properties[k]) !== null);
    const code = key ? normalizeCode(properties[key]) : null;
    if (!code || code.split('.').length !== level || !feature.geometry) {
      dropped++;
      continue;
    }
    kept.push({ type: 'Feature', properties: { ...properties, code }, geometry: feature.geometry });
  }
  return { collection: { type: 'FeatureCollection', features: kept }, dropped };
}
