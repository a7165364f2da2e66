import fs from 'node:fs';
import { coverageTable, rankingTable } from '../../coverage/coverage.export.ts';
import { getRanking } from '../../coverage/coverage.ranking.ts';
import { getCoverageReport } from '../../coverage/coverage.service.ts';
import { isDemoDatabase } from '../../demo/demo.repo.ts';
import { toCsv, toXlsx } from '../../exports/table.ts';
import { currentMonth, today } from '../../http/clock.ts';
import { countByLevel } from '../../regions/regions.repo.ts';
import { requireMonth } from '../../shared/month.ts';
import { type Command, intFlag, printJson, requireArg, stringFlag, UsageError } from '../cli.ts';

export const dbCommand: Command = {
  name: 'db',
  summary: {
    id: 'Siapkan basis data (migrasi, wilayah, demo bila kosong)',
    en: 'Prepare the database (migrations, regions, demo when empty)',
  },
  usage: 'db prepare [--json]',
  async run(context) {
    if (requireArg(context.args, 0, 'prepare') !== 'prepare') {
      throw new UsageError({ id: 'Aksi yang tersedia: prepare', en: 'Available action: prepare' });
    }
    const database = await context.database();
    const summary = {
      database: database.kind,
      location: database.location,
      regions: await countByLevel(database.db),
      demo: await isDemoDatabase(database.db),
    };
    if (context.json) printJson(context, summary);
    else
      context.print(
        `${database.kind} ${database.location}: ${JSON.stringify(summary.regions)}${summary.demo ? ' (DEMO)' : ''}`,
      );
    return 0;
  },
};

export const exportCommand: Command = {
  name: 'export',
  summary: { id: 'Ekspor tabel cakupan ke Excel atau CSV', en: 'Export a coverage table to Excel or CSV' },
  usage:
    'export <kode-wilayah> --table children|trend|ranking --out FILE.xlsx|FILE.csv [--month YYYY-MM] [--basis …] [--level N]',
  valueFlags: ['table', 'out', 'month', 'basis', 'level'],
  async run(context) {
    const code = requireArg(context.args, 0, 'kode-wilayah');
    const table = stringFlag(context.flags, 'table') ?? 'children';
    const out = stringFlag(context.flags, 'out');
    if (!out || !['children', 'trend', 'ranking'].includes(table)) {
      throw new UsageError({
        id: 'Perlu --out dan --table children|trend|ranking',
        en: 'Needs --out and --table children|trend|ranking',
      });
    }
    const db = (await context.database()).db;
    const month = stringFlag(context.flags, 'month');
    const query = {
      regionCode: code,
      month: month ? requireMonth(month) : undefined,
      basis: stringFlag(context.flags, 'basis'),
    };
    const ctx = { defaultBasis: context.config.defaultBasis, currentMonth: currentMonth(context.clock) };
    const demo = await isDemoDatabase(db);
    const generatedOn = today(context.clock);
    const report = await getCoverageReport(db, query, ctx);
    const level = intFlag(context.flags, 'level', 1, 4);
    const exportTable =
      table === 'ranking'
        ? rankingTable(
            await getRanking(db, { ...query, level, limit: 100_000 }, ctx),
            report.basisName,
            demo,
            generatedOn,
          )
        : coverageTable(report, table as 'children' | 'trend', demo, generatedOn);
    fs.writeFileSync(
      out,
      out.endsWith('.csv') ? toCsv(exportTable, context.lang) : await toXlsx(exportTable, context.lang),
    );
    if (context.json) printJson(context, { file: out, rows: exportTable.rows.length });
    else context.print(`${out}: ${exportTable.rows.length} ${context.lang === 'id' ? 'baris' : 'rows'}`);
    return 0;
  },
};
