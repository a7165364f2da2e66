import { describe, expect, it } from 'vitest';
import { pickTarget, type Target } from './targets.rules.ts';

const target = (year: number, basis: string | null, targetBp: number): Target => ({
  regionCode: '16',
  year,
  basis,
  targetBp,
  source: 'test',
  note: null,
});

describe('pickTarget: same year, else the next target worked towards, else the last one', () => {
  const targets = [
    target(2025, 'potential', 5_000),
    target(2029, 'potential', 6_000),
    target(2025, 'bps', 3_215),
  ];
  it.each([
    [2024, 'potential', 5_000, 'Sumsel Aug 2024 shows its 50 % target for 2025 (seed 001)'],
    [2025, 'potential', 5_000, 'the year itself'],
    [2026, 'potential', 6_000, 'the next one ahead'],
    [2031, 'potential', 6_000, 'after the last: the last'],
    [2025, 'bps', 3_215, 'RPJMN 32,15 % on the BPS basis'],
  ])('%i on %s → %i bp (%s)', (year, basis, expected) => {
    expect(pickTarget(targets, year, basis)?.targetBp).toBe(expected);
  });

  it('uses basis-free targets on any basis, after same-basis ones', () => {
    const mixed = [target(2024, null, 6_500), target(2024, 'bps', 4_000)];
    expect(pickTarget(mixed, 2024, 'potential')?.targetBp).toBe(6_500);
    expect(pickTarget(mixed, 2024, 'bps')?.targetBp).toBe(4_000);
  });

  it('has none when nothing matches the basis', () => {
    expect(pickTarget([target(2024, 'bps', 1)], 2024, 'potential')).toBeNull();
  });
});
