import { useId } from 'react';
import { useT } from '../../i18n.ts';
import { FundField, invalidProps } from './FundField.tsx';
import { POVERTY_LABEL, POVERTY_LEVELS } from './fundingLabels.ts';
import type { DraftProps } from './ProgramFormFields.tsx';

/** Whom the program may take (all optional: empty means anyone in the funder's region), and notes. */
export function TargetingFields({ draft, onDraft, errors }: DraftProps) {
  const { t } = useT();
  const id = useId();
  const togglePoverty = (level: string, on: boolean) =>
    onDraft({
      ...draft,
      poverty: on ? [...draft.poverty, level] : draft.poverty.filter((p) => p !== level),
    });
  return (
    <fieldset className="registry-fieldset">
      <legend>{t('fundGroupTargeting')}</legend>
      <div className="form-grid">
        <FundField
          id={`${id}-villages`}
          label={t('fundVillages')}
          help={t('fundVillagesHelp')}
          error={errors.villages}
        >
          <textarea
            {...invalidProps(`${id}-villages`, errors.villages)}
            className="input textarea"
            rows={3}
            value={draft.villages}
            placeholder="15.03.03.1001, 15.03.03.1002"
            onChange={(event) => onDraft({ ...draft, villages: event.target.value })}
            data-testid="fund-villages"
          />
        </FundField>
        <FundField
          id={`${id}-occupations`}
          label={t('fundOccupations')}
          help={t('fundOccupationsHelp')}
          error={errors.occupations}
        >
          <textarea
            {...invalidProps(`${id}-occupations`, errors.occupations)}
            className="input textarea"
            rows={3}
            value={draft.occupations}
            placeholder={t('fundOccupationsPlaceholder')}
            onChange={(event) => onDraft({ ...draft, occupations: event.target.value })}
            data-testid="fund-occupations"
          />
        </FundField>
      </div>
      <fieldset className="program-choices">
        <legend className="field-label">{t('fundPovertyLevels')}</legend>
        <div className="fund-checks">
          {POVERTY_LEVELS.map((level) => (
            <label key={level}>
              <input
                type="checkbox"
                checked={draft.poverty.includes(level)}
                onChange={(event) => togglePoverty(level, event.target.checked)}
                data-testid={`fund-poverty-${level}`}
              />{' '}
              {t(POVERTY_LABEL[level] ?? 'fundPovertyUnknown')}
            </label>
          ))}
        </div>
        <span className="field-help">{t('fundPovertyHelp')}</span>
      </fieldset>
      <FundField id={`${id}-notes`} label={t('fundNotes')} error={errors.notes} wide>
        <textarea
          {...invalidProps(`${id}-notes`, errors.notes)}
          className="input textarea"
          rows={2}
          maxLength={2000}
          value={draft.notes}
          onChange={(event) => onDraft({ ...draft, notes: event.target.value })}
          data-testid="fund-notes"
        />
      </FundField>
    </fieldset>
  );
}
