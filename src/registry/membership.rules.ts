import type { Program } from '../regulations/explain.ts';
import type { Bilingual } from '../shared/errors.ts';

export type Segment = 'PU' | 'BPU' | 'JAKON' | 'PMI';
export type PayerKind = 'employer' | 'self' | 'government' | 'csr' | 'group' | 'agent';
export const SEGMENTS: readonly Segment[] = ['PU', 'BPU', 'JAKON', 'PMI'];
export const PROGRAMS: readonly Program[] = ['JHT', 'JKK', 'JKM', 'JP', 'JKP'];
export const PAYER_KINDS: readonly PayerKind[] = ['employer', 'self', 'government', 'csr', 'group', 'agent'];

/** A membership's validity: inclusive dates `YYYY-MM-DD`; `to` null while it is open. */
export interface Range {
  readonly from: string;
  readonly to: string | null;
}

export interface ExistingMembership extends Range {
  readonly id: number;
  readonly segment: Segment;
  readonly employerId: number | null;
}

export interface MembershipDraft extends Range {
  readonly segment: Segment;
  readonly employerId: number | null;
  readonly projectId: number | null;
  readonly payerKind: PayerKind;
  readonly programs: readonly Program[];
  readonly declaredIncome: number | null;
}

/** Two inclusive ranges share at least one day. */
export function rangesOverlap(a: Range, b: Range): boolean {
  const aEnds = a.to ?? '9999-12-31';
  const bEnds = b.to ?? '9999-12-31';
  return a.from <= bEnds && b.from <= aEnds;
}

/**
 * Which programs a segment takes: JKK and JKM always; JHT optional for BPU and PMI; JP and JKP only
 * for wage earners (PP 44/2015, PP 45/2015, PP 37/2021; Permenaker 5/2021 for BPU; Permenaker 4/2023
 * for PMI; Permenaker 44/2015 for Jakon, which is JKK and JKM only).
 */
const ALLOWED: Record<Segment, readonly Program[]> = {
  PU: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'],
  BPU: ['JKK', 'JKM', 'JHT'],
  JAKON: ['JKK', 'JKM'],
  PMI: ['JKK', 'JKM', 'JHT'],
};
const REQUIRED: readonly Program[] = ['JKK', 'JKM'];

/** Who may pay for a segment: an employer pays for PU and Jakon; BPU and PMI are paid by anyone else. */
const PAYERS: Record<Segment, readonly PayerKind[]> = {
  PU: ['employer'],
  JAKON: ['employer'],
  BPU: ['self', 'government', 'csr', 'group', 'agent'],
  PMI: ['self', 'government', 'csr', 'group', 'agent'],
};

const SEGMENT_NAMES: Record<Segment, { id: string; en: string }> = {
  PU: { id: 'penerima upah (PU)', en: 'wage earner (PU)' },
  BPU: { id: 'bukan penerima upah (BPU)', en: 'informal worker (BPU)' },
  JAKON: { id: 'jasa konstruksi (Jakon)', en: 'construction (Jakon)' },
  PMI: { id: 'pekerja migran (PMI)', en: 'migrant worker (PMI)' },
};

/** What the parameter book says on the start date: the BPU income floor and when JP and JKP began. */
export interface MembershipLaw {
  /** `bpu.income_floor` on the start date (only read for BPU). */
  readonly incomeFloor: number;
  /** First day each program with a start date is in force (`pu.jp.employer`, `pu.jkp.wage_cap`). */
  readonly programStarts: Partial<Record<Program, string | null>>;
}

/** Parameters whose first row marks the start of a program (PP 45/2015 for JP, PP 37/2021 for JKP). */
export const PROGRAM_START_PARAMETERS: Partial<Record<Program, string>> = {
  JP: 'pu.jp.employer',
  JKP: 'pu.jkp.wage_cap',
};

/**
 * Everything wrong with a new membership for a person, given their other memberships: the shape of
 * the draft (programs, payer, income), a program not yet in force on the start date, a person who has
 * died, a second BPU membership at the same time, or a second PU membership at the same employer at
 * the same time. Empty when it may be stored.
 */
