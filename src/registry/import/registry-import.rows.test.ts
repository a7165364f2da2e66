import { describe, expect, it } from 'vitest';
import { regionCodeSet } from '../../regions/official-codes.ts';
import { readEmployer } from './employers.kind.ts';
import { readParticipant } from './participants.rows.ts';
import { readPayment } from './payments.kind.ts';
import type { RowContext } from './registry-import.kind.ts';
import type { Issues } from './registry-import.values.ts';
import { readWageReport } from './wage-reports.kind.ts';

const CTX: RowContext = {
  today: '2026-01-15',
  currentMonth: '2026-01',
  villages: new Set(['15.03.03.1001', '17.01.01.2001']),
  allowed: (code) => code.startsWith('15.'),
  nikRegions: regionCodeSet(['15', '15.03', '15.03.03', '17', '17.01', '17.01.01']),
  incomeFloor: () => 1_000_000,
  programStarts: { JP: '2015-07-01', JKP: '2021-02-02' },
  funding: null,
};

const PERSON = {
  nik: '1503030101850001',
  nama: 'Budi',
  jenis_kelamin: 'L',
  tanggal_lahir: '1985-01-01',
  kode_desa: '15.03.03.1001',
  segmen: 'BPU',
  program: 'JKK JKM',
  penghasilan: '1.000.000',
  mulai_berlaku: '2025-01-01',
};

function problems(read: typeof readParticipant, cells: Record<string, string>) {
  const issues: Issues = [];
  const values = read(cells, 2, CTX, issues);
  return { values, codes: issues.map((i) => `${i.column}:${i.code}`), issues };
}

describe('participant rows: each rule with its reason', () => {
  it('a good row becomes staging values (NIK, dates and money normalised)', () => {
    const { values, codes } = problems(readParticipant, {
      ...PERSON,
      tanggal_lahir: '01/01/1985',
      penghasilan: 'Rp 1.000.000',
    });
    expect(codes).toEqual([]);
    expect(values?.slice(0, 5)).toEqual(['1503030101850001', 'Budi', 'M', '1985-01-01', '15.03.03.1001']);
    expect(values?.[11]).toBe('{JKK,JKM}');
    expect(values?.[12]).toBe(1_000_000);
  });

  it.each([
    ['NIK too short', { nik: '150303' }, ['nik:NIK_LENGTH']],
    ['NIK of another sex', { jenis_kelamin: 'P' }, ['jenis_kelamin:NIK_SEX_MISMATCH']],
    ['NIK of another birth date', { tanggal_lahir: '1985-01-02' }, ['tanggal_lahir:NIK_BIRTH_DATE_MISMATCH']],
    ['birth date after today', { tanggal_lahir: '2027-01-01' }, ['tanggal_lahir:FUTURE_DATE']],
    ['not a date', { tanggal_lahir: '1985-02-30' }, ['tanggal_lahir:INVALID_DATE']],
    ['unknown sex', { jenis_kelamin: 'X' }, ['jenis_kelamin:UNKNOWN_VALUE']],
    ['village not in the list', { kode_desa: '15.03.03.9999' }, ['kode_desa:UNKNOWN_REGION']],
    [
      'village outside the scope (answered alike)',
      { kode_desa: '17.01.01.2001' },
      ['kode_desa:UNKNOWN_REGION'],
    ],
    ['not a village code', { kode_desa: '15.03' }, ['kode_desa:NOT_A_VILLAGE']],
    ['unknown segment', { segmen: 'ABC' }, ['segmen:UNKNOWN_VALUE']],
    ['unknown program', { program: 'JKK JKM XYZ' }, ['program:UNKNOWN_VALUE']],
    ['JKM missing', { program: 'JKK' }, ['segmen:MEMBERSHIP']],
    ['JP for BPU', { program: 'JKK JKM JP' }, ['segmen:MEMBERSHIP']],
    ['income below the floor', { penghasilan: '900000' }, ['segmen:MEMBERSHIP']],
    ['income missing for BPU', { penghasilan: '' }, ['penghasilan:REQUIRED']],
    ['decimal income', { penghasilan: '1,5' }, ['penghasilan:NOT_AN_AMOUNT']],
    ['PU without NPP', { segmen: 'PU', program: 'JKK JKM JHT' }, ['npp:REQUIRED']],
    ['PU with a short NPP', { segmen: 'PU', npp: '123', program: 'JKK JKM' }, ['npp:NPP_LENGTH']],
    [
      'self-paid PU',
      { segmen: 'PU', npp: '15030001', jenis_pembayar: 'mandiri', program: 'JKK JKM' },
      ['segmen:MEMBERSHIP'],
    ],
    ['bad phone', { telepon: '12ab' }, ['telepon:INVALID_PHONE']],
    ['no start date', { mulai_berlaku: '' }, ['mulai_berlaku:REQUIRED']],
  ])('%s', (_name, change, expected) => {
    const { values, codes, issues } = problems(readParticipant, { ...PERSON, ...change });
    expect(codes).toEqual(expected);
    expect(values).toBeNull();
    for (const i of issues) expect(i.message && i.messageEn && i.message !== i.messageEn).toBeTruthy();
  });
});

