import { useId, useMemo } from 'react';
import { formatMonth } from '../../../src/shared/format.ts';
import type { Meta } from '../api/useMeta.ts';
import { useT } from '../i18n.ts';
import { monthRange } from '../lib/months.ts';
import { MONTH_PARAM, useDashboardParams } from '../state/urlParams.ts';

/**
 * Every month that has data, newest first. Without `?bulan=` the API answers for the latest month with
 * data, which is `meta.months.last`, so that is what the select shows.
 */
export function MonthSelect({ months, loading }: { months: Meta['months']; loading: boolean }) {
  const { t, lang } = useT();
  const id = useId();
  const { month, setQuery } = useDashboardParams();
  const options = useMemo(() => {
    const list = months ? monthRange(months.first, months.last).reverse() : [];
    // A shared link may name a month outside the data range; keep it selectable rather than lie.
    if (month && !list.includes(month)) list.unshift(month);
    return list;
  }, [months, month]);
  const value = month ?? months?.last ?? '';

  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t('monthLabel')}
      </label>
      <select
        id={id}
        data-testid="month-select"
        value={value}
        disabled={loading || options.length === 0}
        onChange={(event) => setQuery({ [MONTH_PARAM]: event.target.value })}
      >
        {options.length === 0 && <option value="">{loading ? t('loading') : '—'}</option>}
        {options.map((m) => (
          <option key={m} value={m}>
            {formatMonth(m, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
