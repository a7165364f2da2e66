// Builders shared by the optimizer's worked examples (optimizer.rules.test.ts) and its properties
// (optimizer.property.test.ts).
import { type District, optimize, type Pool, type Strategy } from './optimizer.rules.ts';

/** One BPU worker for a year at government cost: 12 × (JKK 1 % × Rp1.000.000 + JKM Rp6.800) (PP 44/2015 art. 16–18). */
export const YEAR = 12 * 16_800; // 201.600

export const pool = (villageCode: string, fields: Partial<Pool> = {}): Pool => ({
  villageCode,
  villageName: `Desa ${villageCode}`,
  districtCode: villageCode.slice(0, 8),
  districtName: `Kec ${villageCode.slice(0, 8)}`,
  occupation: 'petani',
  povertyLevel: 'poor',
  available: 1_000,
  costPerWorker: YEAR,
  ...fields,
});
export const district = (
  code: string,
  workforce: number | null,
  active: number,
  targetBp: number | null,
): District => ({
  code,
  name: `Kec ${code}`,
  workforce,
  active,
  targetBp,
});
export const run = (budget: number, strategy: Strategy, pools: Pool[], districts: District[] = []) =>
  optimize({ budget, strategy, pools, districts, region: { workforce: 100_000, active: 40_000 } });
