import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../auth/actor.ts';
import { sessionActor as session } from '../auth/test-actors.ts';
import { AppError } from '../shared/errors.ts';
import type { CoverageReport, CoverageRow } from './coverage.schemas.ts';
import { rankingVisibility, visibilityOf, visibleReport, visibleRows } from './coverage.visibility.ts';

// Jambi (15), Kabupaten Sarolangun (15.03), its neighbour Bungo (15.08).
const actors = {
  anonymous: ANONYMOUS,
  national: session('national_admin', ['00']),
  regencyGov: session('regency_gov', ['15.03']),
  villageOperator: session('village_operator', ['15.03.01.2001']),
  employer: session('employer', [], { employerNpp: '15030001' }),
} as const;

const SEGMENTS = { PU: 300, BPU: 80, JAKON: 15, PMI: 5 };

const row = (code: string, month = '2025-03'): CoverageRow => ({
  code,
  name: `Wilayah ${code}`,
  level: code === '00' ? 0 : code.split('.').length,
  month,
  workforce: 1_000,
  active: 400,
  coveragePct: 40,
  targetPct: 50,
  targetYear: 2025,
  gapWorkers: 100,
  gapMonthlyCost: 1_000_000,
  segments: { ...SEGMENTS },
  rank: 1,
  complete: true,
  estimated: false,
});

/** A report with the fields visibility touches; the rest are noise here. */
const report = (code: string, children: string[]): CoverageReport =>
  ({
    region: { code, name: `Wilayah ${code}`, level: code.split('.').length, parentCode: null, childCount: 0 },
    month: '2025-03',
    workforce: 1_000,
    active: 400,
    coveragePct: 40,
    segments: { ...SEGMENTS },
    source: {
      active: {
        kind: 'import',
        origin: 'reported',
        label: 'Laporan impor: aktif-jambi-2025-03.xlsx',
        labelEn: 'Imported report: aktif-jambi-2025-03.xlsx',
        importId: 42,
        reportingChildren: null,
        childrenTotal: children.length,
        complete: true,
        isDemo: true,
      },
      workforce: null,
      target: null,
    },
    children: children.map((c) => row(c)),
    trend: [row(code, '2025-01'), row(code, '2025-02'), row(code, '2025-03')],
  }) as unknown as CoverageReport;

const errorOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return null;
};

const expectRegionNotFound = (fn: () => unknown, code: string) => {
  const error = errorOf(fn);
  expect(error).toBeInstanceOf(AppError);
  // Out of scope answers exactly like a missing region: 404 REGION_NOT_FOUND naming the asked code.
  expect(error).toMatchObject({ code: 'REGION_NOT_FOUND', status: 404, details: { regionCode: code } });
};

describe('visibleReport at the public level', () => {
  const province = report('15', ['15.03', '15.08']);
  const shown = visibleReport(ANONYMOUS, province);

  it('says so', () => {
    expect(shown.visibility).toBe('public');
  });

  it('drops the segment split and the import id, keeps the headline figures', () => {
    expect(shown.segments).toBeNull();
    expect(shown.source.active.importId).toBeNull();
    expect(shown.source.active.kind).toBe('import');
    expect([shown.workforce, shown.active, shown.coveragePct]).toEqual([1_000, 400, 40]);
  });

  it('drops the segment split of every trend month, keeps its figures', () => {
    expect(shown.trend.map((r) => [r.month, r.segments, r.active])).toEqual([
      ['2025-01', null, 400],
      ['2025-02', null, 400],
      ['2025-03', null, 400],
    ]);
  });

  it('shows regency children at the public level', () => {
    expect(shown.children.map((c) => [c.code, c.segments])).toEqual([
      ['15.03', null],
      ['15.08', null],
    ]);
  });

  it('leaves the computed report untouched', () => {
    expect(province.segments).toEqual(SEGMENTS);
    expect(province.source.active.importId).toBe(42);
    expect(province.trend.every((r) => r.segments !== null)).toBe(true);
    expect(province.children.every((r) => r.segments !== null)).toBe(true);
  });

  it('does not name the import in the source label', () => {
    expect(shown.source.active.label).not.toContain('aktif-jambi-2025-03.xlsx');
    expect(shown.source.active.labelEn).not.toContain('aktif-jambi-2025-03.xlsx');
  });
});

