import type { Actor } from '../auth/actor.ts';
import type { CoverageContext } from '../coverage/coverage.service.ts';
import type { Executor } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import type { Month } from '../shared/month.ts';
import { FUNDER_KIND_LABELS, periodMonths, SOURCE_LABELS } from './funding.rules.ts';
import { requireProgram } from './funding.service.ts';
import { programView } from './program.view.ts';
import { discountNote, LEGAL_BASIS, LEVEL_LABELS } from './proposal.texts.ts';
import type { ProposalData } from './proposal.types.ts';
import { proposalVillages, snapshotBefore } from './proposal.villages.ts';
import { costExplanation, pricedPeriod } from './simulation.service.ts';
import { simulateBudget } from './simulator.rules.ts';

/**
 * Everything the proposal shows, computed here so the Excel and PDF renderers only lay it out. The
 * villages are the program's beneficiaries by village once it has enrolled people; for a draft, the
 * optimizer's poorest-first choice for the program's budget over its whole region, each with its
 * reason (the program's own village, occupation and poverty targeting applies when its list is imported).
 */
export async function assembleProposal(
  db: Executor,
  actor: Actor,
  id: number,
  context: CoverageContext,
  generatedOn: string,
): Promise<ProposalData> {
  const row = await requireProgram(db, actor, id);
  const view = await programView(db, row);
  if (view.costPerWorker === null)
    throw new AppError('REGULATION_PARAMETER_MISSING', {
      id: 'Iuran BPU untuk periode program belum ada di parameter regulasi',
      en: 'BPU contribution parameters do not cover the program period yet',
    });
  const period = { from: view.periodFrom, to: view.periodTo, funderKind: view.funderKind };
  const [costs, snap] = await Promise.all([
    pricedPeriod(db, period),
    snapshotBefore(db, actor, view.regionCode, view.periodFrom as Month, context),
  ]);
  const workers = view.beneficiaries > 0 ? view.beneficiaries : (view.capacity ?? 0);
  const total = workers * view.costPerWorker;
  const sim =
    total > 0
      ? simulateBudget({
          budget: total,
          monthCosts: costs.map(({ month, amount }) => ({ month, amount })),
          region: snap.region,
          siblings: snap.siblings,
        })
      : null;
  const before = sim?.ok ? sim.before : null;
  const after = sim?.ok ? sim.after : null;
  const villages = await proposalVillages(db, actor, view, context);
  const explanation = costExplanation(costs);
  const siblingsCount = snap.siblings.length;
  const level = snap.report.region.level;
  return {
    generatedOn,
    generatedBy: actor.label,
    program: {
      code: view.code,
      name: view.name,
      funderName: view.funderName,
      funderKind: view.funderKind,
      funderKindLabel: FUNDER_KIND_LABELS[row.funder_kind],
      source: view.source,
      sourceLabel: SOURCE_LABELS[row.source],
      fiscalYear: view.fiscalYear,
      budget: view.budget,
      periodFrom: view.periodFrom,
      periodTo: view.periodTo,
      programs: view.programs,
      status: view.status,
      beneficiaries: view.beneficiaries,
    },
    region: {
      code: snap.region.code,
      name: snap.region.name,
      levelLabel: LEVEL_LABELS[level] ?? { id: 'Wilayah', en: 'Region' },
      parentName: snap.parentName,
    },
    coverage: {
      month: snap.report.month,
      workforce: snap.region.workforce,
      workforceSource: snap.report.source.workforce?.datasetName ?? snap.report.basisName,
      active: snap.region.active,
      coverageBp: before?.coverageBp ?? null,
      targetBp: snap.region.targetBp,
      targetYear: snap.report.targetYear,
      targetWorkers: snap.report.targetWorkers,
      gapWorkers: snap.report.gapWorkers,
    },
    cost: {
      perWorkerMonth: view.costPerWorkerMonth ?? 0,
      lines: explanation.lines,
      months: periodMonths(view.periodFrom as Month, view.periodTo as Month).length,
      perWorker: view.costPerWorker,
      workers,
      total,
      leftover: view.budget - total,
      discountNote: discountNote(view.funderKind, explanation.notes),
    },
    effect: {
      before: standing(before),
      after: standing(after),
      siblingsLabel: {
        id: `di antara ${siblingsCount} wilayah di ${snap.parentName ?? 'Indonesia'}`,
        en: `among ${siblingsCount} regions of ${snap.parentName ?? 'Indonesia'}`,
      },
    },
    villages,
    legalBasis: [
      ...LEGAL_BASIS,
      ...(view.legalBasis
        ? [{ title: view.legalBasis, detail: { id: 'Dasar hukum program', en: 'Program legal basis' } }]
        : []),
    ],
    notes: [
      {
        id: `Data cakupan bulan ${snap.report.month}; biaya dari parameter regulasi yang berlaku tiap bulan.`,
        en: `Coverage data of ${snap.report.month}; costs from the regulation parameters in force each month.`,
      },
      ...(view.beneficiaries > 0
        ? []
        : [
            {
              id: 'Daftar desa adalah usulan optimasi (belum ada penerima terdaftar).',
              en: 'The village list is the optimizer’s proposal (no beneficiaries enrolled yet).',
            },
          ]),
    ],
  };
}

const standing = (
  s: { active: number; coverageBp: number; rank: number | null; rankOf: number | null } | null,
) => ({
  active: s?.active ?? null,
  coverageBp: s?.coverageBp ?? null,
  rank: s?.rank ?? null,
  rankOf: s?.rankOf ?? null,
});
