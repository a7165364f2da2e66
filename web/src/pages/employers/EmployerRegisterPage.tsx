import { type FormEvent, useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { isIsoDate } from '../../../../src/shared/dates.ts';
import type { SizeClass } from '../../api/registry.types.ts';
import { useRegisterEmployer } from '../../api/useEmployers.ts';
import { ApiProblems } from '../../components/ApiProblems.tsx';
import { Field } from '../../components/Field.tsx';
import { LocalProblems } from '../../components/LocalProblems.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { type MessageKey, useT } from '../../i18n.ts';
import { PERMISSION } from '../../lib/permissions.ts';
import { SIZE_CLASS_LABEL } from '../../lib/registryLabels.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { currentDate } from '../calculator/formValues.ts';
import { VillageField } from '../participants/VillageField.tsx';
import '../participants/registry.css';

/** `/pemberi-kerja`: register an employer (BPJS offices, `employers.manage`). */
export function EmployerRegisterPage() {
  const { t } = useT();
  useDocumentTitle(t('regEmployerRegisterTitle'));
  return (
    <RequirePermission anyOf={[PERMISSION.employersManage]}>
      <div className="registry-page">
        <p>
          <Link href="/peserta">← {t('regBackToSearch')}</Link>
        </p>
        <EmployerForm />
      </div>
    </RequirePermission>
  );
}

const SIZES: readonly SizeClass[] = ['micro', 'small', 'medium', 'large'];
const EMPTY = {
  npp: '',
  name: '',
  kbli: '',
  jkkRiskGroup: '',
  sizeClass: '',
  villageCode: '',
  activeFrom: '',
};
type Draft = typeof EMPTY;

function draftProblems(draft: Draft): MessageKey[] {
  const problems: MessageKey[] = [];
  if (!draft.npp.trim()) problems.push('regNppMissing');
  if (!draft.name.trim()) problems.push('regNameMissing');
  if (draft.kbli.trim() && !/^\d{5}$/.test(draft.kbli.trim())) problems.push('regKbliInvalid');
  if (!draft.jkkRiskGroup) problems.push('regJkkGroupMissing');
  if (!draft.sizeClass) problems.push('regSizeClassMissing');
  if (!draft.villageCode.trim()) problems.push('regRegionMissing');
  if (!isIsoDate(draft.activeFrom)) problems.push('regValidFromMissing');
  return problems;
}

function EmployerForm() {
  const { t } = useT();
  const headingId = useId();
  const id = useId();
  const [, navigate] = useLocation();
  const register = useRegisterEmployer();
  const [draft, setDraft] = useState<Draft>(() => ({ ...EMPTY, activeFrom: currentDate() }));
  const [problems, setProblems] = useState<MessageKey[]>([]);
  const set = (change: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...change }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = draftProblems(draft);
    setProblems(found);
    if (found.length > 0) {
      register.reset();
      return;
    }
    register.mutate(
      {
        npp: draft.npp.trim(),
        name: draft.name.trim(),
        kbli: draft.kbli.trim() || null,
        jkkRiskGroup: Number(draft.jkkRiskGroup),
        sizeClass: draft.sizeClass as SizeClass,
        villageCode: draft.villageCode.trim(),
        activeFrom: draft.activeFrom,
      },
      { onSuccess: (employer) => navigate(`/pemberi-kerja/${employer.id}`) },
    );
  }

  const text = (field: 'npp' | 'name' | 'kbli', label: string, help?: string) => (
    <Field id={`${id}-${field}`} label={label} help={help}>
      <input
        id={`${id}-${field}`}
        className="input"
        type="text"
        inputMode={field === 'name' ? undefined : 'numeric'}
        autoComplete="off"
        value={draft[field]}
        onChange={(event) => set({ [field]: event.target.value })}
        data-testid={`employer-${field}`}
      />
    </Field>
  );

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h1 id={headingId} className="panel-title">
        {t('regEmployerRegisterTitle')}
      </h1>
      <form className="user-form" onSubmit={submit} noValidate data-testid="employer-form">
        <div className="form-grid">
          {text('npp', 'NPP', t('regNppHelp'))}
          {text('name', t('regEmployerName'))}
          {text('kbli', t('regKbli'), t('regKbliHelp'))}
          <Field id={`${id}-jkk`} label={t('regJkkGroup')} help={t('regJkkGroupHelp')}>
            <select
              id={`${id}-jkk`}
              value={draft.jkkRiskGroup}
              onChange={(event) => set({ jkkRiskGroup: event.target.value })}
              data-testid="employer-jkkRiskGroup"
            >
              <option value="">{t('regChoose')}</option>
              {[1, 2, 3, 4, 5].map((group) => (
                <option key={group} value={group}>
                  {group}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-size`} label={t('regSizeClass')}>
            <select
              id={`${id}-size`}
              value={draft.sizeClass}
              onChange={(event) => set({ sizeClass: event.target.value })}
              data-testid="employer-sizeClass"
            >
              <option value="">{t('regChoose')}</option>
              {SIZES.map((size) => (
                <option key={size} value={size}>
                  {t(SIZE_CLASS_LABEL[size])}
                </option>
              ))}
            </select>
          </Field>
          <VillageField
            label={t('regEmployerRegion')}
            value={draft.villageCode}
            onChange={(villageCode) => set({ villageCode })}
            testId="employer-village"
          />
          <Field id={`${id}-from`} label={t('regActiveFrom')}>
            <input
              id={`${id}-from`}
              className="input"
              type="date"
              value={draft.activeFrom}
              onChange={(event) => set({ activeFrom: event.target.value })}
              data-testid="employer-activeFrom"
            />
          </Field>
        </div>
        <LocalProblems problems={problems} testId="employer-problems" />
        {register.error && <ApiProblems error={register.error} testId="employer-error" />}
        <div className="form-actions">
          <button
            type="submit"
            className="button"
            disabled={register.isPending}
            data-testid="employer-submit"
          >
            {register.isPending && <span className="spinner" aria-hidden="true" />}
            {t('regEmployerRegisterSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
