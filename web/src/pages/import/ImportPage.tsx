import { useState } from 'react';
import { type ImportKind, useImport } from '../../api/useImport.ts';
import { useT } from '../../i18n.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { ColumnsHelp } from './ColumnsHelp.tsx';
import { ImportForm } from './ImportForm.tsx';
import { ImportHistory } from './ImportHistory.tsx';
import { ImportResult } from './ImportResult.tsx';

/** `/impor`: upload a CSV (check first, then import), read the report, and see earlier imports. */
export function ImportPage() {
  const { t } = useT();
  const [kind, setKind] = useState<ImportKind>('active');
  const importer = useImport();
  useDocumentTitle(t('importTitle'));

  function chooseKind(next: ImportKind) {
    setKind(next);
    // A report about another kind of file would only confuse; the history below keeps the record.
    importer.reset();
  }

  return (
    <div className="import-page">
      <div className="region-heading">
        <h1>{t('importTitle')}</h1>
        <p className="region-meta">{t('importIntro')}</p>
      </div>
      <div className="import-layout">
        <ImportForm
          kind={kind}
          onKind={chooseKind}
          busy={importer.isPending ? (importer.variables?.dryRun ? 'check' : 'import') : null}
          onSubmit={(request) => importer.mutate(request)}
        />
        <ColumnsHelp kind={kind} />
      </div>
      <ImportResult report={importer.data} error={importer.error} />
      <ImportHistory />
    </div>
  );
}
