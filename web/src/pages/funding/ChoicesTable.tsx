import { useId } from 'react';
import { formatCount, formatRupiah } from '../../../../src/shared/format.ts';
import type { OptimizeAnswer } from '../../api/useFundingTools.ts';
import { pick, useT } from '../../i18n.ts';
import { labelOr, POVERTY_LABEL } from './fundingLabels.ts';

/** The groups chosen, in the order the rule took them, each with its reason. */
export function ChoicesTable({ choices }: { choices: OptimizeAnswer['choices'] }) {
  const { t, lang } = useT();
  const headingId = useId();
  return (
    <div className="fund-choices">
      <h3 id={headingId}>{t('fundChoicesTitle')}</h3>
      {choices.length === 0 ? (
        <p className="empty">{t('fundChoicesNone')}</p>
      ) : (
        <div className="table-scroll table-scroll-tall">
          <table
            className="data-table registry-table"
            aria-labelledby={headingId}
            data-testid="fund-opt-choices"
          >
            <thead>
              <tr>
                <th scope="col" className="num">
                  #
                </th>
                <th scope="col">{t('fundBenVillage')}</th>
                <th scope="col">{t('fundBenOccupation')}</th>
                <th scope="col">{t('fundBenPoverty')}</th>
                <th scope="col" className="num">
                  {t('fundWorkers')}
                </th>
                <th scope="col" className="num">
                  {t('fundCost')}
                </th>
                <th scope="col">{t('fundReason')}</th>
              </tr>
            </thead>
            <tbody>
              {choices.map((c) => (
                <tr key={c.order}>
                  <td className="num">{c.order}</td>
                  <th scope="row">
                    {c.villageName}
                    <span className="muted small fund-sub">{c.districtName}</span>
                  </th>
                  <td>{c.occupation}</td>
                  <td>{labelOr(POVERTY_LABEL, c.povertyLevel, t)}</td>
                  <td className="num">{formatCount(c.workers, lang)}</td>
                  <td className="num nowrap">{formatRupiah(c.cost, lang)}</td>
                  <td className="fund-reason">{pick(lang, c.reason.id, c.reason.en)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
