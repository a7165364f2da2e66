import { useId } from 'react';
import { formatCount, formatMonth } from '../../../../src/shared/format.ts';
import { useMeta } from '../../api/useMeta.ts';
import { useRanking } from '../../api/useRanking.ts';
import { CoverageLegend } from '../../components/CoverageLegend.tsx';
import { CoverageTable } from '../../components/coverage-table/CoverageTable.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { ExportLinks } from '../../components/ExportLinks.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { useT } from '../../i18n.ts';
import { capitalize, pluralLabel } from '../../lib/regionLevel.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useDashboardParams } from '../../state/urlParams.ts';
import { RankingControls } from './RankingControls.tsx';
import { PAGE_PARAM, readRankingState, VILLAGE_LIMIT } from './rankingParams.ts';

const COLUMNS = ['rank', 'name', 'workforce', 'active', 'coverage', 'target', 'gap', 'monthlyCost'] as const;

/** `/peringkat`: every region of one level inside an area, ranked by coverage, paged by 100. */
export function RankingPage() {
  const { t, lang } = useT();
  const headingId = useId();
  const { month, basis, params, setQuery } = useDashboardParams();
  const state = readRankingState(params);
  const ranking = useRanking({ ...state, code: state.area, month, basis });
  const meta = useMeta();
  const data = meta.isPending ? undefined : ranking.data;
  useDocumentTitle(t('rankingTitle'));

  const pages = data ? Math.max(1, Math.ceil(data.total / state.limit)) : 1;
  const slow = state.area === '00' && state.level === 4;
  const title = capitalize(pluralLabel(t, state.level));

  return (
    <div className="ranking-page">
      <div className="region-heading">
        <h1>{t('rankingTitle')}</h1>
        <p className="region-meta">{t('rankingIntro')}</p>
      </div>
      <RankingControls
        state={state}
        areaName={data?.region.name ?? (state.area === '00' ? 'Indonesia' : state.area)}
      />
      {slow && <p className="hint">{t('rankingSlow')}</p>}
      <section className="panel" aria-labelledby={headingId}>
        <div className="panel-header">
          <h2 id={headingId}>
            {title}
            {data && <span className="count">{formatCount(data.total, lang)}</span>}
          </h2>
          <ExportLinks
            args={{
              code: state.area,
              table: 'ranking',
              level: state.level,
              month: data?.month ?? month,
              basis,
            }}
            testId="export-ranking"
          />
        </div>
        {ranking.isError ? (
          <ErrorState error={ranking.error} onRetry={() => ranking.refetch()} />
        ) : !data ? (
          <LoadingText visible slow={slow} />
        ) : (
          <>
            <p className="muted small">
              {t('rankingSummary', {
                total: formatCount(data.total, lang),
                withCoverage: formatCount(data.withCoverage, lang),
                month: formatMonth(data.month, lang),
              })}
            </p>
            {state.level === 4 && data.total > VILLAGE_LIMIT && (
              <p className="hint">{t('rankingVillageLimit', { limit: formatCount(VILLAGE_LIMIT, lang) })}</p>
            )}
            <CoverageTable
              rows={data.rows}
              columns={COLUMNS}
              caption={`${t('rankingTitle')} — ${title}`}
              testId="ranking-table"
              rowTestIdPrefix="rank-row-"
              busy={ranking.isPlaceholderData}
              tall
            />
            <Pagination
              page={state.page}
              pages={state.level === 4 ? 1 : pages}
              onPage={(page) => setQuery({ [PAGE_PARAM]: page > 1 ? String(page) : undefined })}
            />
            <CoverageLegend />
          </>
        )}
      </section>
    </div>
  );
}
