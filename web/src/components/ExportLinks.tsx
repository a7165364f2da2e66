import { type ExportArgs, exportUrl } from '../api/exportUrl.ts';
import { useCan } from '../api/useSession.ts';
import { useT } from '../i18n.ts';
import { PERMISSION } from '../lib/permissions.ts';

/**
 * "Ekspor Excel" (+ a CSV alternative) for one server-side table export; only for accounts that may
 * export (the server still checks the region scope).
 */
export function ExportLinks({
  args,
  testId,
  label,
}: {
  args: Omit<ExportArgs, 'lang' | 'format'>;
  testId?: string;
  label?: string;
}) {
  const { t, lang } = useT();
  const allowed = useCan(PERMISSION.coverageExport);
  if (!allowed) return null;
  return (
    <span className="export-links">
      <a className="button button-small" href={exportUrl({ ...args, lang })} download data-testid={testId}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
          <path
            d="M8 1v9m0 0L4.5 6.5M8 10l3.5-3.5M2 12v2h12v-2"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          />
        </svg>
        {label ?? t('exportExcel')}
      </a>
      <a className="link-small" href={exportUrl({ ...args, lang, format: 'csv' })} download>
        {t('exportCsv')}
      </a>
    </span>
  );
}
