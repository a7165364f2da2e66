import { type FormEvent, useId, useState } from 'react';
import type { AuditFilter } from '../../api/useAudit.ts';
import { Field } from '../../components/Field.tsx';
import { useT } from '../../i18n.ts';

type Draft = Required<{ [K in keyof AuditFilter]: string }>;
const EMPTY: Draft = { q: '', action: '', entity: '', actor: '', from: '', to: '' };

/** Free text, action, entity, actor and a date range; applied on submit. */
export function AuditFilters({ onApply }: { onApply: (filter: AuditFilter) => void }) {
  const { t } = useT();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(EMPTY);

  function submit(event: FormEvent) {
    event.preventDefault();
    const filter: AuditFilter = {};
    for (const [key, value] of Object.entries(draft) as [keyof Draft, string][]) {
      if (value.trim()) filter[key] = value.trim();
    }
    onApply(filter);
  }

  const field = (key: keyof Draft, label: string, type = 'text', placeholder?: string) => (
    <Field id={`${id}-${key}`} label={label}>
      <input
        id={`${id}-${key}`}
        className="input"
        type={type}
        placeholder={placeholder}
        value={draft[key]}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
        data-testid={`audit-${key}`}
      />
    </Field>
  );

  return (
    <form className="panel audit-filters" onSubmit={submit} noValidate data-testid="audit-filters">
      <div className="audit-filter-grid">
        {field('q', t('auditSearch'), 'search')}
        {field('action', t('auditAction'), 'text', 'user.create')}
        {field('entity', t('auditEntity'), 'text', 'user')}
        {field('actor', t('auditActor'))}
        {field('from', t('auditFrom'), 'date')}
        {field('to', t('auditTo'), 'date')}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" data-testid="audit-submit">
          {t('auditApply')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setDraft(EMPTY);
            onApply({});
          }}
        >
          {t('auditClear')}
        </button>
      </div>
    </form>
  );
}
