import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCoverageReport } from '../../src/coverage/coverage.service.ts';
import type { Database } from '../../src/db/database.ts';
import {
  protectBills,
  refreshAllRegistryCoverage,
  refreshQueuedCoverage,
  refreshRegistryCoverage,
} from '../../src/protection/protection.service.ts';
import type { RegionRow } from '../../src/regions/regions.repo.ts';
import type { Month } from '../../src/shared/month.ts';
import { freshDatabase } from '../helpers/database.ts';
import { csv, districtWithVillages, importActiveCsv } from '../helpers/factories.ts';
import {
  addBpu,
  bill,
  employerIn,
  endMembership,
  enrol,
  type Person,
  reverse,
} from '../helpers/protection-fixtures.ts';

let database: Database;
let villages: RegionRow[];
let district: RegionRow;
const context = { defaultBasis: 'potential', currentMonth: '2026-01' as Month };
const report = (code: string, month = '2025-03') =>
  getCoverageReport(database.db, { regionCode: code, month: month as Month }, context);

const monthsOf = async (person: Person) =>
  (
    await database.db
      .selectFrom('protected_month')
      .select('month')
      .where('membership_id', '=', person.membershipId)
      .orderBy('month')
      .execute()
  ).map((r) => r.month.slice(0, 7));

const registryRows = async (month: string) =>
  database.db
    .selectFrom('active_report')
    .select(['region_code', 'segment', 'active'])
    .where('source_kind', '=', 'registry')
    .where('month', '=', `${month}-01`)
    .orderBy('region_code')
    .orderBy('segment')
    .execute();

beforeAll(async () => {
  database = await freshDatabase('base');
  ({ district, villages } = await districtWithVillages(database.db, '15.03'));
  // Imported aggregates for March 2025: Kab. Sarolangun 48,160, Kab. Merangin 1,000, Jambi itself 60,000.
  const rows = [
    ['15.03', '2025-03', 'PU', 48_160],
    ['15.02', '2025-03', 'PU', 1_000],
    ['15', '2025-03', 'PU', 60_000],
  ];
  await importActiveCsv(database.db, csv('region_code,month,segment,active', rows));
});
afterAll(() => database.close());

describe('settled bills protect months', () => {
  let a: Person;
  let b: Person;
  let aBpu: Person;
  let billA: number;

  it('a settled line protects its months inside the membership, idempotently', async () => {
    const village = villages[0] as RegionRow;
    a = await enrol(database.db, village.code, '2025-02-15');
    // Paid for Jan–Apr in one line: January lies before the membership, so Feb, Mar, Apr.
    billA = await bill(database.db, a, '2025-01', '2025-04');
    expect(await monthsOf(a)).toEqual(['2025-02', '2025-03', '2025-04']);
    await database.db.transaction().execute((trx) => protectBills(trx, [billA]));
    expect(await monthsOf(a)).toEqual(['2025-02', '2025-03', '2025-04']);
  });

  it('an unpaid bill protects nothing; a death ends protection after its month', async () => {
    const village = villages[0] as RegionRow;
    const unpaid = await enrol(database.db, village.code, '2025-01-01');
    await bill(database.db, unpaid, '2025-03', '2025-03', false);
    expect(await monthsOf(unpaid)).toEqual([]);
    const dies = await enrol(database.db, village.code, '2025-01-01');
    await endMembership(database.db, dies, '2025-02-10', 'death');
    await bill(database.db, dies, '2025-01', '2025-04');
    // Jan, and Feb (the month of death); not Mar or Apr.
    expect(await monthsOf(dies)).toEqual(['2025-01', '2025-02']);
  });

  it('registry coverage counts each person once and replaces imported figures up the tree', async () => {
    const village = villages[1] as RegionRow;
    const employer = await employerIn(database.db, village.code);
    b = await enrol(database.db, village.code, '2025-01-01', employer);
    aBpu = await addBpu(database.db, b, '2025-01-01');
    await bill(database.db, b, '2025-03');
    await bill(database.db, aBpu, '2025-03');
    const refreshed = await refreshQueuedCoverage(database.db);
    expect(refreshed).toEqual(
      expect.arrayContaining(['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01']),
    );
    expect(await refreshQueuedCoverage(database.db)).toEqual([]);
    // March: A (BPU) in village 0; B in village 1 with PU and BPU, counted once, as PU.
    expect(await registryRows('2025-03')).toEqual([
      { region_code: villages[0]?.code, segment: 'BPU', active: 1 },
      { region_code: villages[1]?.code, segment: 'PU', active: 1 },
    ]);
    const regency = await report('15.03');
    expect(regency.active).toBe(2);
    expect(regency.source.active).toMatchObject({ kind: 'registry', origin: 'children', complete: true });
    expect(regency.source.active.labelEn).toMatch(/^Participant registry: Sum of 1 of \d+ districts$/);
    expect((await report(district.code)).segments).toEqual({ PU: 1, BPU: 1, JAKON: 0, PMI: 0 });
    // Jambi no longer shows its own imported 60,000: Sarolangun's registry 2 + Merangin's import 1,000.
    const province = await report('15');
    expect(province.active).toBe(2 + 1_000);
    expect(province.source.active).toMatchObject({ kind: 'mixed', origin: 'children', complete: false });
    expect((await report('00')).active).toBe(1_002);
  });

  it('a reversal removes the months unless another settled line still covers them', async () => {
    // A second, settled bill also covers A's March (billed twice): reversing the first keeps March.
    const second = await bill(database.db, a, '2025-03');
    await reverse(database.db, billA);
    expect(await monthsOf(a)).toEqual(['2025-03']);
    await reverse(database.db, second);
    expect(await monthsOf(a)).toEqual([]);
    await refreshQueuedCoverage(database.db);
    expect((await report('15.03')).active).toBe(1);
    // B's PU March reversed too: nothing left in the registry for Sarolangun, imports are back.
    const pu = await database.db
      .selectFrom('bill_line')
      .select('bill_id')
      .where('membership_id', 'in', [b.membershipId, aBpu.membershipId])
      .execute();
    for (const row of pu) await reverse(database.db, row.bill_id);
    await refreshQueuedCoverage(database.db);
    expect((await report('15.03')).active).toBe(48_160);
    expect((await report('15.03')).source.active).toMatchObject({ kind: 'import', origin: 'reported' });
    expect((await report('15')).active).toBe(60_000);
  });

  it('a full refresh rebuilds the same rows as the queue did', async () => {
    const before = await registryRows('2025-02');
    await sql`delete from active_report where source_kind = 'registry'`.execute(database.db);
    await refreshAllRegistryCoverage(database.db);
    expect(await registryRows('2025-02')).toEqual(before);
    await refreshRegistryCoverage(database.db, []);
  });
});
