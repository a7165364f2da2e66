import { useId } from 'react';
import { Link, useSearchParams } from 'wouter';
import { useFundingPrograms } from '../../api/useFunding.ts';
import { useSession } from '../../api/useSession.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { useT } from '../../i18n.ts';
import { can } from '../../lib/permissions.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { currentMonth } from '../calculator/formValues.ts';
import { FUNDING_PERMISSION } from './fundingPermissions.ts';
import { ProgramTable } from './ProgramTable.tsx';
import { WelfareImportSection } from './WelfareImportSection.tsx';
import './funding.css';

/** `/pendanaan`: the funding programs in the account's scope, by fiscal year; the welfare list import. */
export function FundingPage() {
  const { t } = useT();
  useDocumentTitle(t('fundTitle'));
  return (
    <RequirePermission anyOf={[FUNDING_PERMISSION.read]}>
      <FundingOverview />
    </RequirePermission>
  );
}

const YEAR_PARAM = 'tahun';

function FundingOverview() {
  const { t } = useT();
  const user = useSession().data?.user;
  const manage = can(user, FUNDING_PERMISSION.manage);
  const [params, setParams] = useSearchParams();
  const raw = params.get(YEAR_PARAM);
  const year = raw && /^\d{4}$/.test(raw) ? Number(raw) : undefined;
  const setYear = (next: string) =>
    setParams((previous) => {
      const copy = new URLSearchParams(previous);
      if (next) copy.set(YEAR_PARAM, next);
      else copy.delete(YEAR_PARAM);
      return copy;
    });
  return (
    <div className="registry-page fund-page">
      <div className="region-heading">
        <h1>{t('fundTitle')}</h1>
        <p className="region-meta">{t('fundIntro')}</p>
      </div>
      <div className="fund-actions">
        {manage && (
          <Link href="/pendanaan/baru" className="button" data-testid="fund-new">
            {t('fundNewProgram')}
          </Link>
        )}
        <Link href="/pendanaan/simulasi" className="button button-secondary" data-testid="fund-tools">
          {t('fundToolsLink')}
        </Link>
      </div>
      <ProgramsPanel year={year} onYear={setYear} />
      {manage && <WelfareImportSection />}
    </div>
  );
}

/** The fiscal years offered: next year back to 2020 (programs are budgeted a year ahead). */
function fiscalYears(): number[] {
  const next = Number(currentMonth().slice(0, 4)) + 1;
  return Array.from({ length: next - 2019 }, (_, i) => next - i);
}

function ProgramsPanel({ year, onYear }: { year: number | undefined; onYear: (year: string) => void }) {
  const { t } = useT();
  const headingId = useId();
  const yearId = useId();
  const programs = useFundingPrograms({ year });
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>{t('fundProgramsTitle')}</h2>
        <div className="fund-filter">
          <label htmlFor={yearId} className="field-label">
            {t('fundYear')}
          </label>
          <select
            id={yearId}
            value={year ?? ''}
            onChange={(event) => onYear(event.target.value)}
            data-testid="fund-year"
          >
            <option value="">{t('fundAllYears')}</option>
            {fiscalYears().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      {programs.isError ? (
        <ErrorState error={programs.error} onRetry={() => programs.refetch()} />
      ) : !programs.data ? (
        <LoadingText visible />
      ) : programs.data.programs.length === 0 ? (
        <p className="empty" data-testid="fund-none">
          {year ? t('fundNoneYear', { year }) : t('fundNone')}
        </p>
      ) : (
        <ProgramTable programs={programs.data.programs} busy={programs.isPlaceholderData} />
      )}
    </section>
  );
}
