import { useId } from 'react';
import { formatFileSize } from '../../../../src/shared/format.ts';
import { useT } from '../../i18n.ts';

/** The CSV picker (also a drop target); the chosen file's name and size confirm what will be sent. */
export function FileField({ file, onFile }: { file: File | null; onFile: (file: File | null) => void }) {
  const { t, lang } = useT();
  const id = useId();
  const helpId = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t('importFileLabel')}
      </label>
      <input
        id={id}
        className="file-input"
        type="file"
        accept=".csv,text/csv"
        aria-describedby={helpId}
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
        data-testid="import-file"
      />
      <span id={helpId} className="field-help">
        {file ? (
          <span className="file-chosen">
            <strong>{file.name}</strong> · {formatFileSize(file.size, lang)}
          </span>
        ) : (
          t('importFileHelp')
        )}
      </span>
    </div>
  );
}
