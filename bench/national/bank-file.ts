import fs from 'node:fs';
import { sql } from 'kysely';
import type { Database } from '../../src/db/database.ts';
import { addMonths, type Month, monthIndex } from '../../src/shared/month.ts';
import { hash01 } from './geography.ts';
import type { NationalPlan } from './plan.ts';

/**
 * The payments of one month as a bank would send them (the product's payments import file), made from
 * what is open in the database after the month's billing run. Lapses and arrears are stated rules:
 * - a worker paying for themselves (BPU) stops for good in a month with probability 3 %, so by the
 *   24th month about half of the first cohort has stopped; their bills stay open and the lapse rule
 *   (three unpaid months) ends their membership;
 * - an employer is late in a month with probability 3 % and then pays both months the next month
 *   (the fine is billed in between);
 * - a Jakon project and a PMI placement pay their single bill the month it is billed.
 * Every payer that pays settles everything it owes, on the 10th of the next month (before the due 15th).
 */
const BPU_STOP = 0.03;
const EMPLOYER_LATE = 0.03;

function pays(plan: NationalPlan, payerKey: string, month: Month): boolean {
  const [kind, idText] = payerKey.split(':');
  const id = Number(idText);
  const m = monthIndex(month);
  if (kind === 'employer') return hash01(plan.seed, id, 1000 + m) >= EMPLOYER_LATE;
  if (kind === 'participant') {
    for (let k = monthIndex(addMonths(month, 1 - plan.months)); k <= m; k++)
      if (hash01(plan.seed, id, 5000 + k) < BPU_STOP) return false;
    return true;
  }
  return true;
}

/** Writes the month's bank file; returns how many payments it holds. */
export async function writeBankFile(
  database: Database,
  plan: NationalPlan,
  month: Month,
  file: string,
): Promise<number> {
  const out = fs.createWriteStream(file);
  let buffer = 'kunci_idempotensi,kunci_pembayar,jumlah,tanggal_bayar,kanal\n';
  const paidOn = `${addMonths(month, 1)}-10`;
  let after = '';
  let count = 0;
  for (;;) {
    const { rows } = await sql<{ payer_key: string; due: string }>`
      select payer_key, sum(amount - paid)::int8 as due from bill
      where paid < amount and month <= ${`${month}-01`}::date and payer_key > ${after}
      group by payer_key order by payer_key limit 100000`.execute(database.db);
    if (rows.length === 0) break;
    for (const r of rows) {
      if (!pays(plan, r.payer_key, month)) continue;
      buffer += `NAS-${month}-${r.payer_key},${r.payer_key},${r.due},${paidOn},bank\n`;
      count++;
    }
    if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    buffer = '';
    after = (rows[rows.length - 1] as { payer_key: string }).payer_key;
  }
  await new Promise<void>((resolve, reject) =>
    out.end(buffer, (e?: Error | null) => (e ? reject(e) : resolve())),
  );
  return count;
}
