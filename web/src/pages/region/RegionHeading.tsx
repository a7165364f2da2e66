import { Link } from 'wouter';
import type { CoverageReport } from '../../../../src/coverage/coverage.schemas.ts';
import { formatMonth } from '../../../../src/shared/format.ts';
import { useCan } from '../../api/useSession.ts';
import { Badge } from '../../components/Badge.tsx';
import { pick, useT } from '../../i18n.ts';
import { levelLabel } from '../../lib/regionLevel.ts';
import { regionPath, useDashboardParams } from '../../state/urlParams.ts';

export function RegionHeading({ report }: { report: CoverageReport }) {
  const { t, lang } = useT();
  const { withParams } = useDashboardParams();
  const { region } = report;
  const canFund = useCan('funding.read');
  return (
    <div className="region-heading">
      <nav aria-label={t('breadcrumb')} data-testid="breadcrumb" className="breadcrumb">
        <ol>
          {report.ancestors.map((a) => (
            <li key={a.code}>
              <Link href={withParams(regionPath(a.code))}>{a.name}</Link>
            </li>
          ))}
          <li aria-current="page">{region.name}</li>
        </ol>
      </nav>
      <div className="region-title">
        <h1 data-testid="region-name">{region.name}</h1>
        <span className="level-chip">{levelLabel(t, region.level, region.kind)}</span>
        {report.isDemo && <Badge tone="demo">{t('demo')}</Badge>}
      </div>
      <p className="region-meta">
        <span>{t('dataMonth', { month: formatMonth(report.month, lang) })}</span>
        <span>{t('basisShort', { basis: pick(lang, report.basisName, report.basisNameEn) })}</span>
        {region.code !== '00' && <span>{t('code', { code: region.code })}</span>}
        {region.code !== '00' && canFund && (
          <Link href={`/pendanaan/simulasi?region=${region.code}`} data-testid="region-funding-link">
            {t('fundRegionLink')}
          </Link>
        )}
      </p>
    </div>
  );
}
