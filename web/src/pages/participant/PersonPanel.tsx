import { useId, useState } from 'react';
import type { ParticipantView } from '../../api/registry.types.ts';
import { Badge } from '../../components/Badge.tsx';
import { Fact } from '../../components/Fact.tsx';
import { Missing } from '../../components/Missing.tsx';
import { useT } from '../../i18n.ts';
import { labelOf, SEX_LABEL } from '../../lib/registryLabels.ts';
import { formatDate } from '../calculator/calcFormat.ts';
import { RegionName } from '../participants/VillageField.tsx';
import { RevealParticipantForm } from './RevealParticipantForm.tsx';

/**
 * The person: masked as the server sends it, or in full after a reveal with a reason. `revealed` is
 * the unmasked record, kept by the page for this view only.
 */
export function PersonPanel({
  person,
  revealed,
  onRevealed,
  canReveal,
}: {
  person: ParticipantView;
  revealed: ParticipantView | null;
  onRevealed: (full: ParticipantView | null) => void;
  canReveal: boolean;
}) {
  const { t, lang } = useT();
  const headingId = useId();
  const [asking, setAsking] = useState(false);
  // Only the personal fields come from the reveal; the rest (date of death) follows later changes.
  const shown: ParticipantView = revealed
    ? {
        ...person,
        nik: revealed.nik,
        name: revealed.name,
        birthDate: revealed.birthDate,
        phone: revealed.phone,
        masked: false,
      }
    : person;
  // A masked birth date (`1990-**-**`) is not a date to format.
  const birthDate = shown.masked ? shown.birthDate : formatDate(shown.birthDate, lang);

  return (
    <section className="panel" aria-labelledby={headingId} data-testid="person">
      <div className="panel-header">
        <h1 id={headingId} className="person-name" data-testid="person-name">
          {shown.name}
        </h1>
        {shown.masked ? (
          <Badge tone="neutral">{t('regMasked')}</Badge>
        ) : (
          <Badge tone="warn">{t('userRevealed')}</Badge>
        )}
      </div>
      <dl className="registry-facts">
        <Fact label={t('regNik')}>
          <code data-testid="person-nik">{shown.nik}</code>
        </Fact>
        <Fact label={t('regKpj')}>
          <code data-testid="person-kpj">{shown.kpj}</code>
        </Fact>
        <Fact label={t('regSex')}>{labelOf(SEX_LABEL, shown.sex, t)}</Fact>
        <Fact label={t('regBirthDate')}>
          <span data-testid="person-birth-date">{birthDate}</span>
        </Fact>
        <Fact label={t('regVillage')}>
          <code>{shown.villageCode}</code>{' '}
          <span className="muted">
            <RegionName code={shown.villageCode} />
          </span>
        </Fact>
        <Fact label={t('regPhone')}>
          <span data-testid="person-phone">{shown.phone ?? <Missing />}</span>
        </Fact>
        {shown.agentCode && <Fact label={t('regAgentCode')}>{shown.agentCode}</Fact>}
        {shown.diedOn && <Fact label={t('regDiedOn')}>{formatDate(shown.diedOn, lang)}</Fact>}
      </dl>
      {canReveal && !revealed && !asking && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => setAsking(true)}
          data-testid="person-reveal"
        >
          {t('regReveal')}
        </button>
      )}
      {revealed && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onRevealed(null)}
          data-testid="person-hide"
        >
          {t('regHide')}
        </button>
      )}
      {asking && !revealed && (
        <RevealParticipantForm
          participantId={person.id}
          onCancel={() => setAsking(false)}
          onRevealed={(full) => {
            setAsking(false);
            onRevealed(full);
          }}
        />
      )}
    </section>
  );
}
