import { type FormEvent, useId, useState } from 'react';
import { Link } from 'wouter';
import { ApiError } from '../../api/client.ts';
import { useChangePassword, useSession } from '../../api/useSession.ts';
import { Field } from '../../components/Field.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { type MessageKey, useT } from '../../i18n.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';

/** `/sandi`: change one's own password (required after an administrator reset it). */
export function PasswordPage() {
  const { t } = useT();
  useDocumentTitle(t('passwordTitle'));
  return (
    <RequirePermission anyOf={[]}>
      <PasswordForm />
    </RequirePermission>
  );
}

const EMPTY = { current: '', next: '', repeat: '' };

function PasswordForm() {
  const { t, lang } = useT();
  const ids = { current: useId(), next: useId(), repeat: useId() };
  const user = useSession().data?.user;
  const change = useChangePassword();
  const [form, setForm] = useState(EMPTY);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: MessageKey | null =
      !form.current || !form.next
        ? 'passwordMissing'
        : form.next !== form.repeat
          ? 'passwordMismatch'
          : form.next === form.current
            ? 'passwordSame'
            : null;
    setProblem(found);
    if (found) return;
    change.mutate(
      { currentPassword: form.current, newPassword: form.next },
      { onSuccess: () => setForm(EMPTY) },
    );
  }

  const apiError = change.error instanceof ApiError ? change.error.text(lang) : change.error?.message;
  return (
    <div className="narrow-page">
      <form className="panel login-form" onSubmit={submit} noValidate data-testid="password-form">
        <h1>{t('passwordTitle')}</h1>
        {user?.mustChangePassword && (
          <p className="form-error" role="status" data-testid="password-required">
            {t('passwordRequired')}
          </p>
        )}
        <Field id={ids.current} label={t('passwordCurrent')}>
          <input
            id={ids.current}
            className="input"
            type="password"
            autoComplete="current-password"
            value={form.current}
            onChange={(event) => setForm({ ...form, current: event.target.value })}
            data-testid="password-current"
          />
        </Field>
        <Field id={ids.next} label={t('passwordNew')} help={t('passwordHelp')}>
          <input
            id={ids.next}
            className="input"
            type="password"
            autoComplete="new-password"
            value={form.next}
            onChange={(event) => setForm({ ...form, next: event.target.value })}
            data-testid="password-new"
          />
        </Field>
        <Field id={ids.repeat} label={t('passwordRepeat')}>
          <input
            id={ids.repeat}
            className="input"
            type="password"
            autoComplete="new-password"
            value={form.repeat}
            aria-invalid={problem === 'passwordMismatch' ? true : undefined}
            onChange={(event) => setForm({ ...form, repeat: event.target.value })}
            data-testid="password-repeat"
          />
        </Field>
        {(problem || apiError) && (
          <p className="form-error" role="alert" data-testid="password-error">
            {problem ? t(problem) : apiError}
          </p>
        )}
        {change.isSuccess && (
          <p className="form-success" role="status" data-testid="password-changed">
            {t('passwordChanged')} <Link href="/">{t('backToNational')}</Link>
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={change.isPending} data-testid="password-submit">
            {change.isPending && <span className="spinner" aria-hidden="true" />}
            {t('passwordSave')}
          </button>
        </div>
      </form>
    </div>
  );
}
