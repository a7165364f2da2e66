import type { Bilingual } from '../shared/errors.ts';
import { formatCount, formatMonth, type Lang } from '../shared/format.ts';
import type { Month } from '../shared/month.ts';
import type { FundingAssumption, PlanInput } from './planner.rules.ts';
import { bilingual, pct, periodLabel } from './simulator.text.ts';

/** The figures `planToTarget` computes, in the order its steps explain them. */
export interface Figures {
  readonly k: number;
  readonly target: number;
  readonly rate: number;
  readonly retained: number;
  readonly left: number;
  readonly funded: number;
  readonly n: number;
  readonly nFunded: number | null;
}

/** The model and each figure of the plan, in the order they are computed. */
export function planSteps(input: PlanInput, f: Figures): Bilingual[] {
  const { startMonth, targetMonth, workforce, stock, funding } = input;
  const rates = (lang: Lang) => stock.map((s) => `${s.segment} ${pct(s.exitRateBp, lang)}`).join(', ');
  const steps = [
    bilingual(
      (lang, say) =>
        `${say('Model: peserta yang ada keluar tiap bulan sesuai laju segmennya', "Model: today's participants leave each month at their segment's rate")} ` +
        `(${rates(lang)}); ${say('pendaftar baru masuk di akhir tiap bulan dan keluar dengan laju', 'new enrolments join at the end of each month and leave at')} ` +
        `${pct(f.rate, lang)}${stock.some((s) => s.segment === 'BPU') ? ' (BPU)' : say(' (rata-rata tertimbang)', ' (weighted average)')}`,
    ),
    bilingual(
      (lang, say) =>
        `${say('Target', 'Target')} ${pct(input.targetBp, lang)} × ${formatCount(workforce, lang)} = ${formatCount(f.target, lang)} ` +
        `${say('pekerja pada', 'workers by')} ${formatMonth(targetMonth, lang)}, ${formatCount(f.k, lang)} ${say('bulan setelah', 'months after')} ${formatMonth(startMonth, lang)}`,
    ),
    bilingual(
      (lang, say) =>
        `${say('Peserta yang ada tersisa', "Today's participants left")}: Σ ${say('aktif', 'active')} × (1 − ${say('laju keluar', 'exit rate')})^${f.k} = ` +
        `${formatCount(f.left, lang)} ${say('dari', 'of')} ${formatCount(
          stock.reduce((sum, s) => sum + s.active, 0),
          lang,
        )}`,
    ),
    bilingual(
      (lang, say) =>
        `${say('Satu pendaftar baru per bulan menjadi', 'One new enrolment a month becomes')} Σ (1 − ${pct(f.rate, lang)})^i, i = 0…${f.k - 1} = ` +
        `${formatCount(f.retained, lang)} ${say('peserta aktif pada', 'active participants by')} ${formatMonth(targetMonth, lang)}`,
    ),
    bilingual(
      (lang, say) =>
        `${say('Pendaftaran baru yang dibutuhkan', 'New enrolments needed')}: ⌈(${formatCount(f.target, lang)} − ${formatCount(f.left, lang)}) ÷ ` +
        `${formatCount(f.retained, lang)}⌉ = ${formatCount(f.n, lang)} ${say('per bulan', 'a month')}`,
    ),
  ];
  if (funding && f.nFunded !== null)
    steps.push(fundingStep(funding, targetMonth, f as Figures & { nFunded: number }));
  return steps;
}

/** With a funded programme: the enrolments still needed, or why the funding does not count by the target month. */
function fundingStep(
  funding: FundingAssumption,
  targetMonth: Month,
  f: Figures & { nFunded: number },
): Bilingual {
  return bilingual((lang, say) => {
    const period = periodLabel(funding.fromMonth, funding.toMonth, lang);
    const sum = `⌈(${formatCount(f.target, lang)} − ${formatCount(f.funded, lang)} − ${formatCount(f.left, lang)}) ÷ ${formatCount(f.retained, lang)}⌉`;
    const needed = `${formatCount(f.nFunded, lang)} ${say('per bulan', 'a month')}`;
    if (f.funded === 0)
      return (
        `${say('Pendanaan', 'Funding of')} ${formatCount(funding.workers, lang)} ${say('pekerja', 'workers')} (${period}) ` +
        `${say('tidak aktif pada', 'is not running in')} ${formatMonth(targetMonth, lang)}${say(', jadi tidak dihitung', ', so it does not count')}: ${needed}`
      );
    return `${say('Dengan', 'With')} ${formatCount(funding.workers, lang)} ${say('pekerja didanai', 'funded workers')} (${period}): ${sum} = ${needed}`;
  });
}
