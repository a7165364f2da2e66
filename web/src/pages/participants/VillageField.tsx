import { useId } from 'react';
import { useRegion } from '../../api/useRegion.ts';
import { Field } from '../../components/Field.tsx';
import { useT } from '../../i18n.ts';
import { RegionSearch } from '../../layout/RegionSearch.tsx';

/** A village code, typed (`15.03.03.1001`) or found by name; the region's name shows under it. */
export function VillageField({
  value,
  onChange,
  testId,
  label,
}: {
  value: string;
  onChange: (code: string) => void;
  testId: string;
  label: string;
}) {
  const { t } = useT();
  const id = useId();
  return (
    <>
      <Field id={id} label={label} help={<RegionName code={value.trim()} />}>
        <input
          id={id}
          className="input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          placeholder="15.03.03.1001"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
        />
      </Field>
      <div className="field">
        <span className="field-label" aria-hidden="true">
          {t('regVillageSearch')}
        </span>
        <RegionSearch
          label={t('regVillageSearch')}
          onSelect={(region) => onChange(region.code)}
          inputTestId={`${testId}-search`}
          resultTestIdPrefix={`${testId}-result-`}
        />
      </div>
    </>
  );
}

/** The region's name and its parents, nearest first (`village, district, regency, province`). */
export function RegionName({ code }: { code: string }) {
  const { t } = useT();
  const region = useRegion(code);
  if (!region.data) return region.isError ? t('regRegionUnknown') : null;
  const parents = region.data.ancestors
    .filter((ancestor) => ancestor.level > 0)
    .sort((a, b) => b.level - a.level)
    .map((ancestor) => ancestor.name);
  return [region.data.region.name, ...parents].join(', ');
}
