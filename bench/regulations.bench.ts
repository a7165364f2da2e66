import { quoteContribution } from '../src/regulations/contributions/contribution.quote.ts';
import { lastDayOfMonth } from '../src/regulations/contributions/contribution-date.ts';
import {
  computePu,
  type PuSheet,
  type PuWorker,
  puSheet,
} from '../src/regulations/contributions/pu.rules.ts';
import { ParameterBook } from '../src/regulations/parameter-book.ts';
import { SEED_PARAMETERS } from '../src/regulations/parameters.seed.ts';
import { round } from './stats.ts';

export interface EngineRow {
  readonly path: string;
  readonly product: string;
  readonly limit: string;
}

/** A reproducible national-looking PU population: wages Rp2–60 jt, all risk groups, some discounted industries. */
function syntheticWorkers(count: number): PuWorker[] {
  let seed = 20_261_123;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const industries = ['textile-apparel', 'food-beverage-tobacco', 'other', 'other', 'other'];
  return Array.from({ length: count }, () => ({
    wage: 2_000_000 + Math.floor(next() ** 3 * 58_000_000),
    jkkGroup: 1 + Math.floor(next() * 5),
    industry: industries[Math.floor(next() * industries.length)],
    workers: 10 + Math.floor(next() * 500),
  }));
}

/** Best of `runs` timings of `work` over `count` items, as items per second. */
function perSecond(count: number, runs: number, work: () => number): { rate: number; checksum: number } {
  let best = Number.POSITIVE_INFINITY;
  let checksum = 0;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    checksum = work();
    best = Math.min(best, performance.now() - started);
  }
  return { rate: (count / best) * 1000, checksum };
}

/** The arithmetic floor: the same nine half-up roundings per worker on plain numbers, no objects. */
function arithmeticLimit(workers: readonly PuWorker[], sheet: PuSheet): number {
  const rates = [370, 200, 30, 200, 100, 22, 14, 0];
  const jkk = sheet.jkkGroups.map((p) => p?.value ?? 0);
  const jpCap = sheet.jpCap.value;
  let sum = 0;
  for (const w of workers) {
    const base = [
      w.wage,
      w.wage,
      w.wage,
      Math.min(w.wage, jpCap),
      Math.min(w.wage, jpCap),
      Math.min(w.wage, 5_000_000),
    ];
    const products = [
      base[0]! * rates[0]!,
      base[1]! * rates[1]!,
      w.wage * jkk[w.jkkGroup]!,
      base[2]! * rates[2]!,
      base[3]! * rates[3]!,
      base[4]! * rates[4]!,
      base[5]! * rates[5]!,
      base[5]! * rates[6]!,
      base[5]! * rates[7]!,
    ];
    for (const n of products) {
      const r = n % 10_000;
      sum += (n - r) / 10_000 + (r * 2 >= 10_000 ? 1 : 0);
    }
  }
  return sum;
}

/**
 * The pure engine on one core (Node runs it on one thread): billing-path quotes (computePu against a
 * month's resolved sheet), the same with a sheet lookup per quote over 12 months, the full explained
 * quote the API returns, and the arithmetic floor of the same roundings in a bare loop.
 */
export function benchEngine(count = 1_000_000): EngineRow[] {
  const book = new ParameterBook(SEED_PARAMETERS);
  const workers = syntheticWorkers(count);
  const sheet = puSheet(book, lastDayOfMonth('2025-06'));
  const months = [
    '2025-03',
    '2025-04',
    '2025-05',
    '2025-06',
    '2025-07',
    '2025-08',
    '2025-09',
    '2025-10',
    '2025-11',
    '2025-12',
    '2026-01',
    '2026-02',
  ];
  const sheets = new Map(months.map((m) => [m, puSheet(book, lastDayOfMonth(m))]));

  const billing = perSecond(count, 5, () => {
    let total = 0;
    for (const w of workers) {
      const a = computePu(sheet, w);
      total += a.employer + a.worker + a.government;
    }
    return total;
  });
  const perMonth = perSecond(count, 5, () => {
    let total = 0;
    for (let i = 0; i < workers.length; i++) {
      const a = computePu(sheets.get(months[i % 12] as string) as PuSheet, workers[i] as PuWorker);
      total += a.employer;
    }
    return total;
  });
  const explainedCount = Math.min(count, 100_000);
  const explained = perSecond(explainedCount, 3, () => {
    let total = 0;
    for (let i = 0; i < explainedCount; i++) {
      const w = workers[i] as PuWorker;
      total += quoteContribution(book, {
        segment: 'pu',
        month: '2025-06',
        wage: w.wage,
        jkkGroup: w.jkkGroup,
        industry: w.industry as 'other',
        workers: w.workers as number,
      }).total;
    }
    return total;
  });
  const limit = perSecond(count, 5, () => arithmeticLimit(workers, sheet));
  const fmt = (rate: number) => `${round(rate / 1e6, 2)} M quotes/s`;
  const floor = `${round(limit.rate / 1e6, 2)} M workers/s (bare arithmetic, same roundings)`;
  return [
    {
      path: `PU billing path: computePu, one month's sheet (${count.toLocaleString('en')} workers)`,
      product: fmt(billing.rate),
      limit: floor,
    },
    {
      path: 'PU billing path, sheet looked up per quote over 12 months',
      product: fmt(perMonth.rate),
      limit: floor,
    },
    {
      path: `PU explained quote (validation + lines + bilingual text; ${explainedCount.toLocaleString('en')})`,
      product: `${round(explained.rate / 1e3, 1)} k quotes/s`,
      limit: floor,
    },
    {
      path: 'billing 45 M participants for one month at the billing-path rate',
      product: `${round(45e6 / billing.rate, 1)} s on one core`,
      limit: `${round(45e6 / limit.rate, 1)} s`,
    },
  ];
}