describe('visibleReport: the region and each child at its own visibility', () => {
  it.each([
    {
      case: 'the public on a province: regencies public',
      actor: 'anonymous',
      region: '15',
      children: ['15.03', '15.08'],
      visibility: 'public',
      shown: [
        ['15.03', false],
        ['15.08', false],
      ],
    },
    {
      case: 'the public on a regency: its districts are not public',
      actor: 'anonymous',
      region: '15.03',
      children: ['15.03.01', '15.03.02'],
      visibility: 'public',
      shown: [],
    },
    {
      case: 'a regency government on its province: its own regency in full, the neighbour public',
      actor: 'regencyGov',
      region: '15',
      children: ['15.03', '15.08'],
      visibility: 'public',
      shown: [
        ['15.03', true],
        ['15.08', false],
      ],
    },
    {
      case: 'a regency government on its regency: everything, districts included',
      actor: 'regencyGov',
      region: '15.03',
      children: ['15.03.01', '15.03.02'],
      visibility: 'full',
      shown: [
        ['15.03.01', true],
        ['15.03.02', true],
      ],
    },
    {
      case: 'a regency government on the neighbouring regency: public, no districts',
      actor: 'regencyGov',
      region: '15.08',
      children: ['15.08.01'],
      visibility: 'public',
      shown: [],
    },
    {
      case: 'a village operator on its regency: public, no districts (its own district is level 3)',
      actor: 'villageOperator',
      region: '15.03',
      children: ['15.03.01', '15.03.02'],
      visibility: 'public',
      shown: [],
    },
    {
      case: 'an employer (no coverage.detail) on a regency: public, no districts',
      actor: 'employer',
      region: '15.03',
      children: ['15.03.01'],
      visibility: 'public',
      shown: [],
    },
    {
      case: 'national scope on a district: villages in full',
      actor: 'national',
      region: '15.03.01',
      children: ['15.03.01.2001', '15.03.01.2002'],
      visibility: 'full',
      shown: [
        ['15.03.01.2001', true],
        ['15.03.01.2002', true],
      ],
    },
  ] as const)('$case', ({ actor, region, children, visibility, shown }) => {
    const answer = visibleReport(actors[actor], report(region, [...children]));
    expect(answer.visibility).toBe(visibility);
    expect(answer.segments === null).toBe(visibility === 'public');
    expect(answer.source.active.importId).toBe(visibility === 'full' ? 42 : null);
    // [code, segment split kept]
    expect(answer.children.map((c) => [c.code, c.segments !== null])).toEqual(shown);
  });

  it('at full visibility the report is returned as computed', () => {
    const computed = report('15.03', ['15.03.01']);
    expect(visibleReport(actors.regencyGov, computed)).toEqual({ ...computed, visibility: 'full' });
  });

  it.each([
    ['anonymous', '15.03.01', 'a district is never public'],
    ['anonymous', '15.03.01.2001', 'a village is never public'],
    ['regencyGov', '15.08.01', 'a district of the neighbouring regency'],
    ['villageOperator', '15.03.01', 'the district above its village'],
    ['employer', '15.03.01', 'an employer sees no districts'],
  ] as const)('%s on %s → 404 REGION_NOT_FOUND (%s)', (actor, code, _why) => {
    expectRegionNotFound(() => visibleReport(actors[actor], report(code, [])), code);
    expectRegionNotFound(() => visibilityOf(actors[actor], code), code);
  });
});

describe('visibleRows', () => {
  it.each([
    [
      'anonymous',
      [
        ['15', false],
        ['15.03', false],
      ],
      'province and regency public, district and village dropped',
    ],
    [
      'regencyGov',
      [
        ['15', false],
        ['15.03', true],
        ['15.03.01', true],
        ['15.03.01.2001', true],
      ],
      'inside its regency in full',
    ],
    [
      'villageOperator',
      [
        ['15', false],
        ['15.03', false],
        ['15.03.01.2001', true],
      ],
      'only its village in full',
    ],
    [
      'national',
      [
        ['15', true],
        ['15.03', true],
        ['15.03.01', true],
        ['15.03.01.2001', true],
      ],
      'everything',
    ],
  ] as const)('%s → %j (%s)', (actor, expected, _why) => {
    const rows = ['15', '15.03', '15.03.01', '15.03.01.2001'].map((c) => row(c));
    expect(visibleRows(actors[actor], rows).map((r) => [r.code, r.segments !== null])).toEqual(expected);
  });
});

describe('rankingVisibility: rankings below regency level exist only inside the scope', () => {
  it.each([
    ['anonymous', '00', undefined, 'public', 'the default ranking of the nation'],
    ['anonymous', '00', 1, 'public', 'provinces of the nation'],
    ['anonymous', '15', 2, 'public', 'regencies of a province'],
    ['regencyGov', '15', 2, 'public', 'regencies of its province: public level'],
    ['regencyGov', '15.03', 3, 'full', 'districts of its own regency'],
    ['regencyGov', '15.03', 4, 'full', 'villages of its own regency'],
    ['national', '00', 4, 'full', 'every village of the country'],
  ] as const)('%s, %s, level %s → %s (%s)', (actor, code, level, expected, _why) => {
    expect(rankingVisibility(actors[actor], code, level)).toBe(expected);
  });

  it.each([
    ['anonymous', '15', 3, 'districts are not public'],
    ['anonymous', '15.03', 4, 'villages are not public'],
    ['anonymous', '15.03.01', 4, 'the district itself is hidden'],
    ['regencyGov', '15', 3, 'districts of the whole province: the province is not in its scope'],
    ['regencyGov', '15.08', 3, 'districts of the neighbouring regency'],
    ['employer', '15.03', 3, 'an employer has no coverage.detail'],
  ] as const)('%s, %s, level %s → 404 REGION_NOT_FOUND (%s)', (actor, code, level, _why) => {
    expectRegionNotFound(() => rankingVisibility(actors[actor], code, level), code);
  });
});
