import { useSession } from '../../api/useSession.ts';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { useT } from '../../i18n.ts';
import { can, PERMISSION } from '../../lib/permissions.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { CreateUserForm } from './CreateUserForm.tsx';
import { TokensSection } from './tokens/TokensSection.tsx';
import { UserList } from './UserList.tsx';

/** `/pengguna`: accounts inside one's scope, new accounts, and (national administrators) API tokens. */
export function UsersPage() {
  const { t } = useT();
  useDocumentTitle(t('usersTitle'));
  return (
    <RequirePermission anyOf={[PERMISSION.usersManage]}>
      <UsersWorkspace />
    </RequirePermission>
  );
}

function UsersWorkspace() {
  const { t } = useT();
  const user = useSession().data?.user;
  return (
    <div className="users-page">
      <div className="region-heading">
        <h1>{t('usersTitle')}</h1>
        <p className="region-meta">{t('usersIntro')}</p>
      </div>
      <UserList />
      <CreateUserForm />
      {can(user, PERMISSION.tokensManage) && <TokensSection />}
    </div>
  );
}
