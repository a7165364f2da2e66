import { formatPercent } from '../../../../../src/shared/format.ts';
import type { TargetRecord } from '../../../api/useTargets.ts';
import { Missing } from '../../../components/Missing.tsx';
import { useT } from '../../../i18n.ts';

/**
 * One saved target. Asking "delete?" opens a second row under it rather than squeezing buttons into
 * the last cell, so the question stays readable on a phone.
 */
export function TargetRow({
  target,
  basisName,
  confirming,
  deleting,
  onEdit,
  onAskDelete,
  onConfirm,
  onCancel,
}: {
  target: TargetRecord;
  basisName: string;
  confirming: boolean;
  deleting: boolean;
  onEdit: () => void;
  onAskDelete: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useT();
  return (
    <>
      <tr data-testid={`target-row-${target.year}-${target.basis ?? 'all'}`}>
        <td>{target.year}</td>
        <td>{basisName}</td>
        <td className="num">{formatPercent(target.targetPct, lang)}</td>
        <td className="wrap">
          {target.source || <Missing />}
          {target.note && <span className="source-detail">{target.note}</span>}
        </td>
        <td className="row-actions">
          <button type="button" className="link-button" onClick={onEdit}>
            {t('targetEdit')}
          </button>
          <button
            type="button"
            className="link-button link-danger"
            aria-expanded={confirming}
            onClick={onAskDelete}
            data-testid="target-delete"
          >
            {t('targetDelete')}
          </button>
        </td>
      </tr>
      {confirming && (
        <tr className="confirm-row">
          <td colSpan={5}>
            <span className="confirm">
              <span>{t('targetDeleteConfirm', { year: target.year, basis: basisName })}</span>
              <button
                type="button"
                className="button button-small button-danger"
                disabled={deleting}
                onClick={onConfirm}
                data-testid="target-delete-confirm"
              >
                {t('targetDeleteYes')}
              </button>
              <button type="button" className="button button-small button-secondary" onClick={onCancel}>
                {t('cancel')}
              </button>
            </span>
          </td>
        </tr>
      )}
    </>
  );
}
