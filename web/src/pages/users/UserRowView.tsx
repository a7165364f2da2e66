import { formatDateTime } from '../../../../src/shared/format.ts';
import type { UserRow } from '../../api/access.types.ts';
import { Badge } from '../../components/Badge.tsx';
import { Missing } from '../../components/Missing.tsx';
import { pick, useT } from '../../i18n.ts';
import { isLocked } from './userStatus.ts';

export interface RowActions {
  canReveal: boolean;
  isSelf: boolean;
  busy: boolean;
  onReveal: () => void;
  onReset: () => void;
  onUnlock: () => void;
  onToggleActive: () => void;
}

/**
 * One account. `user` is the masked row, or the revealed one after a reveal; every value is rendered
 * as text (React escapes it), so a name like `<script>` is shown, never run.
 */
export function UserRowView({ user, now, actions }: { user: UserRow; now: number; actions: RowActions }) {
  const { t, lang } = useT();
  const locked = isLocked(user, now);
  const optionalText = (value: string | null) => value ?? <Missing />;
  return (
    <tr data-testid={`user-row-${user.username}`} className={user.active ? undefined : 'is-inactive'}>
      <th scope="row">
        <code>{user.username}</code>
        {user.isDemo && (
          <>
            {' '}
            <Badge tone="demo">{t('demo')}</Badge>
          </>
        )}
      </th>
      <td data-testid="user-display-name">
        {user.displayName}
        {!user.masked && (
          <>
            {' '}
            <Badge tone="warn">{t('userRevealed')}</Badge>
          </>
        )}
      </td>
      <td data-testid="user-email">{optionalText(user.email)}</td>
      <td data-testid="user-phone">{optionalText(user.phone)}</td>
      <td className="role-cell">{pick(lang, user.roleNameId, user.roleNameEn)}</td>
      <td className="wrap">{user.regions.map((region) => `${region.name} (${region.code})`).join(', ')}</td>
      <td>
        {user.active ? t('userActive') : <Badge tone="neutral">{t('userInactive')}</Badge>}
        {locked && user.lockedUntil && (
          <span className="source-detail">
            <Badge tone="warn">
              {t('userLockedUntil', { time: formatDateTime(user.lockedUntil, lang) })}
            </Badge>
          </span>
        )}
        {user.mustChangePassword && <span className="source-detail">{t('userMustChange')}</span>}
      </td>
      <td>
        {user.lastLoginAt ? (
          formatDateTime(user.lastLoginAt, lang)
        ) : (
          <Missing reason={t('userNeverLoggedIn')} />
        )}
      </td>
      <td>
        <div className="row-actions">
          {actions.canReveal && user.masked && (
            <button
              type="button"
              className="link-button"
              onClick={actions.onReveal}
              data-testid={`user-reveal-${user.username}`}
            >
              {t('userReveal')}
            </button>
          )}
          {/* Demo accounts keep their public password: the server refuses to reset them. */}
          {!user.isDemo && (
            <button
              type="button"
              className="link-button"
              disabled={actions.busy}
              onClick={actions.onReset}
              data-testid={`user-reset-${user.username}`}
            >
              {t('userResetPassword')}
            </button>
          )}
          {locked && (
            <button
              type="button"
              className="link-button"
              disabled={actions.busy}
              onClick={actions.onUnlock}
              data-testid={`user-unlock-${user.username}`}
            >
              {t('userUnlock')}
            </button>
          )}
          {!actions.isSelf && (
            <button
              type="button"
              className="link-button"
              disabled={actions.busy}
              onClick={actions.onToggleActive}
              data-testid={`user-toggle-active-${user.username}`}
            >
              {t(user.active ? 'userDeactivate' : 'userActivate')}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
