import type { Executor } from '../db/database.ts';
import { quoteFine } from '../regulations/contributions/fine.rules.ts';
import { addMonths, type Month } from '../shared/month.ts';
import { billedKeys, overdueEmployerBills } from './billing.repo.ts';
import { dueOn } from './billing.rules.ts';
import type { RunState } from './run-state.ts';

/**
 * The late fine of month M (rules.md 1.6, H; PP 44/2015 art. 59, PP 45/2015 art. 33): for each
 * employer, Σ over its contribution bills due before the end of M and still unpaid at that end of
 * quoteFine(outstanding, one late month at M's rate) — 2 % a month, 0,5 % in the PP 49/2020 months, both
 * read from `fine.late_rate`. Each bill's fine is rounded once; one `kind = 'fine'` bill per employer
 * and month. Fines are not fined again. Nothing is fined before M has ended (payments may still come).
 *
 * @example Jan bill Rp462.000 unpaid at the end of Feb → fine of Feb = 2 % × 462.000 = 9.240
 */
export async function addFines(
  trx: Executor,
  state: RunState,
  q: { month: Month; end: string; today: string; roots: readonly string[] },
): Promise<{ bills: number; total: number }> {
  if (q.today <= q.end) return { bills: 0, total: 0 };
  const fined = await billedKeys(trx, `${q.month}-01`, 'fine');
  const byEmployer = new Map<number, { village: string; total: number }>();
  for (const bill of await overdueEmployerBills(trx, q.end, q.roots)) {
    if (fined.has(`employer:${bill.employer_id}`)) continue;
    const quote = quoteFine(state.book, {
      amount: Number(bill.outstanding),
      monthsLate: 1,
      month: addMonths(q.month, -1),
    });
    state.cite(quote.parameters);
    const entry = byEmployer.get(bill.employer_id) ?? { village: bill.village_code, total: 0 };
    entry.total += quote.total;
    byEmployer.set(bill.employer_id, entry);
  }
  let bills = 0;
  let total = 0;
  for (const [employerId, { village, total: amount }] of byEmployer) {
    if (amount === 0) continue;
    state.batch.addStandalone({
      key: `employer:${employerId}`,
      kind: 'fine',
      amount,
      segment: 'PU',
      payerKind: 'employer',
      employerId,
      projectId: null,
      participantId: null,
      region: village,
      dueOn: dueOn(q.month),
    });
    bills++;
    total += amount;
  }
  return { bills, total };
}
