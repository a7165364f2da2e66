import { useId } from 'react';
import { formatCount, formatMonth } from '../../../../src/shared/format.ts';
import { useMeta } from '../../api/useMeta.ts';
import { useWorkforceDatasets } from '../../api/useWorkforceDatasets.ts';
import { Badge } from '../../components/Badge.tsx';
import { Field } from '../../components/Field.tsx';
import { type MessageKey, pick, useT } from '../../i18n.ts';

export interface WorkforceChoice {
  isNew: boolean;
  /** The existing dataset's key, or the key typed for a new one. */
  key: string;
  name: string;
  basis: string;
  referenceMonth: string;
}

export const EMPTY_DATASET: WorkforceChoice = {
  isNew: false,
  key: '',
  name: '',
  basis: '',
  referenceMonth: '',
};

const NEW = '__new__';
/** The server's rule for dataset keys (src/workforce/workforce.service.ts). */
const KEY_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/** What is missing before a workforce import can be sent; the server checks the same again. */
export function workforceProblem(choice: WorkforceChoice, source: string): MessageKey | null {
  if (!choice.isNew) return choice.key ? null : 'datasetChoose';
  const { key, name, basis, referenceMonth } = choice;
  if (![key, name, basis, referenceMonth, source].every((v) => v.trim())) return 'datasetNewRequired';
  return KEY_PATTERN.test(key.trim()) ? null : 'datasetKeyInvalid';
}

/** Update an existing workforce dataset, or describe a new one (key, name, basis, reference month). */
export function WorkforceOptions({
  value,
  onChange,
}: {
  value: WorkforceChoice;
  onChange: (value: WorkforceChoice) => void;
}) {
  const { t, lang } = useT();
  const ids = { dataset: useId(), key: useId(), name: useId(), basis: useId(), month: useId() };
  const datasets = useWorkforceDatasets();
  const meta = useMeta();
  const bases = meta.data?.bases ?? [];
  const basisName = (code: string) => {
    const basis = bases.find((b) => b.code === code);
    return basis ? pick(lang, basis.nameId, basis.nameEn) : code;
  };
  const chosen = value.isNew ? undefined : datasets.data?.find((d) => d.key === value.key);
  const set = (change: Partial<WorkforceChoice>) => onChange({ ...value, ...change });

  function choose(selected: string) {
    if (selected === NEW) set({ isNew: true, key: '', basis: value.basis || meta.data?.defaultBasis || '' });
    else set({ isNew: false, key: selected });
  }

  return (
    <div className="workforce-options">
      <Field id={ids.dataset} label={t('datasetLabel')}>
        <select
          id={ids.dataset}
          value={value.isNew ? NEW : value.key}
          onChange={(event) => choose(event.target.value)}
        >
          <option value="" disabled>
            {datasets.isPending ? t('loading') : t('datasetPlaceholder')}
          </option>
          {bases.map((basis) => (
            <optgroup key={basis.code} label={basisName(basis.code)}>
              {datasets.data
                ?.filter((d) => d.basis === basis.code)
                .map((d) => (
                  <option key={d.key} value={d.key}>
                    {d.name} ({d.key})
                  </option>
                ))}
            </optgroup>
          ))}
          <option value={NEW}>{t('datasetNew')}</option>
        </select>
        {chosen && (
          <span className="field-help">
            {t('datasetExisting', {
              basis: basisName(chosen.basis),
              month: formatMonth(chosen.referenceMonth, lang),
              regions: formatCount(chosen.regions, lang),
            })}
            {chosen.isDemo && (
              <>
                {' '}
                <Badge tone="demo">{t('demo')}</Badge>
              </>
            )}
            <br />
            {t('datasetUpdateHelp')}
          </span>
        )}
      </Field>
      {value.isNew && (
        <div className="form-grid">
          <Field id={ids.key} label={t('datasetKeyLabel')} help={t('datasetKeyHelp')}>
            <input
              id={ids.key}
              className="input"
              value={value.key}
              maxLength={64}
              spellCheck={false}
              autoCapitalize="none"
              placeholder="bps-2025-08"
              onChange={(event) => set({ key: event.target.value.toLowerCase() })}
            />
          </Field>
          <Field id={ids.name} label={t('datasetNameLabel')}>
            <input
              id={ids.name}
              className="input"
              value={value.name}
              maxLength={200}
              placeholder={t('datasetNamePlaceholder')}
              onChange={(event) => set({ name: event.target.value })}
            />
          </Field>
          <Field id={ids.basis} label={t('targetBasis')}>
            <select
              id={ids.basis}
              value={value.basis}
              onChange={(event) => set({ basis: event.target.value })}
            >
              {bases.map((basis) => (
                <option key={basis.code} value={basis.code}>
                  {basisName(basis.code)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={ids.month} label={t('datasetMonthLabel')}>
            <input
              id={ids.month}
              className="input"
              type="month"
              placeholder="YYYY-MM"
              value={value.referenceMonth}
              onChange={(event) => set({ referenceMonth: event.target.value })}
            />
          </Field>
        </div>
      )}
    </div>
  );
}
