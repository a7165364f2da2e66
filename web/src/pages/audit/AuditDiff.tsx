import { useT } from '../../i18n.ts';
import { auditDiff } from './auditDiff.ts';

/** Before and after of one audit entry, changed fields marked; every value rendered as text. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useT();
  const lines = auditDiff(before, after);
  if (lines.length === 0) return <p className="muted small">{t('auditNoDiff')}</p>;
  return (
    <table className="data-table audit-diff" data-testid="audit-diff">
      <thead>
        <tr>
          <th scope="col">{t('auditField')}</th>
          <th scope="col">{t('auditBefore')}</th>
          <th scope="col">{t('auditAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key} className={line.changed ? 'is-changed' : undefined}>
            <th scope="row">
              <code>{line.key}</code>
            </th>
            <td>{line.before === null ? <span className="muted">—</span> : <pre>{line.before}</pre>}</td>
            <td>{line.after === null ? <span className="muted">—</span> : <pre>{line.after}</pre>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
