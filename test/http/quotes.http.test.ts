import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/app.ts';

let t: TestApp;
/** What the change log records for the default test administrator: its token's name. */
const adminLabel = () => `token:uji-${t.admin?.username}`;
beforeAll(async () => {
  t = await testApp('base');
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers });

describe('POST /api/v1/quotes/contribution', () => {
  it('quotes a PU worker-month with lines per payer, allocations and the parameters read', async () => {
    const res = await post('/quotes/contribution', {
      segment: 'pu',
      month: '2025-01',
      wage: 12_000_000,
      jkkGroup: 2,
    });
    expect(res.statusCode).toBe(200);
    const q = res.json();
    // JHT 444.000 + 240.000; JKK 64.800; JKM 36.000; JP 2 %/1 % × 10.042.300 (Mar 2024 cap) = 200.846 + 100.423;
    // JKP 0,22 % × 5.000.000 = 11.000 → 1.097.069
    expect(q.total).toBe(1_097_069);
    expect(q.lines.map((l: { program: string }) => l.program)).toEqual(['JHT', 'JKK', 'JKM', 'JP', 'JKP']);
    expect(q.allocations.map((a: { from: string; amount: number }) => [a.from, a.amount])).toEqual([
      ['JKK', 7_000],
      ['JKM', 5_000],
    ]);
    expect(q.parameterSource).toBe('database');
    expect(q.parameters.find((p: { code: string }) => p.code === 'pu.jp.wage_cap').value).toBe(10_042_300);
    expect(q.rounding.code).toBe('HALF_UP_RUPIAH');
  });

  it.each([
    [{ segment: 'bpu', month: '2026-05', income: 1_000_000, jkkGroup: 2 }, 400, 'QUOTE_INPUT_INVALID'],
    [{ segment: 'pu', month: '2025-03', wage: -1, jkkGroup: 1 }, 400, 'QUOTE_INPUT_INVALID'],
    [{ segment: 'pu', month: '2025-03', wage: 'lima juta', jkkGroup: 1 }, 400, 'VALIDATION_FAILED'],
    [{ segment: 'pu', month: '2014-12', wage: 5_000_000, jkkGroup: 1 }, 400, 'PROGRAM_NOT_IN_FORCE'],
    [{ segment: 'pu', month: '2016-05', wage: 5_000_000, jkkGroup: 1 }, 422, 'REGULATION_PARAMETER_MISSING'],
    [{ segment: 'tki', month: '2025-03' }, 400, 'QUOTE_INPUT_INVALID'],
  ])('%j → %i %s', async (body, status, code) => {
    const res = await post('/quotes/contribution', body);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.messageEn.length).toBeGreaterThan(10);
  });

  it('reads operator edits from the database: a JP cap entered for 2016 makes 2016 computable', async () => {
    const add = await post(
      '/regulations',
      {
        code: 'pu.jp.wage_cap',
        effectiveFrom: '2016-03-01',
        effectiveTo: '2017-02-28',
        value: 7_335_300,
        unit: 'rupiah',
        legalBasis: 'PP 45/2015 Pasal 28 ayat (4); Penetapan BPJS Ketenagakerjaan 2016',
        confidence: 'M',
        reason: 'Mengisi batas upah JP 2016 dari surat BPJS',
      },
      {},
    );
    expect(add.statusCode).toBe(201);
    const res = await post('/quotes/contribution', {
      segment: 'pu',
      month: '2016-05',
      wage: 8_000_000,
      jkkGroup: 1,
    });
    expect(res.statusCode).toBe(200);
    // JP 2 % / 1 % × 7.335.300 = 146.706 + 73.353
    const jp = res.json().lines.find((l: { program: string }) => l.program === 'JP');
    expect([jp.employer, jp.worker]).toEqual([146_706, 73_353]);
  });
});

