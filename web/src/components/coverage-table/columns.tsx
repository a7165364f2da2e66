import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { CoverageRow } from '../../../../src/coverage/coverage.schemas.ts';
import {
  formatCount,
  formatPercent,
  formatRupiah,
  formatRupiahShort,
} from '../../../../src/shared/format.ts';
import { type Translate, useT } from '../../i18n.ts';
import { regionPath, useDashboardParams } from '../../state/urlParams.ts';
import { Badge } from '../Badge.tsx';
import { CoveragePill } from '../CoveragePill.tsx';
import { Figure } from '../Missing.tsx';

export type ColumnKey =
  | 'name'
  | 'workforce'
  | 'active'
  | 'coverage'
  | 'target'
  | 'gap'
  | 'monthlyCost'
  | 'rank';

export interface Column {
  key: ColumnKey;
  label: string;
  numeric: boolean;
  sortValue: (row: CoverageRow) => number | string | null;
  render: (row: CoverageRow) => ReactNode;
}

/** Why a coverage is missing, in the words of the row's own gaps. */
function coverageReason(t: Translate, row: CoverageRow): string {
  if (row.workforce === null) return t('missingWorkforce');
  if (row.active === null) return t('missingActive');
  return t('missingCoverage');
}

function gapReason(t: Translate, row: CoverageRow): string {
  return row.targetPct === null ? t('missingTarget') : t('missingGap');
}

/** Column definitions shared by the children table and the ranking table, in the order asked for. */
export function useCoverageColumns(order: readonly ColumnKey[]): Column[] {
  const { t, lang } = useT();
  const { withParams } = useDashboardParams();
  const all: Record<ColumnKey, Column> = {
    name: {
      key: 'name',
      label: t('colName'),
      numeric: false,
      sortValue: (row) => row.name,
      render: (row) => (
        <span className="cell-name">
          <Link href={withParams(regionPath(row.code))}>{row.name}</Link>
          <span className="cell-code">{row.code}</span>
          {row.estimated && (
            <Badge tone="info" title={t('estimatedHelp')}>
              {t('estimated')}
            </Badge>
          )}
          {!row.complete && row.active !== null && (
            <Badge tone="warn" title={t('incompleteHelp')}>
              {t('incomplete')}
            </Badge>
          )}
        </span>
      ),
    },
    workforce: {
      key: 'workforce',
      label: t('colWorkforce'),
      numeric: true,
      sortValue: (row) => row.workforce,
      render: (row) => (
        <Figure value={row.workforce} format={(v) => formatCount(v, lang)} reason={t('missingWorkforce')} />
      ),
    },
    active: {
      key: 'active',
      label: t('colActive'),
      numeric: true,
      sortValue: (row) => row.active,
      render: (row) => (
        <Figure value={row.active} format={(v) => formatCount(v, lang)} reason={t('missingActive')} />
      ),
    },
    coverage: {
      key: 'coverage',
      label: t('colCoverage'),
      numeric: true,
      sortValue: (row) => row.coveragePct,
      render: (row) => <CoveragePill value={row.coveragePct} reason={coverageReason(t, row)} />,
    },
    target: {
      key: 'target',
      label: t('colTarget'),
      numeric: true,
      sortValue: (row) => row.targetPct,
      render: (row) => (
        <Figure
          value={row.targetPct}
          format={(v) => formatPercent(v, lang)}
          reason={t('missingTarget')}
          title={row.targetYear ? t('kpiTargetYear', { year: row.targetYear }) : undefined}
        />
      ),
    },
    gap: {
      key: 'gap',
      label: t('colGap'),
      numeric: true,
      sortValue: (row) => row.gapWorkers,
      render: (row) => (
        <Figure value={row.gapWorkers} format={(v) => formatCount(v, lang)} reason={gapReason(t, row)} />
      ),
    },
    monthlyCost: {
      key: 'monthlyCost',
      label: t('colMonthlyCost'),
      numeric: true,
      sortValue: (row) => row.gapMonthlyCost,
      render: (row) => (
        <Figure
          value={row.gapMonthlyCost}
          format={(v) => formatRupiahShort(v, lang)}
          title={formatRupiah(row.gapMonthlyCost, lang)}
          reason={gapReason(t, row)}
        />
      ),
    },
    rank: {
      key: 'rank',
      label: t('colRank'),
      numeric: true,
      sortValue: (row) => row.rank,
      render: (row) => (
        <Figure value={row.rank} format={(v) => formatCount(v, lang)} reason={t('missingRank')} />
      ),
    },
  };
  return order.map((key) => all[key]);
}
