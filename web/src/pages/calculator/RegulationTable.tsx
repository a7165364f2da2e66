import { useId, useMemo, useState } from 'react';
import { useRegulations } from '../../api/useQuotes.ts';
import { Badge } from '../../components/Badge.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { useT } from '../../i18n.ts';
import { formatParameterValue, formatPeriod } from './calcFormat.ts';
import { Confidence } from './Explanation.tsx';
import { filterGroups, groupParameters, type HistoryRow } from './regulationRows.ts';

/**
 * "Parameter regulasi": every dated rate, cap and amount the calculator reads, grouped by code with
 * its history, and the periods whose value is unknown (to be entered by an administrator).
 */
export function RegulationTable() {
  const { t } = useT();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const regulations = useRegulations();
  const groups = useMemo(() => groupParameters(regulations.data?.parameters ?? []), [regulations.data]);
  const shown = useMemo(() => filterGroups(groups, filter), [groups, filter]);
  const gaps = groups.reduce((sum, group) => sum + group.gaps, 0);

  return (
    <details className="panel calc-regulations" data-testid="calc-regulations">
      <summary>
        <span className="panel-title">{t('calcRegulationsTitle')}</span>
        {regulations.data && <span className="count">{groups.length}</span>}
      </summary>
      <p className="field-help">{t('calcRegulationsIntro')}</p>
      {gaps > 0 && <p className="hint">{t('calcRegulationsGaps', { count: gaps })}</p>}
      <div className="field calc-filter">
        <label htmlFor={filterId} className="field-label">
          {t('calcRegulationsFilter')}
        </label>
        <input
          id={filterId}
          className="input"
          type="search"
          value={filter}
          placeholder="pu.jp"
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      {regulations.isPending && <p className="loading-text">{t('loading')}</p>}
      {regulations.error && <ErrorState error={regulations.error} onRetry={() => regulations.refetch()} />}
      {regulations.data && (
        <div className="table-scroll table-scroll-tall">
          <table className="data-table compact-table calc-regulation-table">
            <caption className="sr-only">{t('calcRegulationsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('calcParamPeriod')}</th>
                <th scope="col" className="num">
                  {t('calcParamValue')}
                </th>
                <th scope="col">{t('calcLegalBasis')}</th>
                <th scope="col">{t('calcParamConfidence')}</th>
                <th scope="col">{t('calcParamSource')}</th>
                <th scope="col">{t('calcParamNote')}</th>
              </tr>
            </thead>
            {shown.map((group) => (
              <tbody key={group.code} data-testid={`calc-param-${group.code}`}>
                <tr className="calc-group-row">
                  <th scope="rowgroup" colSpan={6}>
                    <code>{group.code}</code>
                    {group.gaps > 0 && <Badge tone="warn">{t('calcUnknownBadge')}</Badge>}
                  </th>
                </tr>
                {group.rows.map((row) => (
                  <HistoryLine key={row.kind === 'value' ? row.row.id : `gap:${row.gap.from}`} row={row} />
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </details>
  );
}

function HistoryLine({ row }: { row: HistoryRow }) {
  const { t, lang } = useT();
  if (row.kind === 'gap') {
    return (
      <tr className="calc-gap-row">
        <td>{formatPeriod(row.gap.from, row.gap.to, lang)}</td>
        <td className="num">
          <strong>{t('calcUnknownValue')}</strong>
        </td>
        <td colSpan={4} className="wrap calc-text">
          {t('calcUnknownExplain')}
        </td>
      </tr>
    );
  }
  const p = row.row;
  return (
    <tr>
      <td>{formatPeriod(p.effectiveFrom, p.effectiveTo, lang)}</td>
      <td className="num">{formatParameterValue(p.value, p.unit, lang)}</td>
      <td className="wrap calc-text">{[p.legalBasis, p.article].filter(Boolean).join(' ')}</td>
      <td>
        <Confidence level={p.confidence} />
      </td>
      <td>{t(p.source === 'operator' ? 'calcSourceOperator' : 'calcSourceSeed')}</td>
      <td className="wrap calc-text calc-note">{p.note ?? ''}</td>
    </tr>
  );
}
