import { type FormEvent, useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useCreateProgram } from '../../api/useFunding.ts';
import { useSession } from '../../api/useSession.ts';
import { ApiProblems } from '../../components/ApiProblems.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { useT } from '../../i18n.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { currentMonth } from '../calculator/formValues.ts';
import { FUNDING_PERMISSION } from './fundingPermissions.ts';
import { ProgramFormFields } from './ProgramFormFields.tsx';
import {
  type Draft,
  draftBody,
  draftErrors,
  type FieldErrors,
  type HomeRegion,
  initialDraft,
  serverFieldErrors,
} from './programDraft.ts';
import '../participants/registry.css';
import './funding.css';

/** `/pendanaan/baru`: a new funding program (funding.manage); on success its page opens. */
export function ProgramCreatePage() {
  const { t } = useT();
  useDocumentTitle(t('fundCreateTitle'));
  return (
    <RequirePermission anyOf={[FUNDING_PERMISSION.manage]}>
      <div className="registry-page fund-page">
        <p>
          <Link href="/pendanaan">← {t('fundBack')}</Link>
        </p>
        <ProgramForm />
      </div>
    </RequirePermission>
  );
}

/** The account's own region when it holds exactly one (a regency government: its regency). */
function homeRegion(regions: readonly HomeRegion[] | undefined): HomeRegion | null {
  return regions?.length === 1 && regions[0]?.code !== '00' ? (regions[0] ?? null) : null;
}

function ProgramForm() {
  const { t } = useT();
  const headingId = useId();
  const [, navigate] = useLocation();
  const user = useSession().data?.user;
  const create = useCreateProgram();
  const [draft, setDraft] = useState<Draft>(() =>
    initialDraft(Number(currentMonth().slice(0, 4)), homeRegion(user?.regions)),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const shownErrors: FieldErrors = { ...serverFieldErrors(create.error), ...errors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = draftErrors(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      create.reset();
      return;
    }
    create.mutate(draftBody(draft), { onSuccess: (program) => navigate(`/pendanaan/${program.id}`) });
  }

  const count = Object.keys(shownErrors).length;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h1 id={headingId} className="panel-title">
        {t('fundCreateTitle')}
      </h1>
      <p className="region-meta">{t('fundCreateIntro')}</p>
      <form className="user-form" onSubmit={submit} noValidate data-testid="fund-form">
        <ProgramFormFields draft={draft} onDraft={setDraft} errors={shownErrors} />
        {count > 0 && !create.error && (
          <p className="form-error form-error-block" role="alert" data-testid="fund-form-problems">
            {t('fundFormProblems', { count })}
          </p>
        )}
        {create.error && <ApiProblems error={create.error} testId="fund-form-error" />}
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending} data-testid="fund-submit">
            {create.isPending && <span className="spinner" aria-hidden="true" />}
            {t('fundCreateSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
