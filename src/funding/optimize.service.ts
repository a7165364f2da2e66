import type { Actor } from '../auth/actor.ts';
import type { CoverageRow } from '../coverage/coverage.schemas.ts';
import { type CoverageContext, getCoverageReport } from '../coverage/coverage.service.ts';
import type { Executor } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import type { Month } from '../shared/month.ts';
import { type District, optimize, type Pool, type Strategy } from './optimizer.rules.ts';
import { type WelfarePoolRow, welfarePools } from './pools.repo.ts';
import { costExplanation, type PeriodInput, pricedPeriod } from './simulation.service.ts';
import { pctToBp, regionSnapshot } from './snapshot.service.ts';

/** Workers outside the welfare list still uncovered in a village: its gap minus the listed ones. */
const OTHERS = 'pekerja lain (belum di daftar kesejahteraan)';

/**
 * The optimizer's inputs for one regency/city (or one district): its districts as the coverage engine
 * reports them, and the pools of people a budget can buy — the social-welfare list's unprotected
 * people by village, occupation and poverty level, plus each village's remaining uncovered workforce
 * (poverty unknown). Then the pure rule chooses (optimizer.rules.ts).
 */
export async function optimizeFor(
  db: Executor,
  actor: Actor,
  input: PeriodInput & { regionCode: string; budget: number; strategy: Strategy },
  context: CoverageContext,
) {
  const costs = await pricedPeriod(db, input);
  const costPerWorker = costs.reduce((sum, c) => sum + c.amount, 0);
  if (input.budget < Math.min(...costs.map((c) => c.amount)))
    throw new AppError('VALIDATION_FAILED', {
      id: 'Anggaran kurang dari iuran satu pekerja satu bulan',
      en: 'The budget is less than one worker-month of contributions',
    });
  const snap = await regionSnapshot(db, actor, input.regionCode, context);
  const level = snap.report.region.level;
  if (level !== 2 && level !== 3)
    throw new AppError('VALIDATION_FAILED', {
      id: 'Pilih kabupaten/kota atau kecamatan untuk optimasi per desa',
      en: 'Choose a regency/city or a district to optimise village by village',
    });
  const districtRows: CoverageRow[] =
    level === 2 ? snap.report.children : [{ ...toRow(snap), level: 3 } as CoverageRow];
  const villageRows = new Map<string, { row: CoverageRow; district: CoverageRow }>();
  for (const d of districtRows) {
    const report =
      level === 3
        ? snap.report
        : await getCoverageReport(db, { regionCode: d.code, month: snap.report.month as Month }, context);
    for (const v of report.children) villageRows.set(v.code, { row: v, district: d });
  }
  const listed = await welfarePools(db, input.regionCode, `${input.from}-01`);
  const pools = villagePools(villageRows, listed, costPerWorker);
  const districts: District[] = districtRows.map((d) => ({
    code: d.code,
    name: d.name,
    workforce: d.workforce,
    active: d.active ?? 0,
    targetBp: pctToBp(d.targetPct) ?? snap.region.targetBp,
  }));
  const result = optimize({
    budget: input.budget,
    strategy: input.strategy,
    pools,
    districts,
    region: { workforce: snap.region.workforce, active: snap.region.active },
  });
  return {
    ...result,
    region: {
      ...result.region,
      code: snap.region.code,
      name: snap.region.name,
      targetBp: snap.region.targetBp,
    },
    dataMonth: snap.report.month,
    costPerWorker,
    monthCosts: costs.map(({ month, amount }) => ({ month, amount })),
    costExplanation: costExplanation(costs),
    poolsConsidered: pools.length,
    listedAvailable: listed.reduce((s, p) => s + p.available, 0),
  };
}

const POVERTY_ORDER = { extreme: 0, poor: 1, vulnerable: 2 } as const;

/**
 * The pools of each village. A village never offers more people than its uncovered workforce
 * (workforce − active): the welfare list's people fill that room poorest first, and what is left is
 * "other workers" of unknown poverty. A village without a workforce figure offers its listed people only.
 */
function villagePools(
  villages: ReadonlyMap<string, { row: CoverageRow; district: CoverageRow }>,
  listed: readonly WelfarePoolRow[],
  costPerWorker: number,
): Pool[] {
  const pools: Pool[] = [];
  const byVillage = new Map<string, WelfarePoolRow[]>();
  for (const p of listed) byVillage.set(p.village_code, [...(byVillage.get(p.village_code) ?? []), p]);
  for (const [code, v] of villages) {
    const known = v.row.workforce !== null;
    let room = known ? Math.max(0, (v.row.workforce ?? 0) - (v.row.active ?? 0)) : Number.POSITIVE_INFINITY;
    const rows = [...(byVillage.get(code) ?? [])].sort(
      (a, b) => POVERTY_ORDER[a.poverty_level] - POVERTY_ORDER[b.poverty_level],
    );
    for (const p of rows) {
      const available = Math.min(p.available, room);
      if (available <= 0) break;
      room -= available;
      pools.push(pool(v, p.occupation, p.poverty_level, available, costPerWorker));
    }
    if (known && room > 0) pools.push(pool(v, OTHERS, 'unknown', room, costPerWorker));
  }
  return pools;
}

function pool(
  v: { row: CoverageRow; district: CoverageRow },
  occupation: string,
  povertyLevel: Pool['povertyLevel'],
  available: number,
  costPerWorker: number,
): Pool {
  return {
    villageCode: v.row.code,
    villageName: v.row.name,
    districtCode: v.district.code,
    districtName: v.district.name,
    occupation,
    povertyLevel,
    available,
    costPerWorker,
  };
}

function toRow(snap: Awaited<ReturnType<typeof regionSnapshot>>) {
  const r = snap.report;
  return {
    code: r.region.code,
    name: r.region.name,
    month: r.month,
    workforce: r.workforce,
    active: r.active,
    coveragePct: r.coveragePct,
    targetPct: r.targetPct,
  };
}
