import type { UserRow } from '../../api/access.types.ts';
import { useRevealUser } from '../../api/useUsers.ts';
import { ReasonForm } from '../../components/ReasonForm.tsx';
import { useT } from '../../i18n.ts';

/** Asks why the account's full personal data is needed, then POSTs the reveal. */
export function RevealForm({
  user,
  onRevealed,
  onCancel,
}: {
  user: UserRow;
  onRevealed: (user: UserRow) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const reveal = useRevealUser();
  return (
    <ReasonForm
      label={t('revealReason', { username: user.username })}
      testId="reveal"
      pending={reveal.isPending}
      error={reveal.error}
      onSubmit={(reason) =>
        reveal.mutate({ id: user.id, reason }, { onSuccess: (answer) => onRevealed(answer.user) })
      }
      onCancel={onCancel}
    />
  );
}
