import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSyntheticRegistry } from '../../bench/billing.bench.ts';
import { systemActor } from '../../src/auth/actor.ts';
import { reserveBillIds } from '../../src/billing/bill-copy.ts';
import { type BillingRunResult, runBilling } from '../../src/billing/billing.service.ts';
import { canCopyFrom } from '../../src/db/copy-from.ts';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { loadParameterBook } from '../../src/regulations/regulations.service.ts';
import { freshDatabase } from '../helpers/database.ts';
import { fillTemplate, serverUrl } from '../setup/templates.ts';

/**
 * The server writes a run's bills and lines with COPY, PGlite with `INSERT … SELECT FROM unnest`: the same
 * registry billed in both databases must give the same bills and lines, row by row. The registry is
 * the bench's (PU in employers of 50, BPU paying themselves) plus BPU members paid by a program (a bill
 * whose region is settled from its members), PU workers without a wage report (problems, no line) and
 * memberships read out of id order within an employer, and a program whose payer key COPY must escape.
 * Needs the server (TEST_DATABASE_URL).
 */
const MONTH = '2025-10';
const TODAY = '2026-01-15';

async function billedRegistry(database: Database): Promise<BillingRunResult> {
  await loadSyntheticRegistry(database, 3_000, MONTH);
  const db = database.db;
  await sql`update membership set payer_kind = 'government', payer_ref = 'APBD-1503'
    where segment = 'BPU' and id % 3 = 0`.execute(db);
  // A payer key with characters COPY text format escapes (backslash, tab): the bill is written by COPY.
  await sql`update membership set payer_kind = 'csr', payer_ref = ${'CSR\\Bank\tJambi'}
    where segment = 'BPU' and id % 7 = 0 and payer_kind = 'self'`.execute(db);
  await sql`delete from wage_report where membership_id in (
    select id from membership where segment = 'PU' and id % 97 = 0)`.execute(db);
  // Memberships of one employer far apart in id order: the server writes lines in bill order.
  await sql`update membership set employer_id = (select min(id) from employer where name like 'PT Bench %')
    where segment = 'PU' and id % 101 = 0`.execute(db);
  const book = await loadParameterBook(db);
  return runBilling(db, book, { month: MONTH, actor: systemActor('test'), today: TODAY });
}

const BILLS = sql`select b.payer_key, to_char(b.month, 'YYYY-MM') as month, b.kind, b.segment, b.payer_kind,
  b.employer_id, b.project_id, b.participant_id, b.region_code, b.amount::text, b.paid::text,
  b.due_on::text, b.settled_on::text
  from bill b order by b.payer_key, b.kind`;

const LINES = sql`select b.payer_key, l.membership_id, l.participant_id, l.covers_from::text, l.covers_to::text,
  l.base::text, l.employer::text, l.worker::text, l.government::text, l.other::text, l.amount::text
  from bill_line l join bill b on b.id = l.bill_id order by b.payer_key, l.membership_id`;

describe.skipIf(!serverUrl())('billing: COPY on the server and unnest on PGlite write the same rows', () => {
  let server: Database;
  let pglite: Database;
  const runs: BillingRunResult[] = [];

  beforeAll(async () => {
    server = await freshDatabase('base');
    pglite = await openDatabase({ kind: 'pglite-memory' });
    await fillTemplate(pglite, false);
    runs.push(await billedRegistry(server), await billedRegistry(pglite));
  });

  afterAll(async () => {
    await server?.close();
    await pglite?.close();
  });

  it('takes the COPY path on the server only', async () => {
    expect(await canCopyFrom(server.db)).toBe(true);
    expect(await canCopyFrom(pglite.db)).toBe(false);
  });

  it('reports the same run', () => {
    const [copy, unnest] = runs as [BillingRunResult, BillingRunResult];
    const summary = (r: BillingRunResult) => ({
      bills: r.bills,
      lines: r.lines,
      total: r.total,
      problems: r.problems.map((p) => `${p.code}:${p.membershipId}`),
    });
    expect(copy.lines).toBeGreaterThan(2_500);
    expect(copy.problemCount).toBeGreaterThan(10);
    expect(summary(copy)).toEqual(summary(unnest));
  });

  it('writes the same bills and lines, row by row', async () => {
    const bills = await BILLS.execute(server.db);
    expect(bills.rows.length).toBeGreaterThan(200);
    expect(bills.rows).toEqual((await BILLS.execute(pglite.db)).rows);
    const lines = await LINES.execute(server.db);
    expect(lines.rows).toEqual((await LINES.execute(pglite.db)).rows);
    expect(lines.rows.some((l) => (l as { payer_key: string }).payer_key.startsWith('program:'))).toBe(true);
    const keys = bills.rows.map((b) => (b as { payer_key: string }).payer_key);
    expect(keys).toContain('program:csr:CSR\\Bank\tJambi');
  });

  it('gives each bill its reserved id, the lines included', async () => {
    const orphans = sql`select count(*)::int as n from bill_line l where not exists (select 1 from bill b where b.id = l.bill_id)`;
    for (const db of [server.db, pglite.db]) expect((await orphans.execute(db)).rows).toEqual([{ n: 0 }]);
  });

  it('reserves ids that are not consecutive (another session drew from the sequence)', async () => {
    for (const db of [server.db, pglite.db]) {
      await sql`alter sequence bill_id_seq increment by 3`.execute(db);
      const [first, ...rest] = await reserveBillIds(db, 4);
      await sql`alter sequence bill_id_seq increment by 1`.execute(db);
      expect(rest).toEqual([1, 2, 3].map((k) => (first as number) + 3 * k));
      expect(await reserveBillIds(db, 0)).toEqual([]);
    }
  });
});
