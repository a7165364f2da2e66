import type { ParticipantView } from '../../api/registry.types.ts';
import { useRevealParticipant } from '../../api/useParticipants.ts';
import { ReasonForm } from '../../components/ReasonForm.tsx';
import { useT } from '../../i18n.ts';

/** Asks why the person's full personal data is needed (recorded in the audit log), then POSTs the reveal. */
export function RevealParticipantForm({
  participantId,
  onRevealed,
  onCancel,
}: {
  participantId: number;
  onRevealed: (full: ParticipantView) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const reveal = useRevealParticipant();
  return (
    <ReasonForm
      label={t('regRevealReason')}
      testId="person-reveal"
      pending={reveal.isPending}
      error={reveal.error}
      onSubmit={(reason) => reveal.mutate({ id: participantId, reason }, { onSuccess: onRevealed })}
      onCancel={onCancel}
    />
  );
}
