import { useId } from 'react';
import type { RegionSummary } from '../../../../src/shared/schemas.ts';
import { useT } from '../../i18n.ts';
import { RegionSearch } from '../../layout/RegionSearch.tsx';
import { levelLabel } from '../../lib/regionLevel.ts';
import { useDashboardParams } from '../../state/urlParams.ts';
import { AREA_PARAM, LEVEL_PARAM, ORDER_PARAM, PAGE_PARAM, type RankingState } from './rankingParams.ts';

export function RankingControls({ state, areaName }: { state: RankingState; areaName: string }) {
  const { t } = useT();
  const levelId = useId();
  const orderId = useId();
  const { setQuery } = useDashboardParams();
  const levels = [1, 2, 3, 4].filter((l) => l > state.areaLevel);

  function chooseArea(region: RegionSummary) {
    setQuery({ [AREA_PARAM]: region.code, [LEVEL_PARAM]: undefined, [PAGE_PARAM]: undefined });
  }

  return (
    <div className="ranking-controls">
      <div className="field field-area">
        <span className="field-label">{t('rankingArea')}</span>
        <div className="area-row">
          <strong className="area-name">{areaName}</strong>
          {state.area !== '00' && (
            <button
              type="button"
              className="button button-small button-ghost"
              onClick={() =>
                setQuery({ [AREA_PARAM]: undefined, [LEVEL_PARAM]: undefined, [PAGE_PARAM]: undefined })
              }
            >
              {t('rankingResetArea')}
            </button>
          )}
        </div>
        <RegionSearch onSelect={chooseArea} label={t('rankingChangeArea')} />
      </div>
      <div className="field">
        <label htmlFor={levelId} className="field-label">
          {t('rankingLevel')}
        </label>
        <select
          id={levelId}
          value={state.level}
          onChange={(e) => setQuery({ [LEVEL_PARAM]: e.target.value, [PAGE_PARAM]: undefined })}
        >
          {levels.map((l) => (
            <option key={l} value={l}>
              {levelLabel(t, l)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={orderId} className="field-label">
          {t('rankingOrder')}
        </label>
        <select
          id={orderId}
          value={state.order}
          onChange={(e) =>
            setQuery({ [ORDER_PARAM]: e.target.value === 'asc' ? 'asc' : undefined, [PAGE_PARAM]: undefined })
          }
        >
          <option value="desc">{t('orderDesc')}</option>
          <option value="asc">{t('orderAsc')}</option>
        </select>
      </div>
    </div>
  );
}
