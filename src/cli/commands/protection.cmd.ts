import {
  refreshAllRegistryCoverage,
  refreshQueuedCoverage,
  refreshRegistryCoverage,
} from '../../protection/protection.service.ts';
import { formatMonth } from '../../shared/format.ts';
import { dateToMonth, monthToDate, requireMonth } from '../../shared/month.ts';
import { type Command, type CommandContext, printJson, stringFlag } from '../cli.ts';
import { coverageCommand } from './coverage.cmd.ts';

/**
 * `coverage refresh-registry [--months YYYY-MM,…] [--all]`: rebuilds the registry's active figures
 * and the rollup — for the named months, for every month the registry touched (`--all`), or, by
 * default, for the months queued by payments and reversals since the last refresh.
 */
async function refreshRegistry(context: CommandContext): Promise<number> {
  const db = (await context.database()).db;
  const list = stringFlag(context.flags, 'months');
  let months: string[];
  if (list !== undefined) {
    months = list.split(',').map((m) => monthToDate(requireMonth(m.trim(), 'months')));
    await refreshRegistryCoverage(db, months);
  } else if (context.flags.all === true) months = await refreshAllRegistryCoverage(db);
  else months = await refreshQueuedCoverage(db);
  const shown = months.map((m) => dateToMonth(m));
  if (context.json) printJson(context, { refreshed: shown });
  else if (shown.length === 0)
    context.print(context.lang === 'id' ? 'Tidak ada bulan yang perlu diperbarui' : 'No month to refresh');
  else {
    const names = shown.map((m) => formatMonth(m, context.lang)).join(', ');
    context.print(`${context.lang === 'id' ? 'Diperbarui' : 'Refreshed'}: ${names}`);
  }
  return 0;
}

/**
 * `coverage` with one more action: `coverage refresh-registry …` here, every other `coverage …` as
 * before (the region report of coverage.cmd.ts).
 */
export const coverageWithRegistryCommand: Command = {
  ...coverageCommand,
  usage: `${coverageCommand.usage}\ncoverage refresh-registry [--months YYYY-MM,…] [--all] [--json]`,
  valueFlags: [...(coverageCommand.valueFlags ?? []), 'months'],
  booleanFlags: [...(coverageCommand.booleanFlags ?? []), 'all'],
  run: (context) =>
    context.args[0] === 'refresh-registry' ? refreshRegistry(context) : coverageCommand.run(context),
};
