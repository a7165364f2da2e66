import { useId } from 'react';
import type { ImportKind } from '../../api/useImport.ts';
import { useT } from '../../i18n.ts';
import { downloadText } from '../../lib/download.ts';
import { kindSpec } from './importKinds.ts';

/** The columns the chosen kind expects, with the Indonesian headers and a small example to copy. */
export function ColumnsHelp({ kind }: { kind: ImportKind }) {
  const { t } = useT();
  const headingId = useId();
  const spec = kindSpec(kind);
  return (
    <aside className="panel columns-help" aria-labelledby={headingId} data-testid="import-columns">
      <h2 id={headingId} className="panel-title">
        {t('columnsTitle')} · {t(spec.label)}
      </h2>
      <div className="table-scroll">
        <table className="data-table compact-table">
          <thead>
            <tr>
              <th scope="col">{t('columnsName')}</th>
              <th scope="col">{t('columnsMeaning')}</th>
            </tr>
          </thead>
          <tbody>
            {spec.columns.map((column) => (
              <tr key={column.name}>
                <td>
                  <code>{column.name}</code>
                  <span className="column-alias">
                    {t('columnsAlias')} <code>{column.alias}</code>
                  </span>
                </td>
                <td className="wrap">
                  {t(column.meaning)}
                  {column.optional && <span className="muted"> ({t('columnsOptional')})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="example-header">
        <span className="field-label">{t('columnsExample')}</span>
        <button
          type="button"
          className="button button-small button-ghost"
          onClick={() => downloadText(spec.exampleFile, spec.example)}
        >
          {t('downloadExample')}
        </button>
      </div>
      <pre className="csv-example">{spec.example}</pre>
      <p className="field-help">{t('columnsNote')}</p>
    </aside>
  );
}
