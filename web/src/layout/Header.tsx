import { Link, useLocation, useRoute } from 'wouter';
import type { Meta } from '../api/useMeta.ts';
import { useSession } from '../api/useSession.ts';
import { useT } from '../i18n.ts';
import { can, canAny, IMPORT_PERMISSIONS, PERMISSION } from '../lib/permissions.ts';
import { useDashboardParams } from '../state/urlParams.ts';
import { AccountMenu } from './AccountMenu.tsx';
import { BasisSelect } from './BasisSelect.tsx';
import { LangToggle } from './LangToggle.tsx';
import { MonthSelect } from './MonthSelect.tsx';
import { RegionSearch } from './RegionSearch.tsx';

export function Header({ meta }: { meta: Meta | undefined }) {
  const { t } = useT();
  const { withParams } = useDashboardParams();
  const [location] = useLocation();
  const [onRegion, params] = useRoute('/wilayah/:code');
  // The ranking link opens on the region being looked at, so "how does it compare" is one click.
  const rankingArea = onRegion && params?.code ? params.code : undefined;
  const nationalActive = location === '/' || location === '/wilayah/00';
  // Links to pages the account cannot use are left out; the pages themselves still check.
  const user = useSession().data?.user;
  const current = (path: string) => (location === path ? 'page' : undefined);

  return (
    <header className="header">
      <AccountMenu />
      <div className="header-top">
        <Link href={withParams('/')} className="brand">
          <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="7" />
            <path d="M8 22V14h4v8zM14 22V10h4v12zM20 22v-5h4v5z" />
          </svg>
          <span className="brand-text">
            <span className="brand-name">{t('appName')}</span>
            <span className="brand-subtitle">{t('appSubtitle')}</span>
          </span>
        </Link>
        <nav className="nav" aria-label={t('mainNav')}>
          <Link href={withParams('/')} aria-current={nationalActive ? 'page' : undefined}>
            {t('navNational')}
          </Link>
          <Link
            href={withParams('/peringkat', { wilayah: rankingArea })}
            aria-current={location === '/peringkat' ? 'page' : undefined}
          >
            {t('navRanking')}
          </Link>
          {canAny(user, IMPORT_PERMISSIONS) && (
            <Link href={withParams('/impor')} aria-current={current('/impor')} data-testid="nav-import">
              {t('navImport')}
            </Link>
          )}
          <Link href={withParams('/kalkulator')} aria-current={current('/kalkulator')}>
            {t('navCalculator')}
          </Link>
          {can(user, PERMISSION.registryRead) && (
            <Link
              href="/peserta"
              aria-current={location.startsWith('/peserta') ? 'page' : undefined}
              data-testid="nav-participants"
            >
              {t('navParticipants')}
            </Link>
          )}
          {can(user, PERMISSION.employersManage) && (
            <Link
              href="/pemberi-kerja"
              aria-current={location.startsWith('/pemberi-kerja') ? 'page' : undefined}
              data-testid="nav-employers"
            >
              {t('navEmployers')}
            </Link>
          )}
          {can(user, PERMISSION.registryRead) && (
            <Link
              href="/proyek"
              aria-current={location.startsWith('/proyek') ? 'page' : undefined}
              data-testid="nav-projects"
            >
              {t('navProjects')}
            </Link>
          )}
          {can(user, 'funding.read') && (
            <Link
              href="/pendanaan"
              aria-current={location.startsWith('/pendanaan') ? 'page' : undefined}
              data-testid="nav-funding"
            >
              {t('navFunding')}
            </Link>
          )}
          {can(user, PERMISSION.usersManage) && (
            <Link href="/pengguna" aria-current={current('/pengguna')} data-testid="nav-users">
              {t('navUsers')}
            </Link>
          )}
          {can(user, PERMISSION.auditRead) && (
            <Link href="/audit" aria-current={current('/audit')} data-testid="nav-audit">
              {t('navAudit')}
            </Link>
          )}
        </nav>
        <LangToggle />
      </div>
      <div className="toolbar">
        <RegionSearch inputTestId="search-input" resultTestIdPrefix="search-result-" />
        <div className="toolbar-selects">
          <MonthSelect months={meta?.months ?? null} loading={!meta} />
          <BasisSelect meta={meta} />
        </div>
      </div>
    </header>
  );
}
