import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { formatRupiah } from '../../../../src/shared/format.ts';
import { Badge } from '../../components/Badge.tsx';
import { Fact } from '../../components/Fact.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { useT } from '../../i18n.ts';
import { EMPLOYER_STATUS_LABEL, labelOf } from '../../lib/registryLabels.ts';
import { formatDate } from '../calculator/calcFormat.ts';
import { type Bill, type EmployerAccount, useEmployerAccount } from '../participant/ledger/ledgerApi.ts';

/** The account from the bills, when the account endpoint is not there: the same totals, summed here. */
export function accountFromBills(bills: readonly Bill[]): EmployerAccount {
  const sum = (pick: (b: Bill) => number, keep: (b: Bill) => boolean) =>
    bills.filter(keep).reduce((total, b) => total + pick(b), 0);
  const contribution = (b: Bill) => b.kind === 'contribution';
  return {
    standing: null,
    totals: {
      contribution: sum((b) => b.amount, contribution),
      fines: sum(
        (b) => b.amount,
        (b) => b.kind === 'fine',
      ),
      paid: sum(
        (b) => b.paid,
        () => true,
      ),
      outstanding: sum(
        (b) => b.outstanding,
        () => true,
      ),
      overdue: sum(
        (b) => b.outstanding,
        (b) => b.overdue,
      ),
    },
  };
}

/** Billed, paid, outstanding, arrears (overdue), fines and standing of an employer. */
export function EmployerAccountPanel({
  employerId,
  bills,
}: {
  employerId: number;
  bills: UseQueryResult<Bill[], Error>;
}) {
  const { t, lang } = useT();
  const headingId = useId();
  const account = useEmployerAccount(employerId);
  const fromBills = account.isError && bills.data ? accountFromBills(bills.data) : null;
  const shown = account.data ?? fromBills;
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="employer-account">
      <div className="panel-header">
        <h2 id={headingId}>{t('billAccountTitle')}</h2>
        {shown?.standing && (
          <Badge tone={shown.standing.status === 'active' ? 'info' : 'warn'}>
            {labelOf(EMPLOYER_STATUS_LABEL, shown.standing.status, t)}
          </Badge>
        )}
      </div>
      {!shown ? (
        account.isError && bills.isError ? (
          <p className="muted">{t('billUnavailable')}</p>
        ) : (
          <LoadingText visible />
        )
      ) : (
        <>
          <dl className="registry-facts account-figures">
            <Fact label={t('billAccountBilled')}>
              <span data-testid="account-billed">
                {formatRupiah(shown.totals.contribution + shown.totals.fines, lang)}
              </span>
            </Fact>
            <Fact label={t('billAccountPaid')}>
              <span data-testid="account-paid">{formatRupiah(shown.totals.paid, lang)}</span>
            </Fact>
            <Fact label={t('billAccountOutstanding')}>
              <span data-testid="account-outstanding">{formatRupiah(shown.totals.outstanding, lang)}</span>
            </Fact>
            <Fact label={t('billAccountArrears')}>
              <span data-testid="account-arrears">{formatRupiah(shown.totals.overdue, lang)}</span>
            </Fact>
            <Fact label={t('billAccountFines')}>
              <span data-testid="account-fines">{formatRupiah(shown.totals.fines, lang)}</span>
            </Fact>
            <Fact label={t('billAccountStanding')}>
              <span data-testid="account-standing">
                {shown.standing
                  ? `${labelOf(EMPLOYER_STATUS_LABEL, shown.standing.status, t)} · ${formatDate(shown.standing.since, lang)}`
                  : t(shown.totals.overdue > 0 ? 'billStandingArrears' : 'billStandingGood')}
              </span>
            </Fact>
          </dl>
          {fromBills && <p className="muted small">{t('billAccountFromBills')}</p>}
        </>
      )}
    </section>
  );
}