describe('employer, wage report and payment rows', () => {
  const EMPLOYER = {
    npp: '15030001',
    nama: 'CV A',
    kelompok_risiko: '2',
    skala_usaha: 'kecil',
    kode_desa: '15.03.03.1001',
    status_sejak: '2024-01-01',
  };
  it.each([
    ['good', {}, []],
    ['risk group 6', { kelompok_risiko: '6' }, ['kelompok_risiko:OUT_OF_RANGE']],
    ['unknown size', { skala_usaha: 'raksasa' }, ['skala_usaha:UNKNOWN_VALUE']],
    ['unknown status', { status: 'bangkrut' }, ['status:UNKNOWN_VALUE']],
    ['NPP with letters', { npp: '1503000A' }, ['npp:NPP_NOT_DIGITS']],
  ])('employer: %s', (_name, change, expected) => {
    expect(problems(readEmployer, { ...EMPLOYER, ...change }).codes).toEqual(expected);
  });

  it.each([
    ['good (NIK)', { nik: '1503030101850001', bulan: '2025-01', upah: '3.500.000' }, []],
    ['no person', { bulan: '2025-01', upah: '1' }, ['kpj:PERSON_KEY_MISSING']],
    ['future month', { kpj: '00000000018', bulan: '2026-02', upah: '1' }, ['bulan:FUTURE_MONTH']],
    ['bad month', { kpj: '00000000018', bulan: '2025-13', upah: '1' }, ['bulan:INVALID_MONTH']],
    ['zero wage', { kpj: '00000000018', bulan: '2025-01', upah: '0' }, ['upah:OUT_OF_RANGE']],
  ])('wage report: %s', (_name, cells, expected) => {
    expect(problems(readWageReport, cells).codes).toEqual(expected);
  });

  it.each([
    [
      'good (NPP)',
      { kunci_idempotensi: 'K1', npp: '15030001', jumlah: '1000', tanggal_bayar: '2025-02-01' },
      [],
    ],
    [
      'good (payer key)',
      {
        kunci_idempotensi: 'K1',
        kunci_pembayar: 'program:government:APBD',
        jumlah: '1000',
        tanggal_bayar: '2025-02-01',
      },
      [],
    ],
    [
      'no payer',
      { kunci_idempotensi: 'K1', jumlah: '1000', tanggal_bayar: '2025-02-01' },
      ['kunci_pembayar:PAYER_MISSING'],
    ],
    [
      'bad payer key',
      { kunci_idempotensi: 'K1', kunci_pembayar: 'bos:1', jumlah: '1000', tanggal_bayar: '2025-02-01' },
      ['kunci_pembayar:INVALID_PAYER_KEY'],
    ],
    [
      'paid in the future',
      { kunci_idempotensi: 'K1', npp: '15030001', jumlah: '1000', tanggal_bayar: '2026-02-01' },
      ['tanggal_bayar:FUTURE_DATE'],
    ],
    [
      'no key',
      { npp: '15030001', jumlah: '1000', tanggal_bayar: '2025-02-01' },
      ['kunci_idempotensi:REQUIRED'],
    ],
  ])('payment: %s', (_name, cells, expected) => {
    expect(problems(readPayment, cells).codes).toEqual(expected);
  });
});
