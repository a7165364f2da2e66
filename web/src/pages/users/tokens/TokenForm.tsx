import { type FormEvent, useId, useState } from 'react';
import type { CreatedToken } from '../../../api/access.types.ts';
import { ApiError } from '../../../api/client.ts';
import { useRoles } from '../../../api/useRoles.ts';
import { useCreateToken } from '../../../api/useTokens.ts';
import { useUsers } from '../../../api/useUsers.ts';
import { Field } from '../../../components/Field.tsx';
import { type MessageKey, pick, useT } from '../../../i18n.ts';
import { DEFAULT_TOKEN_DAYS, dayAfter } from './expiry.ts';

/** Name, the account it acts as, its scopes (a subset of the permissions) and the last valid day. */
export function TokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const { t, lang } = useT();
  const id = useId();
  const roles = useRoles();
  const users = useUsers({ limit: 100, offset: 0 });
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [userId, setUserId] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<string>>(new Set());
  const [expires, setExpires] = useState(() => dayAfter(new Date(), DEFAULT_TOKEN_DAYS));
  const [problem, setProblem] = useState<MessageKey | null>(null);

  function toggle(scope: string, on: boolean) {
    setScopes((previous) => {
      const next = new Set(previous);
      if (on) next.add(scope);
      else next.delete(scope);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: MessageKey | null = !name.trim()
      ? 'tokenNameMissing'
      : !userId
        ? 'tokenUserMissing'
        : scopes.size === 0
          ? 'tokenScopesMissing'
          : !expires
            ? 'tokenExpiryMissing'
            : null;
    setProblem(found);
    if (found) return;
    create.mutate(
      { name: name.trim(), userId: Number(userId), scopes: [...scopes], expiresAt: expires },
      {
        onSuccess: (token) => {
          onCreated(token);
          setName('');
          setScopes(new Set());
        },
      },
    );
  }

  const apiError = create.error instanceof ApiError ? create.error.text(lang) : create.error?.message;
  return (
    <form className="token-form" onSubmit={submit} noValidate data-testid="token-form">
      <h3>{t('tokenCreateTitle')}</h3>
      <div className="form-grid">
        <Field id={`${id}-name`} label={t('tokenName')}>
          <input
            id={`${id}-name`}
            className="input"
            type="text"
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.target.value)}
            data-testid="token-name"
          />
        </Field>
        <Field id={`${id}-user`} label={t('tokenUser')}>
          <select
            id={`${id}-user`}
            value={userId}
            onChange={(event) => setUserId(event.target.value)}
            data-testid="token-user"
          >
            <option value="">{t('tokenUserChoose')}</option>
            {/* The server refuses tokens for demo and deactivated accounts; they are not offered. */}
            {(users.data?.users ?? [])
              .filter((user) => user.active && !user.isDemo)
              .map((user) => (
                <option key={user.id} value={user.id}>
                  {user.username}
                </option>
              ))}
          </select>
        </Field>
        <Field id={`${id}-expires`} label={t('tokenExpires')}>
          <input
            id={`${id}-expires`}
            className="input"
            type="date"
            value={expires}
            onChange={(event) => setExpires(event.target.value)}
            data-testid="token-expires"
          />
        </Field>
      </div>
      <fieldset className="choice-group">
        <legend className="field-label">{t('tokenScopes')}</legend>
        <div className="scope-list" data-testid="token-scopes">
          {(roles.data?.permissions ?? []).map((permission) => (
            <label key={permission.code} className="scope-option">
              <input
                type="checkbox"
                value={permission.code}
                checked={scopes.has(permission.code)}
                onChange={(event) => toggle(permission.code, event.target.checked)}
              />
              <span>
                <code>{permission.code}</code>{' '}
                <span className="muted small">
                  {pick(lang, permission.descriptionId, permission.descriptionEn)}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {(problem || apiError) && (
        <p className="form-error" role="alert">
          {problem ? t(problem) : apiError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending} data-testid="token-submit">
          {t('tokenCreate')}
        </button>
      </div>
    </form>
  );
}