export function membershipProblems(
  draft: MembershipDraft,
  person: { diedOn: string | null },
  existing: readonly ExistingMembership[],
  law: MembershipLaw,
): Bilingual[] {
  const incomeFloor = law.incomeFloor;
  const problems: Bilingual[] = [];
  const name = SEGMENT_NAMES[draft.segment];
  if (draft.to !== null && draft.to < draft.from) {
    problems.push({ id: 'Tanggal akhir sebelum tanggal mulai', en: 'The end date is before the start date' });
  }
  if (person.diedOn !== null && draft.from > person.diedOn) {
    problems.push({
      id: `Peserta telah meninggal pada ${person.diedOn}; tidak dapat didaftarkan lagi`,
      en: `The participant died on ${person.diedOn} and cannot be enrolled again`,
    });
  }
  const notAllowed = draft.programs.filter((p) => !ALLOWED[draft.segment].includes(p));
  if (notAllowed.length > 0) {
    problems.push({
      id: `Program ${notAllowed.join(', ')} tidak berlaku untuk peserta ${name.id}`,
      en: `Program ${notAllowed.join(', ')} does not apply to a ${name.en}`,
    });
  }
  for (const program of draft.programs) {
    const starts = law.programStarts[program];
    if (starts !== undefined && (starts === null || draft.from < starts)) {
      problems.push({
        id: `Program ${program} belum berlaku pada ${draft.from}${starts ? ` (berlaku sejak ${starts})` : ''}`,
        en: `Program ${program} is not in force on ${draft.from}${starts ? ` (in force from ${starts})` : ''}`,
      });
    }
  }
  const missing = REQUIRED.filter((p) => !draft.programs.includes(p));
  if (missing.length > 0) {
    problems.push({
      id: `Program wajib belum dipilih: ${missing.join(', ')}`,
      en: `Required programs missing: ${missing.join(', ')}`,
    });
  }
  if (!PAYERS[draft.segment].includes(draft.payerKind)) {
    problems.push({
      id: `Pembayar "${draft.payerKind}" tidak berlaku untuk peserta ${name.id}`,
      en: `Payer "${draft.payerKind}" does not apply to a ${name.en}`,
    });
  }
  if (draft.segment === 'PU' && draft.employerId === null) {
    problems.push({ id: 'Peserta PU membutuhkan pemberi kerja', en: 'A PU membership needs an employer' });
  }
  if (draft.segment === 'JAKON' && draft.projectId === null) {
    problems.push({ id: 'Peserta Jakon membutuhkan proyek', en: 'A Jakon membership needs a project' });
  }
  if (draft.segment === 'BPU' && (draft.declaredIncome === null || draft.declaredIncome < incomeFloor)) {
    problems.push({
      id: `Penghasilan yang dilaporkan BPU minimal Rp${incomeFloor.toLocaleString('id-ID')}`,
      en: `A BPU declared income is at least Rp${incomeFloor.toLocaleString('en-US')}`,
    });
  }
  for (const other of existing) {
    if (!rangesOverlap(other, draft)) continue;
    if (draft.segment === 'BPU' && other.segment === 'BPU') {
      problems.push({
        id: `Sudah ada kepesertaan BPU aktif (#${other.id}) pada periode ini`,
        en: `There is already an active BPU membership (#${other.id}) in this period`,
      });
    }
    if (draft.segment === 'PU' && other.segment === 'PU' && other.employerId === draft.employerId) {
      problems.push({
        id: `Sudah terdaftar sebagai PU di pemberi kerja ini (#${other.id}) pada periode ini`,
        en: `Already a PU member at this employer (#${other.id}) in this period`,
      });
    }
  }
  return problems;
}

/** The Luhn check digit of a string of digits (the same scheme as payment cards). */
export function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The KPJ the product issues: a 10-digit serial and a Luhn check digit, 11 digits as KPJ numbers
 * commonly have, so a mistyped digit is caught. (BPJS's own numbering is not public; see rules.md §4.)
 */
export function kpjFromSerial(serial: number): string {
  if (!Number.isSafeInteger(serial) || serial < 1 || serial >= 10_000_000_000) {
    throw new RangeError(`KPJ serial ${serial} outside 1 … 9,999,999,999`);
  }
  const body = String(serial).padStart(10, '0');
  return `${body}${luhnDigit(body)}`;
}

export const isIssuedKpj = (kpj: string): boolean =>
  /^\d{11}$/.test(kpj) && luhnDigit(kpj.slice(0, 10)) === Number(kpj[10]);
