import { useId } from 'react';
import type { Meta } from '../api/useMeta.ts';
import { InfoTip } from '../components/InfoTip.tsx';
import { pick, useT } from '../i18n.ts';
import { BASIS_PARAM, useDashboardParams } from '../state/urlParams.ts';

export function BasisSelect({ meta }: { meta: Meta | undefined }) {
  const { t, lang } = useT();
  const id = useId();
  const { basis, setQuery } = useDashboardParams();
  const value = basis ?? meta?.defaultBasis ?? '';
  return (
    <div className="field">
      <span className="field-label-row">
        <label htmlFor={id} className="field-label">
          {t('basisLabel')}
        </label>
        <InfoTip label={t('basisLabel')} text={t('basisHelp')} align="end" />
      </span>
      <select
        id={id}
        data-testid="basis-select"
        value={value}
        disabled={!meta}
        onChange={(event) => setQuery({ [BASIS_PARAM]: event.target.value })}
      >
        {!meta && <option value="">{t('loading')}</option>}
        {meta?.bases.map((b) => (
          <option key={b.code} value={b.code}>
            {pick(lang, b.nameId, b.nameEn)}
          </option>
        ))}
      </select>
    </div>
  );
}
