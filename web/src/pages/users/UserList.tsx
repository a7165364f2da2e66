import { Fragment, useId, useState } from 'react';
import { formatCount } from '../../../../src/shared/format.ts';
import type { UserRow } from '../../api/access.types.ts';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../api/useSession.ts';
import { useResetPassword, useUnlockUser, useUpdateUser, useUsers } from '../../api/useUsers.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { OneTimeSecret } from '../../components/OneTimeSecret.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { useT } from '../../i18n.ts';
import { can, PERMISSION } from '../../lib/permissions.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { RevealForm } from './RevealForm.tsx';
import { UserRowView } from './UserRowView.tsx';

const PAGE_SIZE = 25;
const COLUMNS = 9;

/** Accounts inside the administrator's scope: search, page, and the per-account actions. */
export function UserList() {
  const { t, lang } = useT();
  const headingId = useId();
  const searchId = useId();
  const me = useSession().data?.user;
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const q = useDebounced(search.trim(), 250);
  const users = useUsers({ q: q || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const reset = useResetPassword();
  const unlock = useUnlockUser();
  const update = useUpdateUser();
  // Unmasked rows live only here, for this page view; they are never written to the query cache.
  const [revealed, setRevealed] = useState<ReadonlyMap<number, UserRow>>(new Map());
  const [revealing, setRevealing] = useState<number | null>(null);
  const [secret, setSecret] = useState<{ username: string; password: string } | null>(null);
  const busy = reset.isPending || unlock.isPending || update.isPending;
  const actionError = [reset.error, unlock.error, update.error].find(Boolean);
  const now = Date.now();

  const rows = users.data?.users ?? [];
  const total = users.data?.total ?? 0;
  const actionsFor = (user: UserRow) => ({
    canReveal: can(me, PERMISSION.personalReveal),
    // The server refuses to deactivate one's own account; the button would only produce an error.
    isSelf: me?.id === user.id,
    busy,
    onReveal: () => setRevealing(user.id),
    onReset: () =>
      reset.mutate(user.id, {
        onSuccess: ({ temporaryPassword }) =>
          setSecret({ username: user.username, password: temporaryPassword }),
      }),
    onUnlock: () => unlock.mutate(user.id),
    onToggleActive: () => update.mutate({ id: user.id, change: { active: !user.active } }),
  });

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>
          {t('usersListTitle')} {users.data && <span className="count">{formatCount(total, lang)}</span>}
        </h2>
        <div className="field users-search">
          <label htmlFor={searchId} className="sr-only">
            {t('usersSearch')}
          </label>
          <input
            id={searchId}
            className="input"
            type="search"
            placeholder={t('usersSearch')}
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setPage(1);
            }}
            data-testid="users-search"
          />
        </div>
      </div>
      {secret && (
        <OneTimeSecret
          title={t('userResetDone', { username: secret.username })}
          value={secret.password}
          onDismiss={() => setSecret(null)}
          testId="reset-password-value"
        />
      )}
      {actionError && (
        <p className="form-error" role="alert">
          {actionError instanceof ApiError ? actionError.text(lang) : actionError.message}
        </p>
      )}
      {users.isError ? (
        <ErrorState error={users.error} onRetry={() => users.refetch()} />
      ) : !users.data ? (
        <LoadingText visible />
      ) : rows.length === 0 ? (
        <p className="empty">{t('usersEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table users-table" data-testid="users-table" aria-busy={users.isFetching}>
            <caption className="sr-only">{t('usersListTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('userUsername')}</th>
                <th scope="col">{t('userDisplayName')}</th>
                <th scope="col">{t('userEmail')}</th>
                <th scope="col">{t('userPhone')}</th>
                <th scope="col">{t('userRole')}</th>
                <th scope="col">{t('userRegions')}</th>
                <th scope="col">{t('userStatus')}</th>
                <th scope="col">{t('userLastLogin')}</th>
                <th scope="col">{t('userActions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const user = revealed.get(row.id) ?? row;
                return (
                  <Fragment key={row.id}>
                    <UserRowView user={user} now={now} actions={actionsFor(row)} />
                    {revealing === row.id && (
                      <tr className="reveal-row">
                        <td colSpan={COLUMNS}>
                          <RevealForm
                            user={row}
                            onCancel={() => setRevealing(null)}
                            onRevealed={(full) => {
                              setRevealed((previous) => new Map(previous).set(full.id, full));
                              setRevealing(null);
                            }}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pages={Math.max(1, Math.ceil(total / PAGE_SIZE))} onPage={setPage} />
    </section>
  );
}
