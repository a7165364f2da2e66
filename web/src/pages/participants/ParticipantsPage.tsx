import { Link } from 'wouter';
import { useSession } from '../../api/useSession.ts';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { useT } from '../../i18n.ts';
import { can, PERMISSION } from '../../lib/permissions.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { EnrolForm } from './EnrolForm.tsx';
import { ParticipantSearch } from './ParticipantSearch.tsx';
import './registry.css';

/** `/peserta`: find people in the registry (masked) and, with `registry.enrol`, enrol new ones. */
export function ParticipantsPage() {
  const { t } = useT();
  useDocumentTitle(t('regTitle'));
  return (
    <RequirePermission anyOf={[PERMISSION.registryRead]}>
      <ParticipantsWorkspace />
    </RequirePermission>
  );
}

function ParticipantsWorkspace() {
  const { t } = useT();
  const user = useSession().data?.user;
  return (
    <div className="registry-page">
      <div className="region-heading">
        <h1>{t('regTitle')}</h1>
        <p className="region-meta">{t('regIntro')}</p>
        {can(user, PERMISSION.employersManage) && (
          <p>
            <Link href="/pemberi-kerja" data-testid="employer-register-link">
              {t('regEmployerRegisterLink')}
            </Link>
          </p>
        )}
      </div>
      <ParticipantSearch />
      {can(user, PERMISSION.registryEnrol) && <EnrolForm />}
    </div>
  );
}
