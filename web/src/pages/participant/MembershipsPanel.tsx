import { Fragment, useId, useState } from 'react';
import { Link } from 'wouter';
import { formatRupiah } from '../../../../src/shared/format.ts';
import type { MembershipView, ParticipantView } from '../../api/registry.types.ts';
import { Badge } from '../../components/Badge.tsx';
import { Missing } from '../../components/Missing.tsx';
import { useT } from '../../i18n.ts';
import { END_REASON_LABEL, labelOf, PAYER_LABEL, SEGMENT_LABEL } from '../../lib/registryLabels.ts';
import { formatPeriod } from '../calculator/calcFormat.ts';
import { EndMembershipForm } from './EndMembershipForm.tsx';

const COLUMNS = 8;

/** The person's memberships, oldest first, each with its validity; open ones can be ended. */
export function MembershipsPanel({ person, canEnd }: { person: ParticipantView; canEnd: boolean }) {
  const { t } = useT();
  const headingId = useId();
  const [ending, setEnding] = useState<number | null>(null);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>
          {t('regMemberships')} <span className="count">{person.memberships.length}</span>
        </h2>
      </div>
      {person.memberships.length === 0 ? (
        <p className="empty">{t('regNoMemberships')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table registry-table" data-testid="memberships">
            <caption className="sr-only">{t('regMemberships')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('regSegment')}</th>
                <th scope="col">{t('regEmployer')}</th>
                <th scope="col">{t('regPayer')}</th>
                <th scope="col">{t('regPrograms')}</th>
                <th scope="col" className="num" title={t('regIncome')}>
                  {t('regIncomeShort')}
                </th>
                <th scope="col">{t('regPeriod')}</th>
                <th scope="col">{t('userStatus')}</th>
                <th scope="col">{t('userActions')}</th>
              </tr>
            </thead>
            <tbody>
              {person.memberships.map((membership) => (
                <Fragment key={membership.id}>
                  <MembershipRow
                    membership={membership}
                    canEnd={canEnd && membership.validTo === null && ending !== membership.id}
                    onEnd={() => setEnding(membership.id)}
                  />
                  {ending === membership.id && membership.validTo === null && (
                    <tr className="reveal-row">
                      <td colSpan={COLUMNS}>
                        <EndMembershipForm
                          membership={membership}
                          onDone={() => setEnding(null)}
                          onCancel={() => setEnding(null)}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function MembershipRow({
  membership: m,
  canEnd,
  onEnd,
}: {
  membership: MembershipView;
  canEnd: boolean;
  onEnd: () => void;
}) {
  const { t, lang } = useT();
  const open = m.validTo === null;
  return (
    <tr data-testid={`membership-${m.id}`} data-state={open ? 'open' : 'ended'}>
      <th scope="row" title={labelOf(SEGMENT_LABEL, m.segment, t)}>
        {m.segment}
      </th>
      <td>
        {m.employer ? (
          <Link href={`/pemberi-kerja/${m.employer.id}`}>
            {m.employer.name} <span className="muted">· NPP {m.employer.npp}</span>
          </Link>
        ) : m.projectId !== null ? (
          <Link href={`/proyek/${m.projectId}`} data-testid="membership-project">
            {t('projPageTitle')} #{m.projectId}
          </Link>
        ) : m.placementCountry ? (
          <span data-testid="membership-placement">{m.placementCountry}</span>
        ) : (
          <Missing reason={t('regNoEmployer')} />
        )}
      </td>
      <td>
        {labelOf(PAYER_LABEL, m.payerKind, t)}
        {m.payerRef && <span className="source-detail">{m.payerRef}</span>}
      </td>
      <td>{m.programs.join(', ')}</td>
      <td className="num">
        {m.declaredIncome === null ? <Missing /> : formatRupiah(m.declaredIncome, lang)}
      </td>
      <td className="nowrap" data-testid="membership-period">
        {formatPeriod(m.validFrom, m.validTo, lang)}
      </td>
      <td data-testid="membership-status">
        {open ? (
          <Badge tone="info">{t('regOpen')}</Badge>
        ) : (
          <>
            <Badge tone="neutral">{t('regEnded')}</Badge>
            {m.endReason && (
              <span className="source-detail">{labelOf(END_REASON_LABEL, m.endReason, t)}</span>
            )}
          </>
        )}
      </td>
      <td>
        {canEnd && (
          <button
            type="button"
            className="link-button"
            onClick={onEnd}
            data-testid={`membership-end-${m.id}`}
          >
            {t('regEnd')}
          </button>
        )}
      </td>
    </tr>
  );
}
