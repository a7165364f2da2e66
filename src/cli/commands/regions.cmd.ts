import { regionSummary, requireRegion } from '../../coverage/coverage.service.ts';
import { findRegions, searchRegions } from '../../regions/regions.repo.ts';
import { codePath } from '../../regions/regions.rules.ts';
import { foldForSearch } from '../../shared/text.ts';
import { type Command, intFlag, printJson, requireArg, UsageError } from '../cli.ts';

export const regionsCommand: Command = {
  name: 'regions',
  summary: { id: 'Cari atau tampilkan wilayah', en: 'Search or show regions' },
  usage: 'regions search <nama> [--level 0-4] [--json]\n       regions show <kode-wilayah> [--json]',
  valueFlags: ['level', 'limit'],
  async run(context) {
    const action = requireArg(context.args, 0, 'search|show');
    const db = (await context.database()).db;
    if (action === 'search') {
      const found = await searchRegions(
        db,
        foldForSearch(requireArg(context.args, 1, 'nama')),
        intFlag(context.flags, 'limit', 1, 100) ?? 20,
        intFlag(context.flags, 'level', 0, 4),
      );
      if (context.json) printJson(context, { results: found.map(regionSummary) });
      else for (const r of found) context.print(`${r.code.padEnd(14)} ${r.name} (${r.kind})`);
      return 0;
    }
    if (action === 'show') {
      const region = await requireRegion(db, requireArg(context.args, 1, 'kode-wilayah'));
      const ancestors = await findRegions(db, codePath(region.code).slice(0, -1));
      if (context.json)
        printJson(context, { region: regionSummary(region), ancestors: ancestors.map(regionSummary) });
      else
        context.print(
          `${[...ancestors, region].map((r) => r.name).join(' › ')} (${region.code}, ${region.kind}, ${region.child_count} sub)`,
        );
      return 0;
    }
    throw new UsageError({ id: `Aksi tidak dikenal: ${action}`, en: `Unknown action: ${action}` });
  },
};
