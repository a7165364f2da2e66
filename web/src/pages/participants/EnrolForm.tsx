import { type FormEvent, useId, useState } from 'react';
import { useLocation } from 'wouter';
import { useEnrol } from '../../api/useParticipants.ts';
import { useSession } from '../../api/useSession.ts';
import { ApiProblems } from '../../components/ApiProblems.tsx';
import { Field } from '../../components/Field.tsx';
import { LocalProblems } from '../../components/LocalProblems.tsx';
import { type MessageKey, useT } from '../../i18n.ts';
import { SEX_LABEL } from '../../lib/registryLabels.ts';
import { currentDate } from '../calculator/formValues.ts';
import { MembershipFields } from './MembershipFields.tsx';
import { initialDraft, membershipBody, segmentsFor } from './membershipDraft.ts';
import { EMPTY_PERSON, nikDigits, type PersonDraft, personProblems } from './personDraft.ts';
import { VillageField } from './VillageField.tsx';

/** What the person page says after an enrolment: a new person, or a NIK that was already registered. */
export interface EnrolledState {
  enrolled: 'created' | 'existing';
}

/**
 * "Daftarkan peserta": the person (checked by NIK against sex and birth date on the server) and the
 * first membership. A NIK already registered gets the membership added, not a second person.
 */
export function EnrolForm() {
  const { t } = useT();
  const headingId = useId();
  const id = useId();
  const segments = segmentsFor(useSession().data?.user?.role);
  const [, navigate] = useLocation();
  const enrol = useEnrol();
  const [person, setPerson] = useState<PersonDraft>(EMPTY_PERSON);
  const [membership, setMembership] = useState(() => initialDraft(segments[0] ?? 'BPU', currentDate()));
  const [problems, setProblems] = useState<MessageKey[]>([]);
  const set = (change: Partial<PersonDraft>) => setPerson((previous) => ({ ...previous, ...change }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const drafted = membershipBody(membership);
    const found = [...personProblems(person), ...drafted.problems];
    setProblems(found);
    if (found.length > 0 || !drafted.body || !person.sex) {
      enrol.reset();
      return;
    }
    enrol.mutate(
      {
        nik: nikDigits(person.nik),
        name: person.name.trim(),
        sex: person.sex,
        birthDate: person.birthDate,
        villageCode: person.villageCode.trim(),
        phone: person.phone.trim() || null,
        membership: drafted.body,
      },
      {
        onSuccess: ({ participant, created }) => {
          const state: EnrolledState = { enrolled: created ? 'created' : 'existing' };
          navigate(`/peserta/${participant.id}`, { state });
        },
      },
    );
  }

  const text = (field: 'nik' | 'name' | 'phone', label: string, help?: string) => (
    <Field id={`${id}-${field}`} label={label} help={help}>
      <input
        id={`${id}-${field}`}
        className="input"
        type={field === 'phone' ? 'tel' : 'text'}
        inputMode={field === 'nik' ? 'numeric' : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={field === 'name' ? 200 : 30}
        value={person[field]}
        onChange={(event) => set({ [field]: event.target.value })}
        data-testid={`enrol-${field}`}
      />
    </Field>
  );

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('regEnrolTitle')}
      </h2>
      <p className="muted small">{t('regEnrolIntro')}</p>
      <form className="user-form" onSubmit={submit} noValidate data-testid="enrol-form">
        <fieldset className="registry-fieldset">
          <legend>{t('regPersonLegend')}</legend>
          <div className="form-grid">
            {text('nik', t('regNik'), t('regNikHelp'))}
            {text('name', t('regName'))}
            <Field id={`${id}-sex`} label={t('regSex')}>
              <select
                id={`${id}-sex`}
                value={person.sex}
                onChange={(event) => set({ sex: event.target.value as PersonDraft['sex'] })}
                data-testid="enrol-sex"
              >
                <option value="">{t('regChoose')}</option>
                <option value="F">{t(SEX_LABEL.F)}</option>
                <option value="M">{t(SEX_LABEL.M)}</option>
              </select>
            </Field>
            <Field id={`${id}-birth`} label={t('regBirthDate')}>
              <input
                id={`${id}-birth`}
                className="input"
                type="date"
                value={person.birthDate}
                onChange={(event) => set({ birthDate: event.target.value })}
                data-testid="enrol-birthDate"
              />
            </Field>
            <VillageField
              label={t('regVillage')}
              value={person.villageCode}
              onChange={(villageCode) => set({ villageCode })}
              testId="enrol-village"
            />
            {text('phone', t('regPhone'))}
          </div>
        </fieldset>
        <fieldset className="registry-fieldset">
          <legend>{t('regMembershipLegend')}</legend>
          <MembershipFields
            draft={membership}
            onChange={setMembership}
            segments={segments}
            testPrefix="enrol"
          />
        </fieldset>
        <LocalProblems problems={problems} testId="enrol-problems" />
        {enrol.error && <ApiProblems error={enrol.error} testId="enrol-error" />}
        <div className="form-actions">
          <button type="submit" className="button" disabled={enrol.isPending} data-testid="enrol-submit">
            {enrol.isPending && <span className="spinner" aria-hidden="true" />}
            {t('regEnrolSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
