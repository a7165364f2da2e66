import { computePu, type PuSheet, puSheet } from '../regulations/contributions/pu.rules.ts';
import type { ParameterBook, UsedParameter } from '../regulations/parameter-book.ts';
import { citeParameter } from '../regulations/parameter-book.ts';
import type { RegulationParameter } from '../regulations/parameters.rules.ts';
import type { Bilingual } from '../shared/errors.ts';
import type { Month } from '../shared/month.ts';
import { BillBatch } from './bill-batch.ts';
import type { BillableRow } from './billing.repo.ts';
import { bpuSector, dueOn, payerKeyOf, puLine } from './billing.rules.ts';
import { type BpuSheet, bpuSheet, bpuSheetParameters, computeBpu } from './bpu.sheet.ts';

/**
 * What one billing run holds while it computes: the bills in columns, the parameters read (the run's
 * snapshot), the problems found, and the PU and BPU sheets of the month resolved once.
 */

const MAX_PROBLEMS = 500;

export interface BillingProblem {
  readonly code: string;
  readonly membershipId: number | null;
  readonly message: Bilingual;
}

const PROBLEM_TEXT: Record<string, Bilingual> = {
  PU_NO_WAGE: { id: 'Tidak ada laporan upah', en: 'No wage report' },
  BPU_INCOME_BELOW_FLOOR: { id: 'Penghasilan di bawah batas terendah', en: 'Income below the floor' },
  BPU_INCOME_NOT_A_LEVEL: {
    id: 'Penghasilan bukan tingkat Lampiran II',
    en: 'Income is not an Annex II level',
  },
  BPU_JHT_RATE_MISSING: { id: 'Tarif JHT BPU tidak tersedia', en: 'No BPU JHT rate in force' },
  PMI_OPEN_CONTRACT: { id: 'Kontrak PMI tanpa tanggal akhir', en: 'PMI contract without an end date' },
  PAYER_ALREADY_BILLED: {
    id: 'Pembayar sudah ditagih bulan ini tanpa kepesertaan ini (tagihan tidak diubah)',
    en: 'The payer was billed for this month without this membership (a bill is never rewritten)',
  },
};

export class RunState {
  readonly batch = new BillBatch();
  readonly used = new Map<string, UsedParameter>();
  readonly problems: BillingProblem[] = [];
  problemCount = 0;
  alreadyBilled = 0;
  /** Memberships already on a bill of the month (loaded only when some payer is billed already). */
  lined: Set<number> | null = null;
  pu: PuSheet | null = null;
  bpu: BpuSheet | null = null;
  /** Each employer's PU bill (index in the batch), so a million workers do not rebuild a million keys. */
  readonly employerBills = new Map<number, number>();
  /** First day of the month (the lines' covers) and the due date, computed once. */
  readonly covers: string;
  readonly due: string;

  constructor(
    readonly book: ParameterBook,
    readonly month: Month,
    readonly asOf: string,
    readonly billed: Set<string>,
  ) {
    this.covers = `${month}-01`;
    this.due = dueOn(month);
  }

  /** Adds parameters read to the run's snapshot (a quote's UsedParameter has the same fields). */
  cite(params: Iterable<RegulationParameter | UsedParameter>): void {
    for (const p of params)
      this.used.set(`${p.code}@${p.effectiveFrom}`, citeParameter(p as RegulationParameter));
  }

  problem(code: string, membershipId: number | null, detail?: string): void {
    this.problemCount++;
    if (this.problems.length >= MAX_PROBLEMS) return;
    const base = PROBLEM_TEXT[code] ?? { id: code, en: code };
    const message = detail ? { id: `${base.id}: ${detail}`, en: `${base.en}: ${detail}` } : base;
    this.problems.push({ code, membershipId, message });
  }

  puSheet(): PuSheet {
    if (!this.pu) {
      const s = puSheet(this.book, this.asOf);
      this.pu = s;
      const discount = s.jkkDiscount ? [s.jkkDiscount.rate, s.jkkDiscount.minWorkers] : [];
      const jkp = s.jkp ? [s.jkp.cap, s.jkp.government, s.jkp.fromJkk, s.jkp.fromJkm] : [];
      this.cite([
        s.jhtEmployer,
        s.jhtWorker,
        ...s.jkkGroups.slice(1),
        s.jkm,
        s.jpEmployer,
        s.jpWorker,
        s.jpCap,
        ...jkp,
        ...discount,
      ]);
    }
    return this.pu;
  }

  bpuSheet(): BpuSheet {
    if (!this.bpu) {
      this.bpu = bpuSheet(this.book, this.asOf);
      this.cite(bpuSheetParameters(this.bpu));
    }
    return this.bpu;
  }
}

/** One PU or BPU membership of the month onto its payer's bill (or a problem, or skipped as billed). */
export function addMembership(state: RunState, row: BillableRow): void {
  const key = payerKeyOf({
    segment: row.segment,
    payerKind: row.payer_kind,
    payerRef: row.payer_ref,
    employerId: row.employer_id,
    projectId: null,
    participantId: row.participant_id,
    membershipId: row.id,
  });
  if (state.billed.has(key)) {
    if (state.lined?.has(row.id)) state.alreadyBilled++;
    else state.problem('PAYER_ALREADY_BILLED', row.id, key);
    return;
  }
  const covers = state.covers;
  const due = state.due;
  if (row.segment === 'PU') {
    if (row.wage === null) {
      state.problem('PU_NO_WAGE', row.id);
      return;
    }
    const amounts = computePu(state.puSheet(), { wage: Number(row.wage), jkkGroup: row.jkk_group as number });
    const line = puLine(amounts, row.bits);
    let bill = state.employerBills.get(row.employer_id as number);
    if (bill === undefined) {
      bill = state.batch.billOf({
        key,
        segment: 'PU',
        payerKind: 'employer',
        employerId: row.employer_id,
        projectId: null,
        participantId: null,
        region: row.employer_village,
        dueOn: due,
      });
      state.employerBills.set(row.employer_id as number, bill);
    }
    state.batch.addLine(bill, {
      membership: row.id,
      participant: row.participant_id,
      coversFrom: covers,
      coversTo: covers,
      base: Number(row.wage),
      other: 0,
      ...line,
    });
    return;
  }
  const result = computeBpu(state.bpuSheet(), {
    income: Number(row.declared_income),
    jht: (row.bits & 1) !== 0,
    payerKind: row.payer_kind,
    sector: bpuSector(row.occupation),
  });
  if (!result.ok) {
    state.problem(result.code, row.id);
    return;
  }
  const self = row.payer_kind === 'self';
  const bill = state.batch.billOf({
    key,
    segment: 'BPU',
    payerKind: row.payer_kind,
    employerId: null,
    projectId: null,
    participantId: self ? row.participant_id : null,
    region: self ? row.person_village : null,
    dueOn: due,
  });
  state.batch.addLine(
    bill,
    {
      membership: row.id,
      participant: row.participant_id,
      coversFrom: covers,
      coversTo: covers,
      base: Number(row.declared_income),
      employer: 0,
      worker: result.column === 'worker' ? result.amount : 0,
      government: result.column === 'government' ? result.amount : 0,
      other: result.column === 'other' ? result.amount : 0,
      amount: result.amount,
    },
    row.person_village,
  );
}
