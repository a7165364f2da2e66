import { Badge } from '../../components/Badge.tsx';
import { useT } from '../../i18n.ts';
import { labelOr, STATUS_LABEL } from './fundingLabels.ts';

/** Draft (neutral), active (blue), closed (amber). */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useT();
  const tone = status === 'active' ? 'info' : status === 'closed' ? 'warn' : 'neutral';
  return (
    <span data-testid="fund-status" data-status={status}>
      <Badge tone={tone}>{labelOr(STATUS_LABEL, status, t)}</Badge>
    </span>
  );
}
