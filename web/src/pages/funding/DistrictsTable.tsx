import { formatCount, formatPercent } from '../../../../src/shared/format.ts';
import type { OptimizeAnswer } from '../../api/useFundingTools.ts';
import { useT } from '../../i18n.ts';

/** The district chart as text: workers added, coverage before and after, target. */
export function DistrictsTable({ districts }: { districts: OptimizeAnswer['districts'] }) {
  const { t, lang } = useT();
  const pct = (bp: number | null) => formatPercent(bp === null ? null : bp / 100, lang);
  if (districts.length === 0) return null;
  return (
    <details className="fund-explain">
      <summary>{t('fundDistrictsTable')}</summary>
      <div className="table-scroll">
        <table className="data-table compact-table" data-testid="fund-opt-districts">
          <caption className="sr-only">{t('fundDistrictsTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fundDistrict')}</th>
              <th scope="col" className="num">
                {t('fundAdded')}
              </th>
              <th scope="col" className="num">
                {t('fundBefore')}
              </th>
              <th scope="col" className="num">
                {t('fundAfter')}
              </th>
              <th scope="col" className="num">
                {t('fundTarget')}
              </th>
            </tr>
          </thead>
          <tbody>
            {districts.map((d) => (
              <tr key={d.code}>
                <th scope="row">{d.name}</th>
                <td className="num">{formatCount(d.added, lang)}</td>
                <td className="num">{pct(d.beforeBp)}</td>
                <td className="num">{pct(d.afterBp)}</td>
                <td className="num">{pct(d.targetBp)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
