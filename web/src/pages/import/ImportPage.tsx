import { useState } from 'react';
import { type ImportKind, useImport } from '../../api/useImport.ts';
import { useSession } from '../../api/useSession.ts';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { useT } from '../../i18n.ts';
import { can, IMPORT_PERMISSIONS, PERMISSION } from '../../lib/permissions.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { ColumnsHelp } from './ColumnsHelp.tsx';
import { ImportForm } from './ImportForm.tsx';
import { ImportHistory } from './ImportHistory.tsx';
import { ImportResult } from './ImportResult.tsx';
import { KINDS } from './importKinds.ts';
import { RegistryImportSection } from './RegistryImportSection.tsx';

/** `/impor`: upload a CSV (check first, then import), read the report, and see earlier imports. */
export function ImportPage() {
  const { t } = useT();
  useDocumentTitle(t('importTitle'));
  return (
    <RequirePermission anyOf={IMPORT_PERMISSIONS}>
      <ImportWorkspace />
    </RequirePermission>
  );
}

function ImportWorkspace() {
  const { t } = useT();
  const user = useSession().data?.user;
  // Only the kinds of file this account may import; the guard guarantees at least one.
  const kinds = KINDS.filter((spec) => can(user, spec.permission));
  const [kind, setKind] = useState<ImportKind>(kinds[0]?.kind ?? 'active');
  const importer = useImport();

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
          kinds={kinds}
          kind={kind}
          onKind={chooseKind}
          busy={importer.isPending ? (importer.variables?.dryRun ? 'check' : 'import') : null}
          onSubmit={(request) => importer.mutate(request)}
        />
        <ColumnsHelp kind={kind} />
      </div>
      <ImportResult report={importer.data} error={importer.error} />
      {can(user, 'imports.registry') && <RegistryImportSection />}
      {can(user, PERMISSION.importsHistory) && <ImportHistory />}
    </div>
  );
}
