import { describe, expect, it } from 'vitest';
import type { Month } from '../shared/month.ts';
import { pickWorkforce, type WorkforceCandidate } from './workforce.rules.ts';

const candidate = (datasetId: number, referenceMonth: string, workforce: number): WorkforceCandidate => ({
  regionCode: '15',
  datasetId,
  datasetKey: `d${datasetId}`,
  datasetName: `dataset ${datasetId}`,
  basis: 'bps',
  referenceMonth: referenceMonth as Month,
  source: 'test',
  isDemo: false,
  workforce,
  origin: 'reported',
  note: null,
});

describe('pickWorkforce: latest dataset not after the month, else the earliest later one', () => {
  const aug2023 = candidate(1, '2023-08', 100);
  const aug2024 = candidate(2, '2024-08', 200);
  const feb2025 = candidate(3, '2025-02', 300);
  it.each([
    ['2024-10', [aug2023, aug2024, feb2025], 200],
    ['2024-08', [aug2023, aug2024, feb2025], 200],
    ['2024-07', [aug2023, aug2024, feb2025], 100],
    ['2025-12', [aug2023, aug2024, feb2025], 300],
    ['2023-01', [aug2024, feb2025], 200],
    ['2023-01', [], null],
  ] as const)('%s → %s', (month, list, expected) => {
    expect(pickWorkforce(list, month as Month)?.workforce ?? null).toBe(expected);
  });

  it('prefers the newer dataset when two share a reference month', () => {
    expect(
      pickWorkforce([candidate(5, '2024-01', 1), candidate(9, '2024-01', 2)], '2024-06' as Month)?.workforce,
    ).toBe(2);
  });
});
