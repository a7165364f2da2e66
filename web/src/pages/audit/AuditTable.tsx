import { Fragment, useState } from 'react';
import { formatDateTime } from '../../../../src/shared/format.ts';
import type { AuditEntry } from '../../api/access.types.ts';
import { useRoles } from '../../api/useRoles.ts';
import { Missing } from '../../components/Missing.tsx';
import { pick, useT } from '../../i18n.ts';
import { AuditDiff } from './AuditDiff.tsx';

const COLUMNS = 8;

/** One page of audit entries; a row opens to show what changed. */
export function AuditTable({ entries, busy }: { entries: AuditEntry[]; busy: boolean }) {
  const { t, lang } = useT();
  const roles = useRoles().data?.roles;
  // The log stores the role code; show its name when the role table knows it.
  const roleName = (code: string) => {
    const role = roles?.find((r) => r.code === code);
    return role ? pick(lang, role.nameId, role.nameEn) : code;
  };
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const optional = (value: string | null) => value ?? <Missing />;

  return (
    <div className="table-scroll">
      <table className="data-table audit-table" data-testid="audit-table" aria-busy={busy}>
        <caption className="sr-only">{t('auditTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('auditTime')}</th>
            <th scope="col">{t('auditActor')}</th>
            <th scope="col">{t('auditRole')}</th>
            <th scope="col">{t('auditAction')}</th>
            <th scope="col">{t('auditEntity')}</th>
            <th scope="col">{t('auditRegion')}</th>
            <th scope="col">{t('auditReason')}</th>
            <th scope="col">
              <span className="sr-only">{t('auditDetails')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const expanded = open.has(entry.id);
            return (
              <Fragment key={entry.id}>
                <tr data-testid={`audit-row-${entry.id}`} data-action={entry.action}>
                  <td className="nowrap">{formatDateTime(entry.at, lang)}</td>
                  <td>{entry.actor}</td>
                  <td className="role-cell">{roleName(entry.actorRole)}</td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>
                    {entry.entity}
                    {entry.entityId && <span className="muted"> #{entry.entityId}</span>}
                  </td>
                  <td>{optional(entry.regionCode)}</td>
                  <td className="wrap">{optional(entry.reason)}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={expanded}
                      onClick={() => toggle(entry.id)}
                      data-testid={`audit-toggle-${entry.id}`}
                    >
                      {t(expanded ? 'auditHide' : 'auditShow')}
                    </button>
                  </td>
                </tr>
                {expanded && (
                  <tr className="audit-detail">
                    <td colSpan={COLUMNS}>
                      <AuditDiff before={entry.before} after={entry.after} />
                      {entry.ip && <p className="muted small">IP {entry.ip}</p>}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
