import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import {
  countByLevel,
  findChildren,
  findRegion,
  findRegionsAtLevel,
  searchRegions,
} from '../../src/regions/regions.repo.ts';
import { foldForSearch } from '../../src/shared/text.ts';
import { freshDatabase } from '../helpers/database.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase('base');
});
afterAll(() => database.close());

describe('official region tree (idn-area-data 3.x)', () => {
  it('holds the country, 38 provinces, 514 regencies/cities, 7,277 districts and 83,763 villages', async () => {
    expect(await countByLevel(database.db)).toEqual({ 0: 1, 1: 38, 2: 514, 3: 7_277, 4: 83_763 });
  });

  it('keeps names readable and kinds right', async () => {
    expect(await findRegion(database.db, '15.03')).toMatchObject({
      name: 'Kabupaten Sarolangun',
      kind: 'regency',
      parent_code: '15',
      level: 2,
    });
    expect(await findRegion(database.db, '15.71')).toMatchObject({ name: 'Kota Jambi', kind: 'city' });
    expect(await findRegion(database.db, '31')).toMatchObject({ name: 'DKI Jakarta', kind: 'province' });
  });

  it('counts children so rollups know when a sum is complete', async () => {
    const jambi = await findRegion(database.db, '15');
    expect(jambi?.child_count).toBe((await findChildren(database.db, '15')).length);
    expect(jambi?.child_count).toBe(11);
    expect((await findRegion(database.db, '00'))?.child_count).toBe(38);
  });

  it('finds everything inside a region by code prefix', async () => {
    const regencies = await findRegionsAtLevel(database.db, '15', 2);
    expect(regencies.map((r) => r.code)).toContain('15.03');
    expect(regencies.every((r) => r.code.startsWith('15.'))).toBe(true);
    expect(await findRegionsAtLevel(database.db, '00', 1)).toHaveLength(38);
  });
});

describe('name search, case- and accent-insensitive', () => {
  it.each([['sarolangun'], ['SAROLANGUN'], ['Sarolangun'], ['saroLANGUN']])(
    '%s finds Kabupaten Sarolangun first',
    async (q) => {
      const [first] = await searchRegions(database.db, foldForSearch(q), 5);
      expect(first?.code).toBe('15.03');
    },
  );

  it('matches names with apostrophes and accents typed without them', async () => {
    const results = await searchRegions(database.db, foldForSearch('Regapúu'), 5);
    expect(results.map((r) => r.name)).toContain('Regapu’u');
  });

  it('matches inner words and can filter by level', async () => {
    const results = await searchRegions(database.db, foldForSearch('pangkal pinang'), 10, 2);
    expect(results.map((r) => r.code)).toEqual(['19.71']);
  });

  it('treats LIKE wildcards in the query as text', async () => {
    expect(await searchRegions(database.db, '%', 5)).toEqual([]);
  });
});
