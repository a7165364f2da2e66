import { getRanking } from '../../coverage/coverage.ranking.ts';
import type { CoverageReport } from '../../coverage/coverage.schemas.ts';
import { getCoverageReport } from '../../coverage/coverage.service.ts';
import { visibleReport } from '../../coverage/coverage.visibility.ts';
import { currentMonth } from '../../http/clock.ts';
import { formatCount, formatMonth, formatPercent, formatRupiah, type Lang } from '../../shared/format.ts';
import { type Month, requireMonth } from '../../shared/month.ts';
import { type Command, type CommandContext, intFlag, printJson, requireArg, stringFlag } from '../cli.ts';
import { cliActor } from '../cli-actor.ts';

const monthFlag = (context: CommandContext, name: string): Month | undefined => {
  const value = stringFlag(context.flags, name);
  return value === undefined ? undefined : requireMonth(value, name);
};

function describe(report: CoverageReport, lang: Lang): string {
  const t = (id: string, en: string) => (lang === 'id' ? id : en);
  const s = report.segments;
  const lines = [
    `${report.region.name} (${report.region.code}) — ${formatMonth(report.month, lang)} — ${t('basis', 'basis')}: ${lang === 'id' ? report.basisName : report.basisNameEn}${report.isDemo ? t(' — DATA DEMO', ' — DEMO DATA') : ''}`,
    `  ${t('Angkatan kerja', 'Workforce').padEnd(16)} ${formatCount(report.workforce, lang).padStart(14)}   ${report.source.workforce?.datasetName ?? ''}`,
    `  ${t('Peserta aktif', 'Active').padEnd(16)} ${formatCount(report.active, lang).padStart(14)}   ${
      s
        ? `PU ${formatCount(s.PU, lang)} · BPU ${formatCount(s.BPU, lang)} · Jakon ${formatCount(s.JAKON, lang)} · PMI ${formatCount(s.PMI, lang)}`
        : ''
    }`,
    `  ${t('Cakupan', 'Coverage').padEnd(16)} ${formatPercent(report.coveragePct, lang).padStart(14)}   ${t('target', 'target')} ${formatPercent(report.targetPct, lang)}${report.targetYear ? ` (${report.targetYear})` : ''}`,
    `  ${t('Kesenjangan', 'Gap').padEnd(16)} ${formatCount(report.gapWorkers, lang).padStart(14)}   ${formatRupiah(report.gapMonthlyCost, lang)}${t('/bulan', '/month')} · ${formatRupiah(report.gapYearlyCost, lang)}${t('/tahun', '/year')} (${formatRupiah(report.costPerWorkerMonth, lang)} ${t('per pekerja-bulan', 'per worker-month')})`,
    `  ${t('Peringkat', 'Rank').padEnd(16)} ${report.rank === null ? '—' : `${report.rank} ${t('dari', 'of')} ${report.rankOf}`}`,
  ];
  if (report.change) {
    lines.push(
      `  ${t('Perubahan', 'Change').padEnd(16)} ${formatPercent(report.change.activeChangePct, lang, { signed: true }).padStart(14)}   ${t('sejak', 'since')} ${formatMonth(report.change.fromMonth, lang)} (${formatCount(report.change.activeChange, lang)})`,
    );
  }
  lines.push(
    `  ${t('Sumber', 'Source')}: ${lang === 'id' ? report.source.active.label : report.source.active.labelEn}`,
  );
  for (const note of report.notes) lines.push(`  ! ${lang === 'id' ? note.message : note.messageEn}`);
  return lines.join('\n');
}

export const coverageCommand: Command = {
  name: 'coverage',
  summary: { id: 'Cakupan satu wilayah', en: 'Coverage of one region' },
  usage: 'coverage <kode-wilayah> [--month YYYY-MM] [--basis potential|bps] [--compare YYYY-MM] [--json]',
  valueFlags: ['month', 'basis', 'compare'],
  async run(context) {
    const database = await context.database();
    const report = await getCoverageReport(
      database.db,
      {
        regionCode: requireArg(context.args, 0, 'kode-wilayah'),
        month: monthFlag(context, 'month'),
        basis: stringFlag(context.flags, 'basis'),
        compare: monthFlag(context, 'compare'),
      },
      { defaultBasis: context.config.defaultBasis, currentMonth: currentMonth(context.clock) },
    );
    // The operator at the command line sees everything (national scope), as the API answers inside a scope.
    if (context.json) printJson(context, visibleReport(cliActor(), report));
    else context.print(describe(report, context.lang));
    return 0;
  },
};

export const rankingCommand: Command = {
  name: 'ranking',
  summary: { id: 'Peringkat wilayah menurut cakupan', en: 'Regions ranked by coverage' },
  usage: 'ranking <kode-wilayah> [--level 1-4] [--month YYYY-MM] [--basis …] [--limit N] [--json]',
  valueFlags: ['level', 'month', 'basis', 'limit'],
  async run(context) {
    const database = await context.database();
    const ranking = await getRanking(
      database.db,
      {
        regionCode: requireArg(context.args, 0, 'kode-wilayah'),
        level: intFlag(context.flags, 'level', 1, 4),
        month: monthFlag(context, 'month'),
        basis: stringFlag(context.flags, 'basis'),
        limit: intFlag(context.flags, 'limit', 1, 100_000),
      },
      { defaultBasis: context.config.defaultBasis, currentMonth: currentMonth(context.clock) },
    );
    if (context.json) printJson(context, { ...ranking, visibility: 'full' });
    else {
      context.print(
        `${ranking.region.name} — ${formatMonth(ranking.month, context.lang)} — ${ranking.basis}`,
      );
      for (const row of ranking.rows) {
        context.print(
          `${String(row.rank ?? '—').padStart(4)}  ${row.code.padEnd(14)} ${row.name.padEnd(36)} ${formatPercent(row.coveragePct, context.lang).padStart(9)}  ${formatCount(row.active, context.lang).padStart(12)} / ${formatCount(row.workforce, context.lang)}`,
        );
      }
    }
    return 0;
  },
};
