import { describe, expect, it } from 'vitest';
import { assembleMovement, MOVEMENT_STEPS, stepOfEndReason } from './movement.rules.ts';

describe('assembleMovement — start + Σ steps = end', () => {
  it('signs the steps and keeps the fixed order', () => {
    // 100 + 5 new + 2 back − 6 lapsed − 3 closed − 1 died = 97
    const m = assembleMovement(100, 97, {
      new_enrolments: 5,
      reactivations: 2,
      lapses: 6,
      employer_closures: 3,
      exit_death: 1,
    });
    expect(m.steps.map((s) => s.key)).toEqual(MOVEMENT_STEPS.map((s) => s.key));
    expect(Object.fromEntries(m.steps.filter((s) => s.value !== 0).map((s) => [s.key, s.value]))).toEqual({
      new_enrolments: 5,
      reactivations: 2,
      lapses: -6,
      employer_closures: -3,
      exit_death: -1,
    });
    expect(m.startActive + m.steps.reduce((a, s) => a + s.value, 0)).toBe(m.endActive);
  });

  it('refuses counts that do not add up, or an unknown step', () => {
    // 100 + 5 = 105 ≠ 104
    expect(() => assembleMovement(100, 104, { new_enrolments: 5 })).toThrow(/does not add up/);
    expect(() => assembleMovement(0, 0, { sideways: 0 })).toThrow(/unknown movement step/);
  });

  it('every step has an Indonesian and an English label', () => {
    for (const s of assembleMovement(0, 0, {}).steps) {
      expect(s.labelId.length).toBeGreaterThan(3);
      expect(s.labelEn.length).toBeGreaterThan(3);
    }
  });
});

describe('stepOfEndReason — the end reasons of migration 004', () => {
  it.each([
    ['lapsed', 'lapses'],
    ['employer_closed', 'employer_closures'],
    ['death', 'exit_death'],
    ['retirement', 'exit_retirement'],
    ['jht_claim', 'exit_jht_claim'],
    ['moved', 'exit_moved'],
    ['resigned', 'exit_resigned'],
    ['project_ended', 'exit_project_ended'],
    ['placement_ended', 'exit_placement_ended'],
    ['funding_ended', 'exit_funding_ended'],
    ['correction', 'other'],
    [null, 'other'],
  ] as const)('%s → %s', (reason, step) => {
    expect(stepOfEndReason(reason)).toBe(step);
  });
});
