import { formatPercent } from '../../shared/format.ts';
import { listTargets, setTarget } from '../../targets/targets.service.ts';
import { type Command, printJson, requireArg, stringFlag, UsageError } from '../cli.ts';
import { cliActor } from '../cli-actor.ts';

export const targetsCommand: Command = {
  name: 'targets',
  summary: { id: 'Lihat atau tetapkan target cakupan', en: 'List or set coverage targets' },
  usage:
    'targets list <kode-wilayah> [--json]\n       targets set <kode-wilayah> <tahun> <persen> --source TEXT [--basis potential|bps] [--note TEXT]',
  valueFlags: ['source', 'basis', 'note'],
  async run(context) {
    const action = requireArg(context.args, 0, 'list|set');
    const db = (await context.database()).db;
    const code = requireArg(context.args, 1, 'kode-wilayah');
    if (action === 'list') {
      const targets = await listTargets(db, code);
      if (context.json)
        printJson(context, { targets: targets.map((t) => ({ ...t, targetPct: t.targetBp / 100 })) });
      else
        for (const t of targets)
          context.print(
            `${t.year}  ${formatPercent(t.targetBp / 100, context.lang)}  ${t.basis ?? '*'}  ${t.source}`,
          );
      return 0;
    }
    if (action === 'set') {
      const year = Number(requireArg(context.args, 2, 'tahun'));
      const pct = Number(requireArg(context.args, 3, 'persen').replace(',', '.'));
      const source = stringFlag(context.flags, 'source');
      if (!Number.isInteger(year) || Number.isNaN(pct) || !source) {
        throw new UsageError({
          id: 'Perlu tahun, persen dan --source',
          en: 'Year, percent and --source are required',
        });
      }
      const target = await setTarget(db, cliActor(), {
        regionCode: code,
        year,
        targetPct: pct,
        basis: stringFlag(context.flags, 'basis') ?? null,
        source,
        note: stringFlag(context.flags, 'note') ?? null,
      });
      if (context.json) printJson(context, { ...target, targetPct: target.targetBp / 100 });
      else
        context.print(
          `${code} ${year}: ${formatPercent(target.targetBp / 100, context.lang)} (${target.basis ?? '*'})`,
        );
      return 0;
    }
    throw new UsageError({ id: `Aksi tidak dikenal: ${action}`, en: `Unknown action: ${action}` });
  },
};
