import { useId } from 'react';
import { useT } from '../../i18n.ts';
import { RegionSearch } from '../../layout/RegionSearch.tsx';
import { RegionName } from '../participants/VillageField.tsx';
import { type FieldError, FundField, invalidProps } from './FundField.tsx';

/**
 * A region code, typed (`15.03`) or found by name with the region search; the region's name and its
 * parents show under it, so a typo is seen before sending.
 */
export function RegionField({
  value,
  onChange,
  label,
  help,
  error,
  testId,
}: {
  value: string;
  onChange: (code: string) => void;
  label: string;
  help?: string;
  error?: FieldError;
  testId: string;
}) {
  const { t } = useT();
  const id = useId();
  const code = value.trim();
  return (
    <div className="fund-region-field">
      <FundField id={id} label={label} help={code ? <RegionName code={code} /> : help} error={error}>
        <input
          {...invalidProps(id, error)}
          className="input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          placeholder="15.03"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
        />
      </FundField>
      <div className="field">
        <span className="field-label" aria-hidden="true">
          {t('fundRegionSearch')}
        </span>
        <RegionSearch
          label={`${label}: ${t('fundRegionSearch')}`}
          onSelect={(region) => onChange(region.code)}
          inputTestId={`${testId}-search`}
          resultTestIdPrefix={`${testId}-result-`}
        />
      </div>
    </div>
  );
}
