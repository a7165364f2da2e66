import type { Executor } from '../db/database.ts';
import { quoteJakon } from '../regulations/contributions/jakon.rules.ts';
import { quotePmi } from '../regulations/contributions/pmi.rules.ts';
import { unbilledPlacements, unbilledProjects } from './billing.repo.ts';
import { contractMonths, dueOn, monthSpan, monthStartOf } from './billing.rules.ts';
import type { RunState } from './run-state.ts';

/**
 * Bills made once, not every month: a Jakon project (by its contract value) and a PMI placement (by its
 * contract length). Each is billed by the first run whose month is on or after its start and that finds
 * no earlier bill for it — in monthly operation, the month it starts.
 */

/** Jakon: one bill per project by contract value (quoteJakon tiers), its lines at 0 (the amount is per project). */
export async function addProjects(trx: Executor, state: RunState, roots: readonly string[]): Promise<void> {
  const { end } = monthSpan(state.month as never);
  for (const p of await unbilledProjects(trx, end, roots)) {
    const quote = quoteJakon(state.book, state.asOf, {
      segment: 'jakon',
      month: state.month,
      contractValue: Number(p.contract_value),
    });
    state.cite(quote.parameters);
    const bill = state.batch.billOf({
      key: `project:${p.id}`,
      segment: 'JAKON',
      payerKind: 'employer',
      employerId: p.contractor_id,
      projectId: p.id,
      participantId: null,
      region: p.village_code,
      dueOn: dueOn(state.month as never),
    });
    state.batch.bills.amount[bill] = quote.total;
    for (const m of p.members ?? [])
      state.batch.addLine(bill, {
        membership: m.membership_id,
        participant: m.participant_id,
        coversFrom: monthStartOf(p.starts_on),
        coversTo: monthStartOf(p.ends_on),
        base: null,
        employer: 0,
        worker: 0,
        government: 0,
        other: 0,
        amount: 0,
      });
  }
}

/** PMI: one bill per placement, the package of its contract length (Permenaker 4/2023), covering the contract. */
export async function addPlacements(trx: Executor, state: RunState, roots: readonly string[]): Promise<void> {
  const { end } = monthSpan(state.month as never);
  for (const m of await unbilledPlacements(trx, end, roots)) {
    if (m.valid_to === null) {
      state.problem('PMI_OPEN_CONTRACT', m.id);
      continue;
    }
    const months = contractMonths(m.valid_from, m.valid_to);
    const quote = quotePmi(state.book, state.asOf, {
      segment: 'pmi',
      month: state.month,
      stage: 'placement',
      contractMonths: months,
    });
    state.cite(quote.parameters);
    const column =
      m.payer_kind === 'self' ? 'worker' : m.payer_kind === 'government' ? 'government' : 'other';
    const bill = state.batch.billOf({
      key: `placement:${m.id}`,
      segment: 'PMI',
      payerKind: m.payer_kind,
      employerId: null,
      projectId: null,
      participantId: m.participant_id,
      region: m.village_code,
      dueOn: dueOn(state.month as never),
    });
    state.batch.addLine(bill, {
      membership: m.id,
      participant: m.participant_id,
      coversFrom: monthStartOf(m.valid_from),
      coversTo: monthStartOf(m.valid_to),
      base: null,
      employer: 0,
      worker: column === 'worker' ? quote.total : 0,
      government: column === 'government' ? quote.total : 0,
      other: column === 'other' ? quote.total : 0,
      amount: quote.total,
    });
  }
}
