import { type FormEvent, useId, useState } from 'react';
import { useAddMembership } from '../../api/useParticipants.ts';
import { useSession } from '../../api/useSession.ts';
import { ApiProblems } from '../../components/ApiProblems.tsx';
import { LocalProblems } from '../../components/LocalProblems.tsx';
import { type MessageKey, useT } from '../../i18n.ts';
import { currentDate } from '../calculator/formValues.ts';
import { MembershipFields } from '../participants/MembershipFields.tsx';
import { initialDraft, membershipBody, segmentsFor } from '../participants/membershipDraft.ts';

/** "Tambah kepesertaan": a new job, or BPU protection resumed, for a registered person. */
export function AddMembershipForm({ participantId }: { participantId: number }) {
  const { t } = useT();
  const headingId = useId();
  const segments = segmentsFor(useSession().data?.user?.role);
  const add = useAddMembership();
  const fresh = () => initialDraft(segments[0] ?? 'BPU', currentDate());
  const [draft, setDraft] = useState(fresh);
  const [problems, setProblems] = useState<MessageKey[]>([]);
  const [added, setAdded] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const { body, problems: found } = membershipBody(draft);
    setProblems(found);
    setAdded(false);
    if (!body) {
      add.reset();
      return;
    }
    add.mutate(
      { participantId, membership: body },
      {
        onSuccess: () => {
          setDraft(fresh());
          setAdded(true);
        },
      },
    );
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('regAddTitle')}
      </h2>
      <form className="user-form" onSubmit={submit} noValidate data-testid="membership-add-form">
        <MembershipFields draft={draft} onChange={setDraft} segments={segments} testPrefix="membership" />
        <LocalProblems problems={problems} testId="membership-add-problems" />
        {add.error && <ApiProblems error={add.error} testId="membership-add-error" />}
        {added && (
          <p className="form-success" role="status">
            {t('regAdded')}
          </p>
        )}
        <div className="form-actions">
          <button
            type="submit"
            className="button"
            disabled={add.isPending}
            data-testid="membership-add-submit"
          >
            {add.isPending && <span className="spinner" aria-hidden="true" />}
            {t('regAddSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
