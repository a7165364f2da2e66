import { describe, expect, it } from 'vitest';
import { normalizeCode, normalizeCollection } from './geo.rules.ts';

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};

describe('operator GeoJSON keyed by Kemendagri code', () => {
  it.each([
    ['15', '15'],
    [15, '15'],
    ['1503', '15.03'],
    ['15.03', '15.03'],
    ['00', null],
    ['Jambi', null],
  ])('normalizeCode(%j) = %j', (value, expected) => {
    expect(normalizeCode(value)).toBe(expected);
  });

  it('keeps features with a code of the right level and counts the rest', () => {
    const result = normalizeCollection(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { KODE_PROV: '15', name: 'Jambi' }, geometry: square },
          { type: 'Feature', properties: { kode: '1503' }, geometry: square },
          { type: 'Feature', properties: { name: 'no code' }, geometry: square },
        ],
      },
      1,
    );
    expect(result.collection.features.map((f) => f.properties.code)).toEqual(['15']);
    expect(result.dropped).toBe(2);
  });

  it('refuses anything but a FeatureCollection', () => {
    expect(() => normalizeCollection({ type: 'Feature' }, 1)).toThrow(/FeatureCollection/);
  });
});
