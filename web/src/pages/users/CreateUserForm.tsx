import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useRoles } from '../../api/useRoles.ts';
import { useCreateUser } from '../../api/useUsers.ts';
import { Field } from '../../components/Field.tsx';
import { OneTimeSecret } from '../../components/OneTimeSecret.tsx';
import { pick, useT } from '../../i18n.ts';
import { RegionSearch } from '../../layout/RegionSearch.tsx';
import { addRegionCode, parseRegionCodes } from './regionCodes.ts';

const EMPTY = {
  username: '',
  displayName: '',
  email: '',
  phone: '',
  role: '',
  regions: '',
  employerNpp: '',
  agentCode: '',
};
type Draft = typeof EMPTY;
type TextField = Exclude<keyof Draft, 'role'>;

const optional = (value: string) => value.trim() || undefined;

/** A new account: the server answers with a temporary password, shown here once. */
export function CreateUserForm() {
  const { t, lang } = useT();
  const headingId = useId();
  const roles = useRoles();
  const create = useCreateUser();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<{ username: string; password: string } | null>(null);
  const set = (change: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...change }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const { codes, invalid } = parseRegionCodes(draft.regions);
    const found = !draft.username.trim()
      ? t('userUsernameMissing')
      : !draft.displayName.trim()
        ? t('userNameMissing')
        : !draft.role
          ? t('userRoleMissing')
          : invalid.length > 0
            ? t('userRegionsInvalid', { codes: invalid.join(', ') })
            : null;
    setProblem(found);
    if (found) return;
    create.mutate(
      {
        username: draft.username.trim(),
        displayName: draft.displayName.trim(),
        email: optional(draft.email),
        phone: optional(draft.phone),
        role: draft.role,
        regions: codes,
        employerNpp: optional(draft.employerNpp),
        agentCode: optional(draft.agentCode),
      },
      {
        onSuccess: ({ user, temporaryPassword }) => {
          setCreated({ username: user.username, password: temporaryPassword });
          setDraft(EMPTY);
        },
      },
    );
  }

  const apiError = create.error instanceof ApiError ? create.error.text(lang) : create.error?.message;
  const text = (field: TextField, label: string, type = 'text') => (
    <Field id={`${headingId}-${field}`} label={label}>
      <input
        id={`${headingId}-${field}`}
        className="input"
        type={type}
        autoComplete="off"
        value={draft[field]}
        onChange={(event) => set({ [field]: event.target.value })}
        data-testid={`new-user-${field}`}
      />
    </Field>
  );

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('userCreateTitle')}
      </h2>
      {created && (
        <OneTimeSecret
          title={t('userCreated', { username: created.username })}
          value={created.password}
          onDismiss={() => setCreated(null)}
          testId="temporary-password"
        />
      )}
      <form className="user-form" onSubmit={submit} noValidate data-testid="user-create-form">
        <div className="form-grid">
          {text('username', t('userUsername'))}
          {text('displayName', t('userDisplayName'))}
          {text('email', t('userEmail'), 'email')}
          {text('phone', t('userPhone'), 'tel')}
          <Field id={`${headingId}-role`} label={t('userRole')}>
            <select
              id={`${headingId}-role`}
              value={draft.role}
              onChange={(event) => set({ role: event.target.value })}
              data-testid="new-user-role"
            >
              <option value="">{t('userRoleChoose')}</option>
              {(roles.data?.roles ?? [])
                .filter((role) => role.code !== 'public')
                .map((role) => (
                  <option key={role.code} value={role.code}>
                    {pick(lang, role.nameId, role.nameEn)}
                  </option>
                ))}
            </select>
          </Field>
          <Field id={`${headingId}-regions`} label={t('userRegions')} help={t('userRegionsHelp')}>
            <input
              id={`${headingId}-regions`}
              className="input"
              type="text"
              autoComplete="off"
              placeholder="15.03, 16.71"
              value={draft.regions}
              onChange={(event) => set({ regions: event.target.value })}
              data-testid="new-user-regions"
            />
          </Field>
          <div className="field field-wide">
            <RegionSearch
              label={t('userRegionsSearch')}
              onSelect={(region) => set({ regions: addRegionCode(draft.regions, region.code) })}
              inputTestId="user-region-search"
              resultTestIdPrefix="user-region-result-"
            />
          </div>
          {text('employerNpp', t('userEmployerNpp'))}
          {text('agentCode', t('userAgentCode'))}
        </div>
        {(problem || apiError) && (
          <p className="form-error" role="alert" data-testid="user-create-error">
            {problem ?? apiError}
          </p>
        )}
        <div className="form-actions">
          <button
            type="submit"
            className="button"
            disabled={create.isPending}
            data-testid="user-create-submit"
          >
            {create.isPending && <span className="spinner" aria-hidden="true" />}
            {t('userCreate')}
          </button>
        </div>
      </form>
    </section>
  );
}
