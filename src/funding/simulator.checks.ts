import { gapWorkers, targetWorkers } from '../coverage/coverage.rules.ts';
import type { Bilingual } from '../shared/errors.ts';
import { formatCount, formatRupiah } from '../shared/format.ts';
import type { MonthCost, RegionNow, SimulationProblem } from './simulator.rules.ts';
import { bilingual, pct } from './simulator.text.ts';

const problem = (code: SimulationProblem['code'], message: Bilingual): SimulationProblem => ({
  ok: false,
  code,
  message,
});

/**
 * Checks the month list (empty → NO_MONTHS) and the regional figures; a zero or negative amount is a
 * caller's bug (prices come from the regulation engine), so it throws.
 */
export function checkInputs(costs: readonly MonthCost[], region: RegionNow): SimulationProblem | null {
  for (const { month, amount } of costs)
    if (!Number.isSafeInteger(amount) || amount <= 0)
      throw new RangeError(`cost of ${month} must be a positive whole rupiah, got ${amount}`);
  if (costs.length === 0)
    return problem('NO_MONTHS', {
      id: 'Pilih paling sedikit satu bulan perlindungan',
      en: 'Choose at least one month of protection',
    });
  if (!(region.workforce > 0))
    return problem('NO_WORKFORCE', {
      id: `Jumlah angkatan kerja ${region.name} belum diketahui, cakupan tidak dapat dihitung`,
      en: `The workforce of ${region.name} is unknown, so coverage cannot be computed`,
    });
  return null;
}

/** A budget must pay for at least one worker in the period's cheapest month. */
export function checkBudget(budget: number, cheapest: number): SimulationProblem | null {
  if (budget >= cheapest) return null;
  return problem(
    'BUDGET_BELOW_ONE_WORKER_MONTH',
    bilingual(
      (lang, say) =>
        `${say('Anggaran', 'A budget of')} ${formatRupiah(budget, lang)} ${say('kurang dari biaya satu pekerja untuk satu bulan', 'is less than one worker for one month')} (${formatRupiah(cheapest, lang)})`,
    ),
  );
}

/** A target is 1–10.000 bp (0,01–100 %) and must still need at least one worker. */
export function checkTarget(targetBp: number, region: RegionNow): SimulationProblem | null {
  if (!Number.isInteger(targetBp) || targetBp < 1 || targetBp > 10_000)
    return problem('TARGET_INVALID', {
      id: 'Target cakupan harus antara 0,01 % dan 100 %',
      en: 'The coverage target must be between 0.01% and 100%',
    });
  if (gapWorkers(targetBp, region.workforce, region.active) === 0)
    return problem(
      'TARGET_ALREADY_MET',
      bilingual(
        (lang, say) =>
          `${region.name} ${say('sudah mencapai', 'already reaches')} ${pct(targetBp, lang)}: ` +
          `${formatCount(region.active, lang)} ${say('aktif', 'active')} ≥ ${formatCount(targetWorkers(targetBp, region.workforce), lang)}`,
      ),
    );
  return null;
}
