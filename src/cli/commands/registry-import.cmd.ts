import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../db/database.ts';
import { importBeneficiaries } from '../../funding/beneficiaries.service.ts';
import { findProgramByCode } from '../../funding/funding.repo.ts';
import { today } from '../../http/clock.ts';
import {
  REGISTRY_IMPORT_KINDS,
  type RegistryImportKindName,
} from '../../registry/import/registry-import.kind.ts';
import type { ImportProgress } from '../../registry/import/registry-import.progress.ts';
import {
  type RegistryImportReport,
  runRegistryImport,
} from '../../registry/import/registry-import.service.ts';
import { formatCount } from '../../shared/format.ts';
import { type Command, type CommandContext, printJson, requireArg, stringFlag, UsageError } from '../cli.ts';
import { cliActor } from '../cli-actor.ts';

const MB = 1024 * 1024;

/** A progress bar on a terminal (redrawn in place), plain lines every few seconds otherwise; on stderr. */
export function progressPrinter(totalBytes: number, lang: 'id' | 'en', tty = process.stderr.isTTY === true) {
  let last = 0;
  return (p: ImportProgress) => {
    const now = Date.now();
    const done = p.phase === 'done';
    if (!done && now - last < (tty ? 200 : 2000)) return;
    last = now;
    const seconds = Math.max((now - p.startedAt) / 1000, 0.001);
    const share = totalBytes > 0 ? Math.min(p.bytesRead / totalBytes, 1) : 0;
    const phase =
      lang === 'id'
        ? {
            reading: 'membaca',
            checking: 'memeriksa',
            merging: 'menyimpan',
            reporting: 'laporan',
            done: 'selesai',
          }[p.phase]
        : p.phase;
    const rate = Math.round(p.rowsRead / seconds);
    const text = `${phase} · ${formatCount(p.rowsRead, lang)} ${lang === 'id' ? 'baris' : 'rows'} · ${(p.bytesRead / MB).toFixed(1)}/${(totalBytes / MB).toFixed(1)} MB · ${formatCount(rate, lang)} ${lang === 'id' ? 'baris/dtk' : 'rows/s'} · ${formatCount(p.issues, lang)} ${lang === 'id' ? 'masalah' : 'issues'}`;
    if (tty) {
      const width = 24;
      const filled = Math.round(share * width);
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(share * 100)}% ${text}\x1b[K${done ? '\n' : ''}`,
      );
    } else process.stderr.write(`${text}\n`);
  };
}

function describe(report: RegistryImportReport, context: CommandContext): string {
  const id = context.lang === 'id';
  const status = {
    committed: id ? 'DISIMPAN' : 'SAVED',
    rejected: id ? 'DITOLAK — tidak ada yang disimpan' : 'REJECTED — nothing saved',
    validated: id ? 'DIPERIKSA (uji coba) — tidak ada yang disimpan' : 'VALIDATED (dry run) — nothing saved',
  }[report.status];
  const n = (v: number) => formatCount(v, context.lang);
  const lines = [
    `${report.kind}: ${status} (${id ? 'pekerjaan' : 'job'} #${report.jobId}, ${report.seconds.toFixed(1)} s)`,
    `  ${id ? 'baris' : 'rows'} ${n(report.rowsTotal)} · valid ${n(report.rowsValid)} · ${id ? 'bermasalah' : 'invalid'} ${n(report.rowsInvalid)}`,
  ];
  if (report.status === 'committed')
    lines.push(
      `  ${id ? 'baru' : 'new'} ${n(report.inserted)} · ${id ? 'berubah' : 'changed'} ${n(report.updated)} · ${id ? 'tetap' : 'unchanged'} ${n(report.unchanged)} (batch #${report.batchId})`,
    );
  for (const i of report.issues.slice(0, 50))
    lines.push(
      `  ${id ? 'baris' : 'row'} ${i.row}${i.column ? ` [${i.column}]` : ''}: ${id ? i.message : i.messageEn}`,
    );
  if (report.issuesTotal > 50)
    lines.push(
      `  … ${n(report.issuesTotal - 50)} ${id ? 'masalah lain: unduh laporan galat' : 'more: download the error report'} (GET /api/v1/imports/registry/jobs/${report.jobId}/errors.csv)`,
    );
  return lines.join('\n');
}

/** A beneficiary list goes into one funding program, named by its code. */
async function programIdOf(database: Database, context: CommandContext): Promise<number> {
  const code = stringFlag(context.flags, 'program');
  if (!code)
    throw new UsageError({
      id: 'Penerima diimpor ke satu program: --program KODE wajib diisi',
      en: 'Beneficiaries are imported into one program: --program CODE is required',
    });
  const program = await findProgramByCode(database.db, code);
  if (!program)
    throw new UsageError({ id: `Program ${code} tidak ditemukan`, en: `Program ${code} not found` });
  return program.id;
}

export const registryImportCommand: Command = {
  name: 'registry-import',
  summary: {
    id: 'Impor registri (peserta, pemberi kerja, laporan upah, pembayaran) dari CSV/XLSX, dengan kemajuan',
    en: 'Import registry files (participants, employers, wage reports, payments) from CSV/XLSX, with progress',
  },
  usage: `registry-import <${REGISTRY_IMPORT_KINDS.join('|')}> <file.csv|file.xlsx> [--mode all|valid-only] [--dry-run] [--program CODE (beneficiaries)]`,
  valueFlags: ['mode', 'program'],
  async run(context) {
    const kind = requireArg(context.args, 0, 'jenis');
    if (!(REGISTRY_IMPORT_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError({
        id: `Jenis impor tidak dikenal: ${kind} (${REGISTRY_IMPORT_KINDS.join('|')})`,
        en: `Unknown import kind: ${kind} (${REGISTRY_IMPORT_KINDS.join('|')})`,
      });
    }
    const file = requireArg(context.args, 1, 'berkas');
    if (!fs.existsSync(file))
      throw new UsageError({ id: `Berkas tidak ditemukan: ${file}`, en: `File not found: ${file}` });
    const mode = stringFlag(context.flags, 'mode') ?? 'all';
    if (mode !== 'all' && mode !== 'valid-only')
      throw new UsageError({
        id: '--mode harus all atau valid-only',
        en: '--mode must be all or valid-only',
      });
    const database = await context.database();
    const source = fs.createReadStream(file, { highWaterMark: 1 << 20 });
    const options = {
      mode,
      dryRun: context.flags['dry-run'] === true,
      fileName: path.basename(file),
      today: today(context.clock),
      onProgress: context.json ? undefined : progressPrinter(fs.statSync(file).size, context.lang),
    } as const;
    const report =
      kind === 'beneficiaries'
        ? await importBeneficiaries(
            database,
            cliActor(),
            await programIdOf(database, context),
            source,
            options,
          )
        : await runRegistryImport(database, kind as RegistryImportKindName, source, {
            ...options,
            actor: cliActor(),
          });
    if (context.json) printJson(context, report);
    else context.print(describe(report, context));
    return report.status === 'rejected' ? 3 : 0;
  },
};
