import { Link } from 'wouter';
import { formatCount, formatRupiah } from '../../../../src/shared/format.ts';
import type { FundingProgram } from '../../api/useFunding.ts';
import { useT } from '../../i18n.ts';
import { funderKindLabel, sourceLabel } from './fundingLabels.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** The programs of one filter: code, name, funder, source, year, budget, people and money. */
export function ProgramTable({ programs, busy }: { programs: readonly FundingProgram[]; busy: boolean }) {
  const { t, lang } = useT();
  return (
    <div className={busy ? 'table-scroll is-busy' : 'table-scroll'} aria-busy={busy}>
      <table className="data-table registry-table" data-testid="fund-programs">
        <caption className="sr-only">{t('fundProgramsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fundCode')}</th>
            <th scope="col">{t('fundName')}</th>
            <th scope="col">{t('fundFunderSource')}</th>
            <th scope="col" className="num">
              {t('fundYear')}
            </th>
            <th scope="col" className="num">
              {t('fundBudget')}
            </th>
            <th scope="col" className="num">
              {t('fundBeneficiaries')}
            </th>
            <th scope="col" className="num">
              {t('fundCommittedPaid')}
            </th>
            <th scope="col">{t('fundStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {programs.map((p) => (
            <tr key={p.id} data-code={p.code}>
              <td>
                <code>{p.code}</code>
              </td>
              <th scope="row" className="fund-wrap">
                <Link href={`/pendanaan/${p.id}`} data-testid="fund-program-link">
                  {p.name}
                </Link>
                <span className="muted small fund-sub">{p.regionName}</span>
              </th>
              <td className="fund-wrap" title={funderKindLabel(p.funderKind, lang)}>
                {p.funderName}
                <span className="muted small fund-sub">{sourceLabel(p.source, lang)}</span>
              </td>
              <td className="num">{p.fiscalYear}</td>
              <td className="num nowrap">{formatRupiah(p.budget, lang)}</td>
              <td className="num nowrap">
                {formatCount(p.beneficiaries, lang)}
                {p.capacity !== null && (
                  <span className="muted small fund-sub">
                    {t('fundOfCapacity', { capacity: formatCount(p.capacity, lang) })}
                  </span>
                )}
              </td>
              <td className="num nowrap">
                {formatRupiah(p.committed, lang)}
                <span className="muted small fund-sub">
                  {t('fundPaidShort', { paid: formatRupiah(p.paid, lang) })}
                </span>
              </td>
              <td>
                <StatusBadge status={p.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
