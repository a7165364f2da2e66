import type { Month } from '../shared/month.ts';
import { babelPotential2024, bpOf, DETAILED, pctOf } from './demo.anchors.ts';
import { type DemoInput, need, reported } from './demo.input.ts';
import { DEMO_MONTHS, type NationalAnchor, splitSegments } from './demo.national.ts';
import type { Anchor, Segments, Series } from './demo.series.ts';

/** National and province figures of the demo: published anchors, and the splits by segment. */
export function nationalAnchors(input: DemoInput): NationalAnchor[] {
  const at = (period: string) => reported(input.reported, '00', period);
  const dec2023 = need(at('2023-12').active, 'national Dec 2023');
  const dec2024 = need(at('2024-12').active, 'national Dec 2024');
  // Published splits (reported_coverage.csv notes): Dec 2023 PU 25.00 M, BPU 9.19 M, Jakon 7.36 M;
  // Dec 2024 PU 29.3 M, BPU 9.9 M, Jakon + PMI 6 M (split by the Apr 2025 ratio 4.64 : 0.64);
  // Apr 2025 PU 25.43 M, BPU 8.99 M, Jakon 4.64 M, PMI 0.64 M.
  return [
    {
      month: '2023-12' as Month,
      total: dec2023,
      segments: [25_000_000, 9_190_000, 7_360_000, dec2023 - 41_550_000],
    },
    {
      month: '2024-12' as Month,
      total: dec2024,
      segments: [
        29_300_000,
        9_900_000,
        Math.round((6_000_000 * 464) / 528),
        Math.round((6_000_000 * 64) / 528),
      ],
    },
    {
      month: '2025-04' as Month,
      total: need(at('2025-04').active, 'national Apr 2025'),
      segments: [25_430_000, 8_990_000, 4_640_000, 640_000],
    },
  ];
}

export function provinceAnchors(input: DemoInput, code: string, dec2023: number): Anchor[] {
  const anchors: Anchor[] = [{ month: '2023-12' as Month, value: dec2023 }];
  const add = (period: string) =>
    anchors.push({
      month: period as Month,
      value: need(reported(input.reported, code, period).active, `${code} ${period}`),
    });
  if (code === DETAILED.jambi) ['2024-08', '2025-03'].forEach(add);
  if (code === DETAILED.sumsel) add('2024-08');
  if (code === DETAILED.sulsel) add('2024-07');
  if (code === DETAILED.babel) {
    // "33 %" (CNN Indonesia, 2024, month not stated) placed in Jun–Aug 2024, on the 2024 potential base.
    const pot = babelPotential2024(input);
    const pct = bpOf(need(reported(input.reported, code, '2024').coveragePct, 'Babel 33%'));
    anchors.push(
      { month: '2024-06' as Month, value: pctOf(pot, pct) },
      { month: '2024-08' as Month, value: pctOf(pot, pct + 30) },
    );
    ['2024-12', '2025-12'].forEach(add);
  }
  return anchors;
}

export function provinceSegments(code: string, totals: Series, shares: Segments): Segments {
  const out: Segments = new Map();
  for (const month of DEMO_MONTHS) {
    const total = totals.get(month) as number;
    const w = shares.get(month) as number[];
    if (code === DETAILED.sumsel) {
      // 690,000 of 1,033,000 are formal (PU) in Aug 2024 (seed 001); the share is kept for every month.
      const pu = Math.round((total * 690_000) / 1_033_000);
      out.set(month, [pu, ...splitSegments(total - pu, w.slice(1))]);
    } else if (code === DETAILED.babel) {
      // Dec 2024: 40.27 % with construction, 35 % without (babel.antaranews.com): Jakon 29,674 of 226,750.
      const jakon = Math.round((total * 29_674) / 226_750);
      const [pu, bpu, pmi] = splitSegments(total - jakon, [w[0] as number, w[1] as number, w[3] as number]);
      out.set(month, [pu as number, bpu as number, jakon, pmi as number]);
    } else out.set(month, splitSegments(total, w));
  }
  return out;
}
