import { describe, expect, it } from 'vitest';
import {
  codePath,
  displayName,
  isRegionCode,
  isWithin,
  kindOfRegion,
  levelOfCode,
  parentOfCode,
} from './regions.rules.ts';

describe('region codes are paths (Kemendagri numbering)', () => {
  it.each([
    ['00', 0, null, ['00']],
    ['15', 1, '00', ['00', '15']],
    ['15.03', 2, '15', ['00', '15', '15.03']],
    ['15.03.04', 3, '15.03', ['00', '15', '15.03', '15.03.04']],
    ['15.03.04.2001', 4, '15.03.04', ['00', '15', '15.03', '15.03.04', '15.03.04.2001']],
  ])('%s: level %i, parent %s', (code, level, parent, path) => {
    expect(isRegionCode(code)).toBe(true);
    expect(levelOfCode(code)).toBe(level);
    expect(parentOfCode(code)).toBe(parent);
    expect(codePath(code)).toEqual(path);
  });

  it.each(['1', '15.3', '15.03.4', '15.03.04.201', '15.03.04.2001.1', 'AB', '15-03', ''])(
    'rejects %j',
    (code) => {
      expect(isRegionCode(code)).toBe(false);
    },
  );

  it.each([
    ['15.03.04.2001', '15.03', true],
    ['15.03', '15.03', true],
    ['15.30', '15.3', false],
    ['15.031', '15.03', false],
    ['19.71', '00', true],
    ['16.06', '15', false],
  ])('%s within %s: %s (prefix on whole segments)', (code, ancestor, expected) => {
    expect(isWithin(code, ancestor)).toBe(expected);
  });
});

describe('display names', () => {
  it.each([
    ['KABUPATEN SAROLANGUN', 2, 'Kabupaten Sarolangun'],
    ['KOTA PANGKAL PINANG', 2, 'Kota Pangkal Pinang'],
    ['KABUPATEN PANGKAJENE DAN KEPULAUAN', 2, 'Kabupaten Pangkajene dan Kepulauan'],
    ['DKI JAKARTA', 1, 'DKI Jakarta'],
    ['DAERAH ISTIMEWA YOGYAKARTA', 1, 'Daerah Istimewa Yogyakarta'],
    ['KEPULAUAN BANGKA BELITUNG', 1, 'Kepulauan Bangka Belitung'],
    ['Soka"an', 4, 'Soka"an'],
    ['Bukit Intan', 3, 'Bukit Intan'],
  ])('%s → %s', (official, level, expected) => {
    expect(displayName(official, level)).toBe(expected);
  });

  it('tells cities from regencies by the official name', () => {
    expect(kindOfRegion(2, 'KOTA JAMBI')).toBe('city');
    expect(kindOfRegion(2, 'KABUPATEN KOTAWARINGIN BARAT')).toBe('regency');
    expect(kindOfRegion(1, 'JAMBI')).toBe('province');
  });
});
