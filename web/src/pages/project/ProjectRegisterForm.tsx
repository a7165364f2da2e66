import { type FormEvent, useId, useState } from 'react';
import { useLocation } from 'wouter';
import { isIsoDate } from '../../../../src/shared/dates.ts';
import { formatRupiah } from '../../../../src/shared/format.ts';
import { ApiProblems } from '../../components/ApiProblems.tsx';
import { Field } from '../../components/Field.tsx';
import { LocalProblems } from '../../components/LocalProblems.tsx';
import { type MessageKey, useT } from '../../i18n.ts';
import { parseWhole } from '../calculator/formValues.ts';
import { VillageField } from '../participants/VillageField.tsx';
import { useRegisterProject } from './useProjects.ts';

const EMPTY = {
  projectNumber: '',
  name: '',
  contractorNpp: '',
  contractValue: '',
  startsOn: '',
  endsOn: '',
  villageCode: '',
};
type Draft = typeof EMPTY;
type TextField = Exclude<keyof Draft, 'villageCode'>;

function draftProblems(draft: Draft): MessageKey[] {
  const problems: MessageKey[] = [];
  if (
    !draft.projectNumber.trim() ||
    !draft.name.trim() ||
    !draft.contractorNpp.trim() ||
    !draft.villageCode.trim()
  ) {
    problems.push('projFieldsMissing');
  }
  const value = parseWhole(draft.contractValue);
  if (value === null || value < 1) problems.push('projValueInvalid');
  if (!isIsoDate(draft.startsOn) || !isIsoDate(draft.endsOn) || draft.endsOn < draft.startsOn) {
    problems.push('projDatesInvalid');
  }
  return problems;
}

/** "Daftarkan proyek": a Jakon project under a contractor registered as an employer (POST /projects). */
export function ProjectRegisterForm() {
  const { t, lang } = useT();
  const id = useId();
  const [, navigate] = useLocation();
  const register = useRegisterProject();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [problems, setProblems] = useState<MessageKey[]>([]);
  const set = (change: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...change }));
  const value = parseWhole(draft.contractValue);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = draftProblems(draft);
    setProblems(found);
    if (found.length > 0 || value === null) {
      register.reset();
      return;
    }
    register.mutate(
      {
        projectNumber: draft.projectNumber.trim(),
        name: draft.name.trim(),
        contractorNpp: draft.contractorNpp.trim(),
        contractValue: value,
        startsOn: draft.startsOn,
        endsOn: draft.endsOn,
        villageCode: draft.villageCode.trim(),
      },
      { onSuccess: (project) => navigate(`/proyek/${project.id}`) },
    );
  }

  const input = (field: TextField, label: string, type = 'text', help?: string) => (
    <Field id={`${id}-${field}`} label={label} help={help}>
      <input
        id={`${id}-${field}`}
        className="input"
        type={type}
        autoComplete="off"
        inputMode={field === 'contractValue' || field === 'contractorNpp' ? 'numeric' : undefined}
        value={draft[field]}
        onChange={(event) => set({ [field]: event.target.value })}
        data-testid={`project-${field}`}
      />
    </Field>
  );

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel-title">
        {t('projRegisterTitle')}
      </h2>
      <form className="user-form" onSubmit={submit} noValidate data-testid="project-form">
        <div className="form-grid">
          {input('projectNumber', t('projNumber'))}
          {input('name', t('projName'))}
          {input('contractorNpp', t('projContractorNpp'))}
          {input(
            'contractValue',
            t('projContractValue'),
            'text',
            value !== null && value > 0 ? formatRupiah(value, lang) : undefined,
          )}
          {input('startsOn', t('projStartsOn'), 'date')}
          {input('endsOn', t('projEndsOn'), 'date')}
          <VillageField
            label={t('projVillage')}
            value={draft.villageCode}
            onChange={(villageCode) => set({ villageCode })}
            testId="project-village"
          />
        </div>
        <LocalProblems problems={problems} testId="project-problems" />
        {register.error && <ApiProblems error={register.error} testId="project-error" />}
        <div className="form-actions">
          <button type="submit" className="button" disabled={register.isPending} data-testid="project-submit">
            {register.isPending && <span className="spinner" aria-hidden="true" />}
            {t('projSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
