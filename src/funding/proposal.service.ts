import type { Actor } from '../auth/actor.ts';
import type { CoverageContext } from '../coverage/coverage.service.ts';
import type { Executor } from '../db/database.ts';
import { AppError, type Bilingual } from '../shared/errors.ts';
import { addMonths, type Month } from '../shared/month.ts';
import { beneficiariesByVillage } from './funding.repo.ts';
import {
  FUNDER_KIND_LABELS,
  type FunderKind,
  payerKindOfFunder,
  periodMonths,
  SOURCE_LABELS,
} from './funding.rules.ts';
import { programView, requireProgram } from './funding.service.ts';
import { optimizeFor } from './optimize.service.ts';
import type { ProposalData, ProposalVillage } from './proposal.types.ts';
import { costExplanation, pricedPeriod } from './simulation.service.ts';
import { simulateBudget } from './simulator.rules.ts';
import { regionSnapshot } from './snapshot.service.ts';

const LEVEL_LABELS: Record<number, Bilingual> = {
  0: { id: 'Nasional', en: 'National' },
  1: { id: 'Provinsi', en: 'Province' },
  2: { id: 'Kabupaten/Kota', en: 'Regency/city' },
  3: { id: 'Kecamatan', en: 'District' },
  4: { id: 'Desa/Kelurahan', en: 'Village' },
};

/**
 * The legal basis every proposal cites. The Kemendagri instruction to budget Jamsostek comes yearly in
 * the APBD preparation guideline; its number is not in our fact sheet, so it is named without one and
 * the operator adds the exact reference in the program's own legal-basis text (printed after these).
 */
const LEGAL_BASIS: ProposalData['legalBasis'] = [
  {
    title: 'Undang-Undang Nomor 40 Tahun 2004',
    detail: { id: 'Sistem Jaminan Sosial Nasional', en: 'The national social security system' },
  },
  {
    title: 'Peraturan Pemerintah Nomor 44 Tahun 2015 jo. Nomor 82 Tahun 2019',
    detail: {
      id: 'Program JKK dan JKM; iuran BPU: JKK 1 % dari penghasilan, JKM Rp6.800 (Pasal 16 dan 18)',
      en: 'The JKK and JKM programs; BPU contributions: JKK 1 % of income, JKM Rp6,800 (articles 16 and 18)',
    },
  },
  {
    title: 'Instruksi Presiden Nomor 2 Tahun 2021',
    detail: {
      id: 'Optimalisasi pelaksanaan program Jaminan Sosial Ketenagakerjaan: gubernur, bupati dan wali kota mengalokasikan anggaran bagi pekerja rentan',
      en: 'Optimising employment social security: governors, regents and mayors budget for vulnerable workers',
    },
  },
  {
    title: 'Instruksi Presiden Nomor 4 Tahun 2022',
    detail: {
      id: 'Percepatan penghapusan kemiskinan ekstrem (sasaran desil 1)',
      en: 'Accelerating the elimination of extreme poverty (decile 1 first)',
    },
  },
  {
    title: 'Pedoman penyusunan APBD dari Kementerian Dalam Negeri',
    detail: {
      id: 'Kemendagri meminta daerah memuat perlindungan Jamsostek dalam RKPD dan APBD (nomor peraturan/surat edaran tahun berjalan diisi pada dasar hukum program)',
      en: 'Kemendagri asks regions to put Jamsostek protection in their RKPD and APBD (the current regulation/circular number goes in the program’s legal basis)',
    },
  },
  {
    title: 'Peraturan Pemerintah Nomor 50 Tahun 2025',
    detail: {
      id: 'Diskon 50 % JKK dan JKM BPU tidak berlaku bagi iuran yang dibayar APBN/APBD',
      en: 'The 50 % BPU JKK and JKM discount does not apply to contributions paid from APBN/APBD',
    },
  },
];

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

/**
 * Where the region stood the month before the program starts — what a budget paper argues from —
 * or, when that month has no figures (a program planned beyond the data), the latest month.
 */
async function snapshotBefore(
  db: Executor,
  actor: Actor,
  code: string,
  from: Month,
  context: CoverageContext,
) {
  try {
    return await regionSnapshot(db, actor, code, context, addMonths(from, -1));
  } catch (error) {
    if (error instanceof AppError && error.code === 'VALIDATION_FAILED')
      return regionSnapshot(db, actor, code, context);
    throw error;
  }
}

/** PP 50/2025 in the words of the funder: a government budget never gets the discount. */
function discountNote(funderKind: string, quoteNotes: readonly Bilingual[]): Bilingual {
  if (payerKindOfFunder(funderKind as FunderKind) === 'government')
    return {
      id: 'PP 50/2025: diskon 50 % iuran JKK dan JKM BPU tidak berlaku bagi iuran yang dibayar APBN/APBD; biaya dihitung dengan tarif penuh.',
      en: 'PP 50/2025: the 50 % discount on BPU JKK and JKM does not apply to contributions paid from APBN/APBD; the cost uses full rates.',
    };
  return (
    quoteNotes.find((n) => n.en.includes('PP 50/2025')) ?? {
      id: 'Tidak ada diskon iuran yang berlaku pada bulan pertama program.',
      en: 'No contribution discount applies in the program’s first month.',
    }
  );
}

const standing = (
  s: { active: number; coverageBp: number; rank: number | null; rankOf: number | null } | null,
) => ({
  active: s?.active ?? null,
  coverageBp: s?.coverageBp ?? null,
  rank: s?.rank ?? null,
  rankOf: s?.rankOf ?? null,
});

async function proposalVillages(
  db: Executor,
  actor: Actor,
  view: Awaited<ReturnType<typeof programView>>,
  context: CoverageContext,
): Promise<ProposalVillage[]> {
  const perWorker = view.costPerWorker ?? 0;
  if (view.beneficiaries > 0)
    return (await beneficiariesByVillage(db, view.id)).map((v) => ({
      code: v.code,
      name: v.name,
      districtName: v.district_name,
      workers: v.workers,
      cost: v.workers * perWorker,
      reason: null,
    }));
  try {
    const plan = await optimizeFor(
      db,
      actor,
      {
        regionCode: view.regionCode,
        budget: view.budget,
        // A budget paper for vulnerable workers argues from the poorest first (Inpres 4/2022).
        strategy: 'poorest_first',
        from: view.periodFrom,
        to: view.periodTo,
        funderKind: view.funderKind,
      },
      context,
    );
    const byVillage = new Map<string, ProposalVillage>();
    for (const c of plan.choices) {
      const v = byVillage.get(c.villageCode);
      if (v) byVillage.set(c.villageCode, { ...v, workers: v.workers + c.workers, cost: v.cost + c.cost });
      else
        byVillage.set(c.villageCode, {
          code: c.villageCode,
          name: c.villageName,
          districtName: c.districtName,
          workers: c.workers,
          cost: c.cost,
          reason: c.reason,
        });
    }
    return [...byVillage.values()];
  } catch (error) {
    if (error instanceof AppError) return [];
    throw error;
  }
}
