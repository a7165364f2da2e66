/**
 * "Why coverage moved": the change in active participants of a region between two months, split into
 * named steps so that `start + Σ steps = end` exactly. Each person counted in one month and not the
 * other falls in exactly one step (classified in movement.repo.ts), so the identity holds by set
 * arithmetic: |end| = |start| + |joined| − |left|.
 */

export const MOVEMENT_STEPS = [
  { key: 'new_enrolments', sign: 1, id: 'Peserta baru', en: 'New enrolments' },
  { key: 'reactivations', sign: 1, id: 'Aktif kembali', en: 'Reactivations' },
  { key: 'lapses', sign: -1, id: 'Menunggak (tidak membayar)', en: 'Lapses (unpaid)' },
  { key: 'employer_closures', sign: -1, id: 'Pemberi kerja tutup', en: 'Employer closures' },
  { key: 'exit_death', sign: -1, id: 'Keluar: meninggal', en: 'Exits: death' },
  { key: 'exit_retirement', sign: -1, id: 'Keluar: pensiun', en: 'Exits: retirement' },
  { key: 'exit_jht_claim', sign: -1, id: 'Keluar: klaim JHT', en: 'Exits: JHT claim' },
  { key: 'exit_moved', sign: -1, id: 'Keluar: pindah domisili', en: 'Exits: moved away' },
  { key: 'exit_resigned', sign: -1, id: 'Keluar: berhenti bekerja', en: 'Exits: resigned' },
  { key: 'exit_project_ended', sign: -1, id: 'Keluar: proyek selesai', en: 'Exits: project ended' },
  {
    key: 'exit_placement_ended',
    sign: -1,
    id: 'Keluar: penempatan selesai',
    en: 'Exits: placement ended',
  },
  {
    key: 'exit_funding_ended',
    sign: -1,
    id: 'Keluar: program pendanaan berakhir',
    en: 'Exits: funding program ended',
  },
  { key: 'other', sign: -1, id: 'Lainnya (koreksi data)', en: 'Other (data corrections)' },
] as const;

export type MovementKey = (typeof MOVEMENT_STEPS)[number]['key'];

export interface MovementStep {
  readonly key: MovementKey;
  readonly labelId: string;
  readonly labelEn: string;
  /** Signed: positive adds participants, negative removes them. */
  readonly value: number;
}

export interface Movement {
  readonly startActive: number;
  readonly endActive: number;
  readonly steps: MovementStep[];
}

/**
 * Turns the head counts per step (unsigned, as classified) into signed steps in the fixed order, and
 * checks the identity. A count for an unknown key is refused rather than dropped.
 *
 * @example
 * assembleMovement(100, 97, { new_enrolments: 5, lapses: 6, exit_death: 2 })
 * // steps: +5, 0, −6, 0, −2, 0, … → 100 + 5 − 6 − 2 = 97
 */
export function assembleMovement(
  startActive: number,
  endActive: number,
  counts: Readonly<Record<string, number>>,
): Movement {
  const known = new Set<string>(MOVEMENT_STEPS.map((s) => s.key));
  const unknown = Object.keys(counts).filter((k) => !known.has(k));
  if (unknown.length > 0) throw new Error(`unknown movement step: ${unknown.join(', ')}`);
  const steps = MOVEMENT_STEPS.map((s) => ({
    key: s.key,
    labelId: s.id,
    labelEn: s.en,
    value: s.sign * (counts[s.key] ?? 0),
  }));
  const sum = startActive + steps.reduce((acc, s) => acc + s.value, 0);
  if (sum !== endActive) {
    throw new Error(`movement does not add up: ${startActive} + steps = ${sum}, not ${endActive}`);
  }
  return { startActive, endActive, steps };
}

/** Where an ended membership's reason puts a person who left (`lapsed` is a lapse, `correction` other). */
export function stepOfEndReason(reason: string | null): MovementKey {
  switch (reason) {
    case 'lapsed':
      return 'lapses';
    case 'employer_closed':
      return 'employer_closures';
    case 'death':
    case 'retirement':
    case 'jht_claim':
    case 'moved':
    case 'resigned':
    case 'project_ended':
    case 'placement_ended':
    case 'funding_ended':
      return `exit_${reason}`;
    default:
      return 'other';
  }
}
