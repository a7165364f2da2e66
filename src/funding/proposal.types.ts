import type { Bilingual } from '../shared/errors.ts';

/** One program's contribution per worker per month, with the article it comes from. */
export interface ProposalCostLine {
  program: string;
  amount: number;
  legalBasis: string;
  explanation: Bilingual;
}

export interface ProposalVillage {
  code: string;
  name: string;
  districtName: string;
  workers: number;
  cost: number;
  reason: Bilingual | null;
}

/** Coverage and rank among the sibling regions, before or after the proposal. */
export interface ProposalStanding {
  active: number | null;
  coverageBp: number | null;
  rank: number | null;
  rankOf: number | null;
}

/**
 * Everything the proposal export shows, already computed by the caller: the renderers (Excel and PDF)
 * only lay it out, so they never read the clock or the database.
 */
export interface ProposalData {
  /** `YYYY-MM-DD`, given by the caller; also the PDF's creation date, so output is reproducible. */
  generatedOn: string;
  generatedBy: string;
  program: {
    code: string;
    name: string;
    funderName: string;
    funderKind: string;
    funderKindLabel: Bilingual;
    source: string;
    sourceLabel: Bilingual;
    fiscalYear: number;
    budget: number;
    /** `YYYY-MM` */
    periodFrom: string;
    /** `YYYY-MM` */
    periodTo: string;
    /** e.g. `['JKK', 'JKM']` */
    programs: string[];
    status: string;
    /** Enrolled so far; 0 for a draft. */
    beneficiaries: number;
  };
  region: { code: string; name: string; levelLabel: Bilingual; parentName: string | null };
  coverage: {
    month: string | null;
    workforce: number | null;
    workforceSource: string | null;
    active: number | null;
    coverageBp: number | null;
    targetBp: number | null;
    targetYear: number | null;
    targetWorkers: number | null;
    gapWorkers: number | null;
  };
  cost: {
    perWorkerMonth: number;
    lines: ProposalCostLine[];
    months: number;
    perWorker: number;
    workers: number;
    total: number;
    leftover: number;
    discountNote: Bilingual;
  };
  effect: {
    before: ProposalStanding;
    after: ProposalStanding;
    /** e.g. "di antara 11 kabupaten/kota di Provinsi Jambi" */
    siblingsLabel: Bilingual;
  };
  /** May be thousands of rows: the PDF paginates them, the workbook lists them all. */
  villages: ProposalVillage[];
  legalBasis: { title: string; detail: Bilingual }[];
  notes: Bilingual[];
}
