import type { Program } from '../../regulations/explain.ts';
import { checkNpp } from '../../regulations/identifiers/kpj-npp.rules.ts';
import { checkNik, nikMatchesPerson } from '../../regulations/identifiers/nik.rules.ts';
import { membershipProblems, type PayerKind, PROGRAMS, type Segment } from '../membership.rules.ts';
import { issue, textIssue } from './registry-import.issues.ts';
import type { RowContext, StageValue } from './registry-import.kind.ts';
import {
  type Issues,
  optionalText,
  readAmount,
  readChoice,
  readDate,
  readPhone,
  readVillage,
  requiredText,
} from './registry-import.values.ts';

export const SEX_CHOICES: Readonly<Record<string, 'F' | 'M'>> = {
  l: 'M',
  lk: 'M',
  'laki-laki': 'M',
  m: 'M',
  male: 'M',
  p: 'F',
  pr: 'F',
  perempuan: 'F',
  f: 'F',
  female: 'F',
};
const SEGMENT_CHOICES: Readonly<Record<string, Segment>> = {
  pu: 'PU',
  bpu: 'BPU',
  jakon: 'JAKON',
  pmi: 'PMI',
};
export const PAYER_CHOICES: Readonly<Record<string, PayerKind>> = {
  pemberi_kerja: 'employer',
  employer: 'employer',
  mandiri: 'self',
  self: 'self',
  pemerintah: 'government',
  government: 'government',
  csr: 'csr',
  kelompok: 'group',
  group: 'group',
  agen: 'agent',
  agent: 'agent',
};
const DEFAULT_PAYER: Record<Segment, PayerKind> = {
  PU: 'employer',
  JAKON: 'employer',
  BPU: 'self',
  PMI: 'self',
};

/** `JKK, JKM; JHT` or `JKK+JKM` → `['JKK','JKM','JHT']`; an unknown program is reported. */
export function readPrograms(issues: Issues, row: number, text: string): Program[] | null {
  const names = text
    .toUpperCase()
    .split(/[\s,;+/|]+/)
    .filter(Boolean);
  if (names.length === 0) {
    issues.push(issue('REQUIRED', row, 'program', text));
    return null;
  }
  const unknown = names.filter((n) => !(PROGRAMS as readonly string[]).includes(n));
  if (unknown.length > 0) {
    issues.push(issue('UNKNOWN_VALUE', row, 'program', text, { known: PROGRAMS.join(', ') }));
    return null;
  }
  return [...new Set(names)] as Program[];
}

/** NIK checked by the regulation engine, then against the stated sex and birth date. */
export function readNik(issues: Issues, row: number, cells: Record<string, string>, ctx: RowContext) {
  const nik = requiredText(issues, row, 'nik', cells.nik ?? '', 32);
  const sex = readChoice(issues, row, 'jenis_kelamin', cells.jenis_kelamin ?? '', SEX_CHOICES, 'L, P');
  const birth = readDate(issues, row, 'tanggal_lahir', cells.tanggal_lahir ?? '', ctx.today);
  if (nik === null) return null;
  const check = checkNik(nik, ctx.nikRegions, { asOf: ctx.today });
  for (const e of check.errors) issues.push(textIssue(e.code, row, 'nik', nik, e.message));
  if (check.valid && sex !== null && birth !== null) {
    for (const e of nikMatchesPerson(check, { sex, birthDate: birth }))
      issues.push(
        textIssue(
          e.code,
          row,
          e.code === 'NIK_SEX_MISMATCH' ? 'jenis_kelamin' : 'tanggal_lahir',
          nik,
          e.message,
        ),
      );
  }
  return { nik: check.nik, sex, birth };
}

/**
 * One participant row: the person (NIK, name, sex, birth date, village, phone) and one membership,
 * checked by the same pure rules as an enrolment on the form (`membershipProblems`). Returns the
 * staging values in the order of `PARTICIPANT_STAGE`.
 */
export function readParticipant(
  cells: Record<string, string>,
  row: number,
  ctx: RowContext,
  issues: Issues,
): StageValue[] | null {
  const before = issues.length;
  const person = readNik(issues, row, cells, ctx);
  const name = requiredText(issues, row, 'nama', cells.nama ?? '', 200);
  const village = readVillage(issues, row, 'kode_desa', cells.kode_desa ?? '', ctx.villages, ctx.allowed);
  const phone = readPhone(issues, row, 'telepon', cells.telepon ?? '');
  const segment = readChoice(
    issues,
    row,
    'segmen',
    cells.segmen ?? '',
    SEGMENT_CHOICES,
    'PU, BPU, JAKON, PMI',
  );
  let npp: string | null = null;
  if (segment === 'PU') {
    npp = requiredText(issues, row, 'npp', cells.npp ?? '', 20);
    if (npp !== null)
      for (const e of checkNpp(npp).errors) issues.push(textIssue(e.code, row, 'npp', npp, e.message));
  }
  const project =
    segment === 'JAKON' ? requiredText(issues, row, 'nomor_proyek', cells.nomor_proyek ?? '', 64) : null;
  const payerText = (cells.jenis_pembayar ?? '').trim();
  // An empty payer takes the segment's usual one (employer for PU and Jakon, the worker otherwise).
  const payer =
    payerText === ''
      ? segment && DEFAULT_PAYER[segment]
      : readChoice(
          issues,
          row,
          'jenis_pembayar',
          payerText,
          PAYER_CHOICES,
          Object.keys(PAYER_CHOICES).join(', '),
        );
  const payerRef = optionalText(issues, row, 'ref_pembayar', cells.ref_pembayar ?? '', 100);
  const programs = readPrograms(issues, row, cells.program ?? '');
  const income = readAmount(issues, row, 'penghasilan', cells.penghasilan ?? '', segment === 'BPU');
  const occupation = optionalText(issues, row, 'pekerjaan', cells.pekerjaan ?? '', 100);
  const country = optionalText(issues, row, 'negara_penempatan', cells.negara_penempatan ?? '', 100);
  const validFrom = readDate(issues, row, 'mulai_berlaku', cells.mulai_berlaku ?? '', null);
  const agent = optionalText(issues, row, 'kode_agen', cells.kode_agen ?? '', 64);
  if (segment !== null && payer !== null && programs !== null && validFrom !== null) {
    let incomeFloor = 0;
    if (segment === 'BPU') {
      const floor = ctx.incomeFloor(validFrom);
      if (typeof floor === 'number') incomeFloor = floor;
      else issues.push(textIssue('MISSING_PARAMETER', row, 'mulai_berlaku', validFrom, floor));
    }
    const draft = {
      segment,
      employerId: segment === 'PU' ? 1 : null,
      projectId: segment === 'JAKON' ? 1 : null,
      payerKind: payer,
      programs,
      declaredIncome: income,
      from: validFrom,
      to: null,
    };
    // Income is reported by readAmount when absent; the rule then only judges the floor.
    if (segment !== 'BPU' || income !== null) {
      const law = { incomeFloor, programStarts: ctx.programStarts };
      for (const p of membershipProblems(draft, { diedOn: null }, [], law))
        issues.push(textIssue('MEMBERSHIP', row, 'segmen', segment, p));
    }
  }
  if (issues.length > before) return null;
  return [
    person?.nik ?? null,
    name,
    person?.sex ?? null,
    person?.birth ?? null,
    village,
    phone,
    segment,
    npp,
    project,
    payer,
    payerRef,
    `{${(programs ?? []).join(',')}}`,
    income,
    occupation,
    segment === 'PMI' ? country : null,
    validFrom,
    agent,
  ];
}
