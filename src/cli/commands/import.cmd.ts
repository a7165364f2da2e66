import fs from 'node:fs';
import path from 'node:path';
import { activeImport } from '../../coverage/active.import.ts';
import { currentMonth } from '../../http/clock.ts';
import { type ImportReport, runImport } from '../../imports/import.runner.ts';
import { formatCount } from '../../shared/format.ts';
import { requireMonth } from '../../shared/month.ts';
import { targetsImport } from '../../targets/targets.import.ts';
import { listBases } from '../../workforce/workforce.repo.ts';
import { importWorkforce } from '../../workforce/workforce.service.ts';
import { type Command, type CommandContext, printJson, requireArg, stringFlag, UsageError } from '../cli.ts';
import { cliActor } from '../cli-actor.ts';

const KINDS = ['active', 'workforce', 'targets'] as const;

function describe(report: ImportReport, context: CommandContext): string {
  const id = context.lang === 'id';
  const status = {
    committed: id ? 'DISIMPAN' : 'SAVED',
    rejected: id ? 'DITOLAK — tidak ada yang disimpan' : 'REJECTED — nothing saved',
    validated: id ? 'DIPERIKSA (uji coba) — tidak ada yang disimpan' : 'VALIDATED (dry run) — nothing saved',
  }[report.status];
  const lines = [
    `${report.kind}: ${status}`,
    `  ${id ? 'baris' : 'rows'}: ${formatCount(report.rowsTotal, context.lang)} · ${id ? 'valid' : 'valid'} ${formatCount(report.rowsValid, context.lang)} · ${id ? 'bermasalah' : 'invalid'} ${formatCount(report.rowsInvalid, context.lang)}`,
  ];
  if (report.status === 'committed') {
    lines.push(
      `  ${id ? 'baru' : 'new'} ${report.inserted} · ${id ? 'berubah' : 'changed'} ${report.updated} · ${id ? 'tetap' : 'unchanged'} ${report.unchanged} (batch #${report.batchId})`,
    );
  }
  for (const issue of report.issues) {
    lines.push(
      `  ${id ? 'baris' : 'row'} ${issue.row}${issue.column ? ` [${issue.column}]` : ''}: ${id ? issue.message : issue.messageEn}${issue.value ? ` («${issue.value}»)` : ''}`,
    );
  }
  return lines.join('\n');
}

export const importCommand: Command = {
  name: 'import',
  summary: {
    id: 'Impor berkas CSV (semua baris valid atau tidak sama sekali)',
    en: 'Import a CSV file (all rows valid, or nothing)',
  },
  usage:
    'import <active|workforce|targets> <file.csv> [--mode all|valid-only] [--dry-run] [--source TEXT]\n' +
    '       workforce: --dataset KEY [--basis potential|bps --name TEXT --reference-month YYYY-MM]',
  valueFlags: ['mode', 'source', 'dataset', 'basis', 'name', 'reference-month'],
  async run(context) {
    const kind = requireArg(context.args, 0, 'jenis');
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw new UsageError({
        id: `Jenis impor tidak dikenal: ${kind} (${KINDS.join('|')})`,
        en: `Unknown import kind: ${kind} (${KINDS.join('|')})`,
      });
    }
    const file = requireArg(context.args, 1, 'berkas');
    if (!fs.existsSync(file))
      throw new UsageError({ id: `Berkas tidak ditemukan: ${file}`, en: `File not found: ${file}` });
    const mode = stringFlag(context.flags, 'mode') ?? 'all';
    if (mode !== 'all' && mode !== 'valid-only') {
      throw new UsageError({
        id: '--mode harus all atau valid-only',
        en: '--mode must be all or valid-only',
      });
    }
    const options = {
      actor: cliActor(),
      mode,
      dryRun: context.flags['dry-run'] === true,
      fileName: path.basename(file),
      source: stringFlag(context.flags, 'source') ?? null,
    } as const;
    const db = (await context.database()).db;
    const stream = fs.createReadStream(file);
    let report: ImportReport;
    if (kind === 'active')
      report = await runImport(db, activeImport(currentMonth(context.clock)), stream, options);
    else if (kind === 'targets') {
      const bases = (await listBases(db)).map((b) => b.code);
      report = await runImport(db, targetsImport(bases, options.source), stream, options);
    } else {
      const referenceMonth = stringFlag(context.flags, 'reference-month');
      report = await importWorkforce(
        db,
        stream,
        {
          key: stringFlag(context.flags, 'dataset') ?? path.basename(file, path.extname(file)).toLowerCase(),
          basis: stringFlag(context.flags, 'basis'),
          name: stringFlag(context.flags, 'name'),
          referenceMonth:
            referenceMonth === undefined ? undefined : requireMonth(referenceMonth, 'reference-month'),
          source: options.source ?? undefined,
        },
        options,
      );
    }
    if (context.json) printJson(context, report);
    else context.print(describe(report, context));
    return report.status === 'rejected' ? 3 : 0;
  },
};
