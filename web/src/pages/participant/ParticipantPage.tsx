import { useState } from 'react';
import { Link } from 'wouter';
import type { ParticipantView } from '../../api/registry.types.ts';
import { useParticipant } from '../../api/useParticipants.ts';
import { useSession } from '../../api/useSession.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { LoadingText } from '../../components/Skeleton.tsx';
import { useT } from '../../i18n.ts';
import { can, PERMISSION } from '../../lib/permissions.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import type { EnrolledState } from '../participants/EnrolForm.tsx';
import { AddMembershipForm } from './AddMembershipForm.tsx';
import { MembershipsPanel } from './MembershipsPanel.tsx';
import { ParticipantLedger } from './ParticipantLedger.tsx';
import { PersonPanel } from './PersonPanel.tsx';
import { ProtectionCalendar } from './ProtectionCalendar.tsx';
import '../participants/registry.css';

/**
 * `/peserta/:id`: one person (masked unless revealed for a reason), their memberships, the protection
 * calendar, bills and payments.
 */
export function ParticipantPage({ id }: { id: string }) {
  const { t } = useT();
  const numeric = /^\d{1,9}$/.test(id) ? Number(id) : 0;
  useDocumentTitle(numeric < 1 ? null : t('regPersonTitle'));
  if (numeric < 1) return <NotFoundPage />;
  return (
    <RequirePermission anyOf={[PERMISSION.registryRead]}>
      <Participant id={numeric} />
    </RequirePermission>
  );
}

/** The notice an enrolment left in the history entry that opened this page (see EnrolForm). */
function enrolledNotice(): EnrolledState['enrolled'] | null {
  const state: unknown = window.history.state;
  if (typeof state !== 'object' || state === null || !('enrolled' in state)) return null;
  return state.enrolled === 'created' || state.enrolled === 'existing' ? state.enrolled : null;
}

function Participant({ id }: { id: number }) {
  const { t } = useT();
  const user = useSession().data?.user;
  const participant = useParticipant(id);
  const [notice] = useState(enrolledNotice);
  // The unmasked person lives only here, for this page view; never in the query cache.
  const [revealed, setRevealed] = useState<ParticipantView | null>(null);

  return (
    <div className="registry-page">
      <p>
        <Link href="/peserta">← {t('regBackToSearch')}</Link>
      </p>
      {notice && (
        <p className="form-success" role="status" data-testid="enrolled-notice">
          {t(notice === 'created' ? 'regEnrolledNew' : 'regEnrolledExisting')}
        </p>
      )}
      {participant.isError ? (
        <ErrorState error={participant.error} onRetry={() => participant.refetch()} />
      ) : !participant.data ? (
        <LoadingText visible />
      ) : (
        <>
          <PersonPanel
            person={participant.data}
            revealed={revealed}
            onRevealed={setRevealed}
            canReveal={can(user, PERMISSION.personalReveal)}
          />
          <MembershipsPanel person={participant.data} canEnd={can(user, PERMISSION.registryEnrol)} />
          <ProtectionCalendar person={participant.data} />
          <ParticipantLedger person={participant.data} />
          {can(user, PERMISSION.registryEnrol) && participant.data.diedOn === null && (
            <AddMembershipForm participantId={id} />
          )}
        </>
      )}
    </div>
  );
}