describe('POST /api/v1/quotes/benefit', () => {
  it.each([
    [
      { benefit: 'jkm', deathDate: '2025-05-01' },
      42_000_000,
      '20.000.000 + 24 × 500.000 + 10.000.000 (PP 82/2019)',
    ],
    [
      { benefit: 'jkk-death', wage: 5_000_000, eventDate: '2025-05-01' },
      262_000_000,
      '48 × 5.000.000 + 12.000.000 + 10.000.000',
    ],
    [
      { benefit: 'jkk-disability', wage: 5_000_000, eventDate: '2025-05-01' },
      280_000_000,
      '56 × 5.000.000 (total)',
    ],
    [
      { benefit: 'jkk-disability', wage: 5_000_000, eventDate: '2025-05-01', disabilityPercent: 10 },
      40_000_000,
      '10 % × 80 × 5.000.000',
    ],
    [
      { benefit: 'stmb', wage: 4_000_000, months: 15, eventDate: '2025-05-01' },
      54_000_000,
      '12 × 4.000.000 + 3 × 2.000.000',
    ],
    [
      { benefit: 'jkp', wage: 8_000_000, dismissalDate: '2025-06-01' },
      18_000_000,
      '6 × 60 % × min(8.000.000, 5.000.000)',
    ],
    [
      { benefit: 'jkp', wage: 4_000_000, dismissalDate: '2024-06-01' },
      8_400_000,
      '3 × 45 % × 4.000.000 + 3 × 25 % × 4.000.000 (PP 37/2021)',
    ],
  ])('%j → Rp%i (%s)', async (body, total, _arithmetic) => {
    const res = await post('/quotes/benefit', body);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(total);
  });

  it('JP answers with the monthly pension, read at the retirement date (or today)', async () => {
    const res = await post('/quotes/benefit', {
      benefit: 'jp',
      contributionMonths: 180,
      averageWage: 5_000_000,
      retirementDate: '2026-06-01',
    });
    expect(res.json()).toMatchObject({ monthly: 750_000, pensionAge: 59 }); // 1 % × 180/12 × 5.000.000
    const missing = await post('/quotes/benefit', {
      benefit: 'jp',
      contributionMonths: 180,
      averageWage: 5_000_000,
      retirementDate: '2030-06-01',
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.details.code).toBe('jp.benefit_min');
  });

  it('refuses a field the benefit does not take', async () => {
    const res = await post('/quotes/benefit', { benefit: 'jkm', wage: 5_000_000 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('QUOTE_INPUT_INVALID');
  });
});

describe('POST /api/v1/quotes/fine', () => {
  it('uses the given month, or the late months ending now', async () => {
    const given = await post('/quotes/fine', { amount: 1_000_000, monthsLate: 4, month: '2020-06' });
    expect(given.json().total).toBe(35_000); // 2 % + 3 × 0,5 % of 1.000.000
    const now = await post('/quotes/fine', { amount: 1_000_000, monthsLate: 3 });
    expect(now.json()).toMatchObject({ total: 60_000, month: '2025-10' }); // TEST_CLOCK Jan 2026 − 3 months
  });
});

describe('POST /api/v1/identifiers/*', () => {
  it('checks a NIK without putting it in the URL', async () => {
    const res = await post('/identifiers/nik', { nik: '3201054507900001' });
    expect(res.json()).toMatchObject({ valid: true, sex: 'F', masked: '3201********0001' });
    const bad = await post('/identifiers/nik', { nik: '3201059907000000' });
    expect(bad.json().valid).toBe(false);
    expect(bad.json().errors.map((e: { code: string }) => e.code)).toEqual([
      'NIK_BIRTH_DATE_INVALID',
      'NIK_SERIAL_ZERO',
    ]);
  });
});

describe('regulation table: history, edits and the change log', () => {
  it('adding a value from a date closes the open row the day before and logs both steps', async () => {
    const res = await post(
      '/regulations',
      {
        code: 'bpu.jkm_flat',
        effectiveFrom: '2030-01-01',
        value: 7_500,
        unit: 'rupiah',
        legalBasis: 'PP (uji) 99/2029',
        confidence: 'H',
        reason: 'uji: tarif JKM baru',
      },
      {},
    );
    expect(res.statusCode).toBe(201);
    const table = (
      await t.app.inject({ method: 'GET', url: '/api/v1/regulations?code=bpu.jkm_flat' })
    ).json();
    expect(
      table.parameters.map(
        (p: { effectiveFrom: string; effectiveTo: string | null; value: number; source: string }) => [
          p.effectiveFrom,
          p.effectiveTo,
          p.value,
          p.source,
        ],
      ),
    ).toEqual([
      ['2015-07-01', '2029-12-31', 6_800, 'seed'],
      ['2030-01-01', null, 7_500, 'operator'],
    ]);
    const changes = table.changes.filter((c: { after: { code: string } }) => c.after.code === 'bpu.jkm_flat');
    expect(changes.map((c: { action: string; actor: string }) => [c.action, c.actor])).toEqual([
      ['create', adminLabel()],
      ['close', adminLabel()],
    ]);
    // The quote for 2030 reads the new row, 2029 the old one.
    const q2030 = (
      await post('/quotes/contribution', { segment: 'bpu', month: '2030-02', income: 1_000_000 })
    ).json();
    expect(q2030.total).toBe(17_500); // 10.000 + 7.500
  });

  it('refuses an overlapping row with 409 and a correction without a reason with 400', async () => {
    const overlap = await post('/regulations', {
      code: 'pu.jp.wage_cap',
      effectiveFrom: '2025-06-01',
      effectiveTo: '2025-12-31',
      value: 1,
      unit: 'rupiah',
      legalBasis: 'uji',
      confidence: 'L',
      reason: 'uji tumpang tindih',
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error.code).toBe('PARAMETER_CONFLICT');
    const noReason = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/regulations/1',
      payload: { value: 1 },
    });
    expect(noReason.statusCode).toBe(400);
  });

  it('a correction keeps before and after in the change log', async () => {
    const table = (
      await t.app.inject({ method: 'GET', url: '/api/v1/regulations?code=pu.jht.worker' })
    ).json();
    const id = table.parameters[0].id;
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/regulations/${id}`,
      payload: { article: 'Pasal 16 ayat (1)', reason: 'melengkapi ayat' },
    });
    expect(res.statusCode).toBe(200);
    const log = (await t.app.inject({ method: 'GET', url: `/api/v1/regulations/${id}/changes` })).json();
    expect(log.changes[0]).toMatchObject({
      action: 'update',
      actor: adminLabel(),
      reason: 'melengkapi ayat',
      before: { article: 'Pasal 16' },
      after: { article: 'Pasal 16 ayat (1)' },
    });
  });
});

describe('fuzzed quote bodies never cause a server error', () => {
  const value = fc.oneof(
    fc.integer(),
    fc.double(),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom("' or 1=1 --", '<script>alert(1)</script>', 9e307, -1, 0, 2 ** 53),
  );
  it('contribution, fine, benefit, NIK and regulation-edit bodies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/quotes/contribution',
          '/quotes/fine',
          '/quotes/benefit',
          '/identifiers/nik',
          '/regulations',
        ),
        fc.dictionary(
          fc.constantFrom(
            'segment',
            'month',
            'wage',
            'jkkGroup',
            'income',
            'payer',
            'contractValue',
            'stage',
            'contractMonths',
            'amount',
            'monthsLate',
            'benefit',
            'nik',
            'deathDate',
            'averageWage',
            'code',
            'effectiveFrom',
            'value',
            'unit',
            'legalBasis',
            'reason',
          ),
          value,
        ),
        fc.constantFrom('pu', 'bpu', 'jakon', 'pmi', 'jkm', 'jp'),
        async (url, body, segment) => {
          const res = await post(url, {
            ...body,
            ...(body.segment === undefined ? { segment, benefit: segment } : {}),
          });
          expect(res.statusCode, JSON.stringify(body)).toBeLessThan(500);
          expect(res.body).not.toMatch(/\bat .+:\d+:\d+/);
          if (res.statusCode >= 400) expect(res.json().error.code).toBeTypeOf('string');
        },
      ),
      { numRuns: 200, seed: 20261123 },
    );
  });
});
