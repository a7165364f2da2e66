import { optimizeFor } from '../../funding/optimize.service.ts';
import { planFor } from '../../funding/plan.service.ts';
import { simulateBudgetFor, simulateTargetFor } from '../../funding/simulation.service.ts';
import { currentMonth } from '../../http/clock.ts';
import { type Command, type CommandContext, printJson, requireArg, stringFlag, UsageError } from '../cli.ts';
import { cliActor } from '../cli-actor.ts';

const need = (context: CommandContext, flag: string): string => {
  const value = stringFlag(context.flags, flag);
  if (!value) throw new UsageError({ id: `--${flag} wajib diisi`, en: `--${flag} is required` });
  return value;
};
const number = (context: CommandContext, flag: string): number => {
  const value = Number(need(context, flag).replaceAll('.', '').replace(',', '.'));
  if (!Number.isFinite(value))
    throw new UsageError({ id: `--${flag} harus angka`, en: `--${flag} must be a number` });
  return value;
};

/** The answer's explanation steps (or its rule) in the chosen language, one per line. */
function printSteps(
  context: CommandContext,
  answer: { steps?: { id: string; en: string }[]; rule?: { id: string; en: string } },
) {
  if (answer.rule) context.print(context.lang === 'en' ? answer.rule.en : answer.rule.id);
  for (const step of answer.steps ?? []) context.print(`  ${context.lang === 'en' ? step.en : step.id}`);
}

export const fundingCommand: Command = {
  name: 'funding',
  summary: {
    id: 'Simulasi anggaran, optimasi desa dan rencana target pendanaan pekerja rentan',
    en: 'Budget simulation, village optimizer and target planner for funding vulnerable workers',
  },
  usage: [
    'funding simulate --region 15.03 --budget 1008000000 --from 2025-01 --to 2025-12 [--funder regency|csr|…] [--json]',
    '       funding target --region 15.03 --target 65 --from 2025-11 --to 2025-12 [--json]',
    '       funding optimize --region 15.03 --budget 850000000 --from 2024-11 --to 2024-12 --strategy max_coverage|poorest_first|even_districts [--json]',
    '       funding plan --region 15.03 --target 65 --by 2026-12 [--json]',
  ].join('\n'),
  valueFlags: ['region', 'budget', 'from', 'to', 'funder', 'target', 'strategy', 'by'],
  async run(context) {
    const action = requireArg(context.args, 0, 'simulate|target|optimize|plan');
    const db = (await context.database()).db;
    const coverage = { defaultBasis: context.config.defaultBasis, currentMonth: currentMonth(context.clock) };
    const period = () => ({
      from: need(context, 'from'),
      to: need(context, 'to'),
      funderKind: stringFlag(context.flags, 'funder'),
    });
    const regionCode = need(context, 'region');
    let answer: { steps?: { id: string; en: string }[]; rule?: { id: string; en: string } };
    if (action === 'simulate')
      answer = await simulateBudgetFor(
        db,
        cliActor(),
        { regionCode, budget: number(context, 'budget'), ...period() },
        coverage,
      );
    else if (action === 'target')
      answer = await simulateTargetFor(
        db,
        cliActor(),
        { regionCode, targetPct: number(context, 'target'), ...period() },
        coverage,
      );
    else if (action === 'optimize') {
      const strategy = need(context, 'strategy');
      if (!['max_coverage', 'poorest_first', 'even_districts'].includes(strategy))
        throw new UsageError({
          id: `Strategi tidak dikenal: ${strategy}`,
          en: `Unknown strategy: ${strategy}`,
        });
      answer = await optimizeFor(
        db,
        cliActor(),
        { regionCode, budget: number(context, 'budget'), strategy: strategy as 'max_coverage', ...period() },
        coverage,
      );
    } else if (action === 'plan')
      answer = await planFor(
        db,
        cliActor(),
        { region: regionCode, targetPct: number(context, 'target'), by: need(context, 'by') },
        coverage,
      );
    else throw new UsageError({ id: `Aksi tidak dikenal: ${action}`, en: `Unknown action: ${action}` });
    if (context.json) printJson(context, answer);
    else printSteps(context, answer);
    return 0;
  },
};
