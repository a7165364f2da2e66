import { useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { useMeta } from '../../../api/useMeta.ts';
import { type TargetRecord, useDeleteTarget, useTargets } from '../../../api/useTargets.ts';
import { LoadingText } from '../../../components/Skeleton.tsx';
import { pick, useT } from '../../../i18n.ts';
import { TargetRow } from './TargetRow.tsx';

const keyOf = (target: TargetRecord) => `${target.year}|${target.basis ?? ''}`;

/** The region's saved targets; "Hapus" asks once more before the DELETE. */
export function TargetList({
  code,
  onEdit,
  onDeleted,
}: {
  code: string;
  onEdit: (target: TargetRecord) => void;
  onDeleted: (message: string) => void;
}) {
  const { t, lang } = useT();
  const targets = useTargets(code);
  const remove = useDeleteTarget(code);
  const bases = useMeta().data?.bases ?? [];
  const [confirming, setConfirming] = useState<string | null>(null);

  const basisName = (basis: string | null) => {
    if (basis === null) return t('targetAllBases');
    const found = bases.find((b) => b.code === basis);
    return found ? pick(lang, found.nameId, found.nameEn) : basis;
  };

  function confirmDelete(target: TargetRecord) {
    remove.mutate(
      { year: target.year, basis: target.basis },
      {
        onSuccess: () => {
          setConfirming(null);
          onDeleted(t('targetDeleted', { year: target.year }));
        },
      },
    );
  }

  if (targets.isError) {
    const error = targets.error;
    return <p className="form-error">{error instanceof ApiError ? error.text(lang) : error.message}</p>;
  }
  if (!targets.data) return <LoadingText visible />;
  if (targets.data.length === 0) return <p className="muted small">{t('targetsEmpty')}</p>;

  return (
    <>
      {remove.error && (
        <p className="form-error" role="alert">
          {remove.error instanceof ApiError ? remove.error.text(lang) : remove.error.message}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table targets-table" data-testid="target-list">
          <caption className="sr-only">{t('targetsSaved')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('targetYear')}</th>
              <th scope="col">{t('targetBasis')}</th>
              <th scope="col" className="num">
                {t('kpiTarget')}
              </th>
              <th scope="col">{t('targetSource')}</th>
              <th scope="col">
                <span className="sr-only">{t('targetEdit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {targets.data.map((target) => (
              <TargetRow
                key={keyOf(target)}
                target={target}
                basisName={basisName(target.basis)}
                confirming={confirming === keyOf(target)}
                deleting={remove.isPending}
                onEdit={() => onEdit(target)}
                onAskDelete={() => {
                  remove.reset();
                  setConfirming(keyOf(target));
                }}
                onConfirm={() => confirmDelete(target)}
                onCancel={() => setConfirming(null)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
