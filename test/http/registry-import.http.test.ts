import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testAccount, testApp } from '../helpers/app.ts';

const API = '/api/v1/imports/registry';
const HEADER = 'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,segmen,program,penghasilan,mulai_berlaku';
const V = '15.03.03.1001';
const man = (n: number) => `150303010185${String(n).padStart(4, '0')}`;
const row = (n: number, village = V) =>
  `${man(n)},Pekerja ${n},L,1985-01-01,${village},BPU,JKK JKM,1000000,2025-01-01`;
const csv = (url: string, body: string | Buffer, type = 'text/csv', headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: body, headers: { 'content-type': type, ...headers } });

let t: TestApp;
beforeAll(async () => {
  t = await testApp('base');
});
afterAll(async () => {
  await t.close();
});

describe('POST /imports/registry/:kind', () => {
  it('refuses a file with a bad row (422, nothing saved) and serves every problem as a CSV error report', async () => {
    const res = await csv(
      `${API}/participants?fileName=peserta.csv`,
      [HEADER, row(1), `${man(2)},X,P,1985-01-01,${V},BPU,JKK JKM,1000000,2025-01-01`].join('\n'),
    );
    expect(res.statusCode).toBe(422);
    const report = res.json().error.details;
    expect(report).toMatchObject({ status: 'rejected', rowsTotal: 2, rowsInvalid: 1, issuesTotal: 1 });
    const errors = await t.app.inject({ method: 'GET', url: `${API}/jobs/${report.jobId}/errors.csv` });
    expect(errors.statusCode).toBe(200);
    expect(errors.headers['content-type']).toMatch(/text\/csv/);
    const lines = errors.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('baris/row;kolom/column;kode/code;alasan;reason;nilai/value');
    expect(lines[1]).toMatch(
      /^3;jenis_kelamin;NIK_SEX_MISMATCH;"Jenis kelamin menurut NIK.*";"The NIK .*says male.*";150303/,
    );
  });

  it('stores the valid rows with mode=valid-only, and the job tells the outcome', async () => {
    const res = await csv(
      `${API}/participants?mode=valid-only&ref=uji-ref-0001`,
      [HEADER, row(3), row(4), row(4)].join('\n'),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'committed', inserted: 2, rowsInvalid: 1 });
    const jobs = (await t.app.inject({ method: 'GET', url: `${API}/jobs?ref=uji-ref-0001` })).json().jobs;
    expect(jobs).toHaveLength(1);
    const job = (await t.app.inject({ method: 'GET', url: `${API}/jobs/${jobs[0].id}` })).json();
    expect(job).toMatchObject({
      status: 'committed',
      phase: 'done',
      inserted: 2,
      rowsTotal: 3,
      issuesTotal: 1,
    });
    const again = await csv(
      `${API}/participants?mode=valid-only`,
      [HEADER, row(3), row(4), row(4)].join('\n'),
    );
    expect(again.json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
  });

  it('takes XLSX bodies', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('x');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(row(5).split(','));
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await csv(
      `${API}/participants`,
      body,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'committed', inserted: 1 });
  });

  it('answers rows outside a branch office’s regions like unknown villages, and hides other people’s jobs', async () => {
    const branch = await testAccount(t.database, 'branch_office', ['15.03']);
    const res = await csv(
      `${API}/participants?mode=valid-only`,
      [
        HEADER,
        row(6),
        `1701010101850007,Luar,L,1985-01-01,17.01.01.2001,BPU,JKK JKM,1000000,2025-01-01`,
      ].join('\n'),
      'text/csv',
      branch.headers,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().issues.map((i: { row: number; code: string }) => [i.row, i.code])).toEqual([
      [3, 'UNKNOWN_REGION'],
    ]);
    const other = await testAccount(t.database, 'branch_office', ['15.02']);
    const hidden = await t.app.inject({
      method: 'GET',
      url: `${API}/jobs/${res.json().jobId}`,
      headers: other.headers,
    });
    expect(hidden.statusCode).toBe(404);
  });

  it('refuses a JSON body and an unknown kind', async () => {
    const json = await t.app.inject({ method: 'POST', url: `${API}/participants`, payload: { a: 1 } });
    expect(json.statusCode).toBe(415);
    expect((await csv(`${API}/people`, HEADER)).statusCode).toBe(400);
  });
});

describe('templates', () => {
  it('serves CSV and XLSX templates whose example rows pass a dry run', async () => {
    for (const kind of ['participants', 'employers']) {
      const template = await t.app.inject({ method: 'GET', url: `${API}/${kind}/template.csv` });
      expect(template.statusCode).toBe(200);
      const dry = await csv(`${API}/${kind}?dryRun=true`, template.body);
      expect(dry.json(), kind).toMatchObject({ status: 'validated', rowsValid: 1, issues: [] });
      const xlsx = await t.app.inject({ method: 'GET', url: `${API}/${kind}/template.xlsx` });
      expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
      const dryXlsx = await csv(`${API}/${kind}?dryRun=true`, xlsx.rawPayload, 'application/octet-stream');
      expect(dryXlsx.json(), `${kind} xlsx`).toMatchObject({ status: 'validated', rowsValid: 1 });
    }
  });
});
