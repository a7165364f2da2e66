import { useId } from 'react';
import { formatRupiah } from '../../../../src/shared/format.ts';
import { useT } from '../../i18n.ts';
import { parseWhole } from '../calculator/formValues.ts';
import { FundField, invalidProps } from './FundField.tsx';
import {
  FUNDER_KINDS,
  FUNDING_SOURCES,
  funderKindLabel,
  STATUS_LABEL,
  sourceLabel,
} from './fundingLabels.ts';
import { type Draft, type DraftField, type FieldErrors, withFiscalYear } from './programDraft.ts';
import { RegionField } from './RegionField.tsx';
import { TargetingFields } from './TargetingFields.tsx';

export interface DraftProps {
  draft: Draft;
  onDraft: (draft: Draft) => void;
  errors: FieldErrors;
}

/** Every field of a program, grouped: the program, who pays, money and months, whom it targets. */
export function ProgramFormFields({ draft, onDraft, errors }: DraftProps) {
  const { t, lang } = useT();
  const id = useId();
  const set = (change: Partial<Draft>) => onDraft({ ...draft, ...change });
  const text = (field: DraftField & keyof Draft, label: string, help?: string, numeric = false) => (
    <FundField id={`${id}-${field}`} label={label} help={help} error={errors[field]}>
      <input
        {...invalidProps(`${id}-${field}`, errors[field])}
        className="input"
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        autoComplete="off"
        value={String(draft[field])}
        onChange={(event) => set({ [field]: event.target.value })}
        data-testid={`fund-${field}`}
      />
    </FundField>
  );
  const money = (value: string) => {
    const amount = parseWhole(value);
    return amount === null ? undefined : formatRupiah(amount, lang);
  };
  const month = (field: 'periodFrom' | 'periodTo', label: string) => (
    <FundField id={`${id}-${field}`} label={label} error={errors[field]}>
      <input
        {...invalidProps(`${id}-${field}`, errors[field])}
        className="input"
        type="month"
        placeholder="YYYY-MM"
        value={draft[field]}
        onChange={(event) => set({ [field]: event.target.value })}
        data-testid={`fund-${field}`}
      />
    </FundField>
  );
  return (
    <>
      <fieldset className="registry-fieldset">
        <legend>{t('fundGroupProgram')}</legend>
        <div className="form-grid">
          <FundField id={`${id}-code`} label={t('fundCode')} help={t('fundCodeHelp')} error={errors.code}>
            <input
              {...invalidProps(`${id}-code`, errors.code)}
              className="input"
              type="text"
              autoComplete="off"
              maxLength={40}
              value={draft.code}
              onChange={(event) => set({ code: event.target.value.toUpperCase() })}
              data-testid="fund-code"
            />
          </FundField>
          {text('name', t('fundName'))}
          <FundField
            id={`${id}-status`}
            label={t('fundStatus')}
            help={t('fundStatusHelp')}
            error={errors.status}
          >
            <select
              {...invalidProps(`${id}-status`, errors.status)}
              value={draft.status}
              onChange={(event) => set({ status: event.target.value })}
              data-testid="fund-status-select"
            >
              {['draft', 'active'].map((s) => (
                <option key={s} value={s}>
                  {t(STATUS_LABEL[s] ?? 'fundStatusDraft')}
                </option>
              ))}
            </select>
          </FundField>
        </div>
      </fieldset>
      <fieldset className="registry-fieldset">
        <legend>{t('fundGroupFunder')}</legend>
        <div className="form-grid">
          <FundField id={`${id}-kind`} label={t('fundFunderKind')} error={errors.funderKind}>
            <select
              {...invalidProps(`${id}-kind`, errors.funderKind)}
              value={draft.funderKind}
              onChange={(event) => set({ funderKind: event.target.value })}
              data-testid="fund-funderKind"
            >
              {FUNDER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {funderKindLabel(kind, lang)}
                </option>
              ))}
            </select>
          </FundField>
          {text('funderName', t('fundFunderName'))}
          <FundField id={`${id}-source`} label={t('fundSource')} error={errors.source}>
            <select
              {...invalidProps(`${id}-source`, errors.source)}
              value={draft.source}
              onChange={(event) => set({ source: event.target.value })}
              data-testid="fund-source"
            >
              {FUNDING_SOURCES.map((source) => (
                <option key={source} value={source}>
                  {sourceLabel(source, lang)}
                </option>
              ))}
            </select>
          </FundField>
        </div>
        <RegionField
          label={t('fundRegion')}
          help={t('fundRegionHelp')}
          value={draft.regionCode}
          onChange={(regionCode) => set({ regionCode })}
          error={errors.regionCode}
          testId="fund-region"
        />
        <FundField
          id={`${id}-legal`}
          label={t('fundLegalBasis')}
          help={t('fundLegalBasisHelp')}
          error={errors.legalBasis}
          wide
        >
          <textarea
            {...invalidProps(`${id}-legal`, errors.legalBasis)}
            className="input textarea"
            rows={2}
            maxLength={2000}
            value={draft.legalBasis}
            onChange={(event) => set({ legalBasis: event.target.value })}
            data-testid="fund-legalBasis"
          />
        </FundField>
      </fieldset>
      <fieldset className="registry-fieldset">
        <legend>{t('fundGroupMoney')}</legend>
        <div className="form-grid">
          <FundField id={`${id}-year`} label={t('fundFiscalYear')} error={errors.fiscalYear}>
            <input
              {...invalidProps(`${id}-year`, errors.fiscalYear)}
              className="input"
              type="text"
              inputMode="numeric"
              maxLength={4}
              value={draft.fiscalYear}
              onChange={(event) => onDraft(withFiscalYear(draft, event.target.value.trim()))}
              data-testid="fund-fiscalYear"
            />
          </FundField>
          {text('budget', t('fundBudget'), money(draft.budget) ?? t('fundBudgetHelp'), true)}
          {month('periodFrom', t('fundPeriodFrom'))}
          {month('periodTo', t('fundPeriodTo'))}
          {text(
            'declaredIncome',
            t('fundDeclaredIncome'),
            money(draft.declaredIncome) ?? t('fundDeclaredIncomeHelp'),
            true,
          )}
        </div>
        <fieldset className="program-choices">
          <legend className="field-label">{t('fundPrograms')}</legend>
          <div className="fund-checks">
            <label>
              <input type="checkbox" checked disabled /> JKK
            </label>
            <label>
              <input type="checkbox" checked disabled /> JKM
            </label>
            <label>
              <input
                type="checkbox"
                checked={draft.jht}
                onChange={(event) => set({ jht: event.target.checked })}
                data-testid="fund-jht"
              />{' '}
              {t('fundJhtOptional')}
            </label>
          </div>
          <span className="field-help">{t('fundProgramsHelp')}</span>
        </fieldset>
      </fieldset>
      <TargetingFields draft={draft} onDraft={onDraft} errors={errors} />
    </>
  );
}
