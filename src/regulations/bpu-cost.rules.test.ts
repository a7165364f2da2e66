import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import type { Month } from '../shared/month.ts';
import { gapCost, governmentPaidBpuCost } from './bpu-cost.rules.ts';
import type { RegulationParameter } from './parameters.rules.ts';
import { SEED_PARAMETERS } from './parameters.seed.ts';

describe('government-paid BPU JKK + JKM per worker-month (PP 44/2015 jo. PP 82/2019)', () => {
  it.each([
    // JKK 1 % × Rp1.000.000 (lowest income, Lampiran II) = 10.000; JKM flat 6.800; total 16.800.
    ['2015-07', 16_800],
    ['2024-10', 16_800],
    // PP 50/2025 halves BPU JKK and JKM from Jan 2026 (transport) / Apr 2026 (others), but not for
    // contributions paid from a government budget: the APBD price stays 16.800.
    ['2026-01', 16_800],
    ['2026-06', 16_800],
  ])('%s: Rp%i', (month, expected) => {
    const cost = governmentPaidBpuCost(SEED_PARAMETERS, month as Month);
    expect(cost.amount).toBe(expected);
    expect(cost.lines.map((l) => [l.program, l.amount])).toEqual([
      ['JKK', 10_000],
      ['JKM', 6_800],
    ]);
    expect(cost.discount.en).toMatch(/No PP 50\/2025 discount/);
  });

  it('explains each line with its rate, base and legal basis', () => {
    const [jkk] = governmentPaidBpuCost(SEED_PARAMETERS, '2024-10' as Month).lines;
    expect(jkk).toMatchObject({
      base: 1_000_000,
      rateBp: 100,
      parameterCode: 'bpu.jkk_rate',
      legalBasis: 'PP 44/2015 jo. PP 82/2019',
      article: 'Lampiran II (JKK BPU 1% dari penghasilan)',
    });
    expect(jkk?.explanation.id).toBe('JKK: pemerintah 1% × Rp1.000.000 = Rp10.000');
  });

  it('reads a later dated row when one is entered (no constant in the code)', () => {
    const raised: RegulationParameter[] = [
      ...SEED_PARAMETERS.map((p) =>
        p.code === 'bpu.income_floor' ? { ...p, effectiveTo: '2026-12-31' } : p,
      ),
      {
        ...(SEED_PARAMETERS.find((p) => p.code === 'bpu.income_floor') as RegulationParameter),
        effectiveFrom: '2027-01-01',
        value: 1_200_000,
      },
    ];
    // 1 % × 1.200.000 = 12.000 + 6.800 = 18.800 from Jan 2027; Dec 2026 unchanged.
    expect(governmentPaidBpuCost(raised, '2027-01' as Month).amount).toBe(18_800);
    expect(governmentPaidBpuCost(raised, '2026-12' as Month).amount).toBe(16_800);
  });

  it('fails with a named error when a parameter is missing, never a silent zero', () => {
    const withoutJkm = SEED_PARAMETERS.filter((p) => p.code !== 'bpu.jkm_flat');
    expect(() => governmentPaidBpuCost(withoutJkm, '2024-10' as Month)).toThrow(AppError);
    expect(() => governmentPaidBpuCost(withoutJkm, '2024-10' as Month)).toThrow(/bpu\.jkm_flat/);
  });

  it('has no price (null, not zero) for months before the parameters begin', () => {
    // The seed rows start in Jul 2015 (PP 44/2015); a report about 2014 gets no cost rather than a wrong one.
    expect(gapCost(SEED_PARAMETERS, ['2015-06', '2015-07'] as Month[], 10)).toBeNull();
    expect(gapCost(SEED_PARAMETERS, ['2015-07'] as Month[], 10)).toBe(168_000);
  });

  it('prices the published example: 5.000 workers × 12 months × Rp16.800 = Rp1.008.000.000 (Penajam Paser Utara 2025)', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}` as Month);
    expect(gapCost(SEED_PARAMETERS, months, 5_000)).toBe(1_008_000_000);
  });
});
