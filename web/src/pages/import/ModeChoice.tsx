import { useId } from 'react';
import type { ImportMode } from '../../api/useImport.ts';
import { type MessageKey, useT } from '../../i18n.ts';

const MODES: readonly { mode: ImportMode; label: MessageKey; help: MessageKey; testId?: string }[] = [
  { mode: 'all', label: 'modeAll', help: 'modeAllHelp' },
  { mode: 'valid-only', label: 'modeValidOnly', help: 'modeValidOnlyHelp', testId: 'import-mode-valid-only' },
];

/** All-or-nothing (the safe default) or keep the valid rows; each with what it means. */
export function ModeChoice({ mode, onMode }: { mode: ImportMode; onMode: (mode: ImportMode) => void }) {
  const { t } = useT();
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend className="field-label">{t('importModeLabel')}</legend>
      <div className="choice-cards">
        {MODES.map((option) => (
          <label key={option.mode} className="choice-card">
            <input
              type="radio"
              name={name}
              value={option.mode}
              checked={mode === option.mode}
              onChange={() => onMode(option.mode)}
              data-testid={option.testId}
            />
            <span className="choice-text">
              <span className="choice-title">{t(option.label)}</span>
              <span className="choice-help">{t(option.help)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
