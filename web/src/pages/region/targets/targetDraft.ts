import type { CoverageReport } from '../../../../../src/coverage/coverage.schemas.ts';
import type { TargetRecord } from '../../../api/useTargets.ts';
import type { Lang } from '../../../i18n.ts';

/** The target form's fields as typed; `basis` '' means "every basis". */
export interface TargetDraft {
  year: string;
  pct: string;
  basis: string;
  source: string;
  note: string;
}

/** A percentage as people type it, `65`, `62,5` or `62.50 %`: 0–100 with at most two decimals. */
export function parsePercent(text: string): number | null {
  const clean = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(clean)) return null;
  const value = Number(clean);
  return value <= 100 ? value : null;
}

export function parseYear(text: string): number | null {
  const year = Number(text.trim());
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null;
}

/** Written back with the decimal mark of the language on screen. */
const percentText = (value: number, lang: Lang) =>
  lang === 'id' ? String(value).replace('.', ',') : String(value);

/**
 * A new target starts from what the page shows: the year of the target in force (else the month's
 * year), that target's basis (else the basis on screen) and its value. The source is left empty on
 * purpose: a changed figure needs its own reference.
 */
export function draftFromReport(report: CoverageReport, lang: Lang): TargetDraft {
  const current = report.source.target;
  return {
    year: String(report.targetYear ?? report.month.slice(0, 4)),
    pct: report.targetPct === null ? '' : percentText(report.targetPct, lang),
    basis: current ? (current.basis ?? '') : report.basis,
    source: '',
    note: '',
  };
}

/** Editing a saved target keeps its key (year, basis) and reference. */
export function draftFromTarget(target: TargetRecord, lang: Lang): TargetDraft {
  return {
    year: String(target.year),
    pct: percentText(target.targetPct, lang),
    basis: target.basis ?? '',
    source: target.source,
    note: target.note ?? '',
  };
}
