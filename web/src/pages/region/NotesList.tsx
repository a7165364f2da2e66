import type { CoverageReport } from '../../../../src/coverage/coverage.schemas.ts';
import { pick, useT } from '../../i18n.ts';

/** The API's data caveats ("no target set", "not all districts reported", …) shown as warnings. */
export function NotesList({ notes }: { notes: CoverageReport['notes'] }) {
  const { t, lang } = useT();
  if (notes.length === 0) return null;
  return (
    <section className="notes" aria-label={t('notes')}>
      <ul>
        {notes.map((note) => (
          <li key={note.code}>
            <svg viewBox="0 0 20 20" aria-hidden="true" className="notes-icon">
              <path d="M10 2l9 16H1z" fill="currentColor" />
              <path d="M10 8v4m0 2.5v.5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
            {pick(lang, note.message, note.messageEn)}
          </li>
        ))}
      </ul>
    </section>
  );
}
