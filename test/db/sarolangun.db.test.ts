import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/auth/actor.ts';
import type { Database } from '../../src/db/database.ts';
import {
  loadSarolangun,
  type SarolangunSummary,
  sarolangunComplete,
} from '../../src/demo/sarolangun/sarolangun.load.ts';
import { findProgramByCode } from '../../src/funding/funding.repo.ts';
import { programUsage } from '../../src/funding/usage.service.ts';
import { getMovement } from '../../src/protection/movement.service.ts';
import type { Month } from '../../src/shared/month.ts';
import { freshDatabase } from '../helpers/database.ts';

/**
 * The Sarolangun simulation played through the real import, billing, payment and lapse paths, at 1/20
 * of the regency (a systematic sample of the full world keeps its proportions). Seed 002: ~112,000
 * workers, 43 % protected in October 2024 → 48,160 people; at 1/20 that is ~2,408. The full-size run
 * is `npm start` (background) or `npm run -s cakupan -- demo sarolangun`, recorded in docs/registry.md.
 */
const SCALE = 1 / 20;
const OCT_2024_FULL = Math.round(112_000 * 0.43); // 48.160

let database: Database;
let summary: SarolangunSummary;

beforeAll(async () => {
  database = await freshDatabase('demo');
  summary = await loadSarolangun(database, { scale: SCALE });
}, 600_000);
afterAll(() => database.close());

const registryFigure = async (region: string, month: string) => {
  const row = await sql<{ total: number; source_kind: string }>`
    select total::int as total, source_kind from active_effective where region_code = ${region} and month = ${month}::date
  `.execute(database.db);
  return row.rows[0];
};

describe('Sarolangun through the real paths (1/20 scale)', () => {
  it('enrols, bills, pays and lapses: every path left its trace', async () => {
    expect(summary.months).toBe(24);
    expect(summary.participants).toBeGreaterThan(3_000);
    expect(summary.payments).toBeGreaterThan(1_000);
    expect(summary.lapsed).toBeGreaterThan(0);
    const facts = await sql<{
      fines: number;
      arrears: number;
      closed: number;
      runs: number;
      snapshots: number;
    }>`
      select (select count(*) from bill where kind = 'fine')::int as fines,
        (select count(distinct employer_id) from employer_status where status = 'arrears')::int as arrears,
        (select count(*) from employer_status where status = 'closed')::int as closed,
        (select count(*) from bill_run)::int as runs,
        (select count(*) from bill_run where jsonb_array_length(parameters) > 0)::int as snapshots
    `.execute(database.db);
    const f = facts.rows[0];
    expect(f?.fines).toBeGreaterThan(0);
    expect(f?.arrears).toBeGreaterThan(0);
    expect(f?.closed).toBeGreaterThan(0);
    expect(f?.runs).toBe(24);
    expect(f?.snapshots).toBe(24);
  });

  it('October 2024 coverage comes from the registry and matches the seed figure, scaled (43 % of 112,000)', async () => {
    const oct = await registryFigure('15.03', '2024-10-01');
    expect(oct?.source_kind).toBe('registry');
    // 48,160 × 1/20 = 2,408. The stratified 1-in-20 sample holds 4 % fewer valid memberships than the
    // full world ÷ 20 (2,421 × 20 = 48,420 vs 50,534 in Oct 2024), so it may sit a few percent below.
    const expected = OCT_2024_FULL * SCALE;
    expect(Math.abs((oct?.total ?? 0) - expected) / expected).toBeLessThan(0.1);
  });

  it('the APBD Perubahan 2024 program takes the regency from 43 % toward 65 % in November 2024 (seed 002)', async () => {
    const oct = (await registryFigure('15.03', '2024-10-01'))?.total ?? 0;
    const nov = (await registryFigure('15.03', '2024-11-01'))?.total ?? 0;
    // 65 % of 112,000 = 72,800 at full size; the 1/20 sample sits within a few percent of ÷ 20.
    const fullEquivalent = nov / SCALE / 112_000;
    expect(fullEquivalent).toBeGreaterThan(0.62);
    expect(fullEquivalent).toBeLessThan(0.69);
    const program = await findProgramByCode(database.db, 'SRL-APBDP-2024');
    const usage = await programUsage(database.db, systemActor('test'), program?.id ?? 0);
    const november = usage.months.find((m) => m.month === '2024-11');
    const people = november?.beneficiaries ?? 0;
    expect(people).toBeGreaterThan(0);
    // Every beneficiary is protected and the regency pays each Rp16.800 (no PP 50/2025 discount in 2024).
    expect(november).toMatchObject({
      protectedWorkers: people,
      billed: people * 16_800,
      paid: people * 16_800,
    });
    expect(nov - oct).toBeGreaterThanOrEqual(people * 0.9);
    expect(usage.budgetLeft).toBeGreaterThanOrEqual(0);
  });

  it('a month after the last billing run is not counted from prepaid contracts', async () => {
    const after = await registryFigure('15.03', '2026-03-01');
    expect(after?.source_kind ?? 'none').not.toBe('registry');
  });

  it('why coverage moved adds up, and names lapses and employer closures', async () => {
    const movement = await getMovement(database.db, '15.03', '2024-03' as Month, '2025-06' as Month);
    expect(movement.source).toBe('registry');
    const sum = movement.steps.reduce((a, s) => a + s.value, 0);
    expect(movement.startActive + sum).toBe(movement.endActive);
    const step = (key: string) => movement.steps.find((s) => s.key === key)?.value ?? 0;
    expect(step('new_enrolments')).toBeGreaterThan(0);
    expect(step('lapses')).toBeLessThan(0);
  });

  it('playing it again changes nothing (every month is done; re-imports are unchanged)', async () => {
    expect(await sarolangunComplete(database)).toBe(true);
    const before = await sql<{
      n: number;
    }>`select (select count(*) from bill) + (select count(*) from payment) + (select count(*) from membership) as n`.execute(
      database.db,
    );
    await loadSarolangun(database, { scale: SCALE });
    const after = await sql<{
      n: number;
    }>`select (select count(*) from bill) + (select count(*) from payment) + (select count(*) from membership) as n`.execute(
      database.db,
    );
    expect(Number(after.rows[0]?.n)).toBe(Number(before.rows[0]?.n));
  });
});
