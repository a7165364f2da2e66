import { CHILD_UNITS } from '../regions/regions.rules.ts';
import type { WorkforceCandidate } from '../workforce/workforce.rules.ts';
import type { CoverageFigures } from './coverage.figures.ts';
import type { BatchLabel } from './coverage.repo.ts';
import type { CoverageReport } from './coverage.schemas.ts';

/** Says where a region's active figure comes from: a named import, a registry, or a sum of children. */
export function activeSourceOf(
  f: CoverageFigures,
  batch: BatchLabel | null,
): CoverageReport['source']['active'] {
  const childrenTotal = f.region.child_count;
  if (!f.active) {
    return {
      kind: 'none',
      origin: 'none',
      label: 'Tidak ada data',
      labelEn: 'No data',
      importId: null,
      reportingChildren: null,
      childrenTotal,
      complete: false,
      isDemo: false,
    };
  }
  const isDemo = batch?.isDemo ?? false;
  if (f.active.origin === 'reported') {
    const what = batch?.source ?? batch?.fileName ?? `#${f.active.importId}`;
    const registry = f.active.sourceKind === 'registry';
    return {
      kind: f.active.sourceKind,
      origin: 'reported',
      label: registry ? 'Registri peserta' : `Laporan impor: ${what}`,
      labelEn: registry ? 'Participant registry' : `Imported report: ${what}`,
      importId: f.active.importId,
      reportingChildren: null,
      childrenTotal,
      complete: true,
      isDemo,
    };
  }
  const unit = CHILD_UNITS[f.region.level] ?? { id: 'wilayah', en: 'regions' };
  // Say which source the sum is of: the registry, or the registry beside imported reports.
  const of = {
    registry: ['Registri peserta: ', 'Participant registry: '],
    mixed: ['Registri peserta + laporan impor: ', 'Participant registry + imported reports: '],
    import: ['', ''],
  }[f.active.sourceKind];
  return {
    kind: f.active.sourceKind,
    origin: 'children',
    label: `${of[0]}Jumlah ${f.active.reportingChildren} dari ${childrenTotal} ${unit.id}`,
    labelEn: `${of[1]}Sum of ${f.active.reportingChildren} of ${childrenTotal} ${unit.en}`,
    importId: null,
    reportingChildren: f.active.reportingChildren,
    childrenTotal,
    complete: f.activeComplete,
    isDemo,
  };
}

export function workforceSourceOf(w: WorkforceCandidate | null): CoverageReport['source']['workforce'] {
  if (!w) return null;
  return {
    datasetKey: w.datasetKey,
    datasetName: w.datasetName,
    basis: w.basis,
    referenceMonth: w.referenceMonth,
    source: w.source,
    origin: w.origin,
    note: w.note,
    isDemo: w.isDemo,
  };
}
