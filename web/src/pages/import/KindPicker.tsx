import { useId } from 'react';
import type { ImportKind } from '../../api/useImport.ts';
import { useT } from '../../i18n.ts';
import type { KindSpec } from './importKinds.ts';

/** The kinds of file the account may import, as radio cards: the choice decides the columns and options. */
export function KindPicker({
  kinds,
  kind,
  onKind,
}: {
  kinds: readonly KindSpec[];
  kind: ImportKind;
  onKind: (kind: ImportKind) => void;
}) {
  const { t } = useT();
  const name = useId();
  return (
    <fieldset className="choice-group" data-testid="import-kind">
      <legend className="field-label">{t('importKindLabel')}</legend>
      <div className="choice-cards choice-cards-3">
        {kinds.map((spec) => (
          <label key={spec.kind} className="choice-card">
            <input
              type="radio"
              name={name}
              value={spec.kind}
              checked={kind === spec.kind}
              onChange={() => onKind(spec.kind)}
            />
            <span className="choice-text">
              <span className="choice-title">{t(spec.label)}</span>
              <span className="choice-help">{t(spec.help)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
