import { useId, useState } from 'react';
import { API_BASE } from '../../api/client.ts';
import { type FundingProgram, useUpdateProgram } from '../../api/useFunding.ts';
import { ApiProblems } from '../../components/ApiProblems.tsx';
import { type MessageKey, useT } from '../../i18n.ts';

/** The next status a manager may set, and how the button and its warning read. */
const NEXT: Record<
  string,
  { status: 'active' | 'closed'; label: MessageKey; warning: MessageKey } | undefined
> = {
  draft: { status: 'active', label: 'fundActivate', warning: 'fundActivateWarning' },
  active: { status: 'closed', label: 'fundClose', warning: 'fundCloseWarning' },
};

/** The proposal downloads (everyone who sees the program) and the status change (funding.manage). */
export function ProgramActions({ program, manage }: { program: FundingProgram; manage: boolean }) {
  const { t } = useT();
  const headingId = useId();
  const base = `${API_BASE}/funding/programs/${program.id}`;
  return (
    <section className="panel fund-actions-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="sr-only">
        {t('fundActionsTitle')}
      </h2>
      <div className="fund-proposal">
        <span className="field-label">{t('fundProposal')}</span>
        <a
          className="button button-small"
          href={`${base}/proposal.xlsx`}
          download
          data-testid="fund-proposal-xlsx"
        >
          {t('fundProposalXlsx')}
        </a>
        <a
          className="button button-small"
          href={`${base}/proposal.pdf`}
          download
          data-testid="fund-proposal-pdf"
        >
          {t('fundProposalPdf')}
        </a>
      </div>
      {manage && <StatusChange program={program} />}
    </section>
  );
}

function StatusChange({ program }: { program: FundingProgram }) {
  const { t } = useT();
  const update = useUpdateProgram(program.id);
  const [confirming, setConfirming] = useState(false);
  const next = NEXT[program.status];
  if (!next) return null;
  const apply = () => update.mutate({ status: next.status }, { onSuccess: () => setConfirming(false) });
  return (
    <div className="fund-status-change">
      {!confirming ? (
        <button
          type="button"
          className={next.status === 'closed' ? 'button button-secondary' : 'button'}
          onClick={() => setConfirming(true)}
          data-testid="fund-status-next"
        >
          {t(next.label)}
        </button>
      ) : (
        <div className="form-warning" role="alert">
          <span>{t(next.warning)}</span>
          <div className="form-actions">
            <button
              type="button"
              className={next.status === 'closed' ? 'button button-danger' : 'button'}
              disabled={update.isPending}
              onClick={apply}
              data-testid="fund-status-confirm"
            >
              {update.isPending && <span className="spinner" aria-hidden="true" />}
              {t(next.label)}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
              {t('fundCancel')}
            </button>
          </div>
        </div>
      )}
      {update.error && <ApiProblems error={update.error} testId="fund-status-error" />}
    </div>
  );
}
