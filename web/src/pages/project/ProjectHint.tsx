import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useProject, useProjectSearch } from './useProjects.ts';

const asId = (text: string): number | null =>
  /^\d{1,7}$/.test(text) && Number(text) > 0 ? Number(text) : null;

/**
 * Under the project field of a Jakon membership: names the project whose id was typed, or lists the
 * projects whose contract number or name matches, to pick from (like EmployerHint for PU).
 */
export function ProjectHint({ text, onPick }: { text: string; onPick: (id: number) => void }) {
  const { t } = useT();
  const typed = useDebounced(text.trim(), 300);
  const id = asId(typed);
  const project = useProject(id);
  const search = useProjectSearch(id === null && typed.length >= 2 ? typed : null);
  if (id === null && typed.length >= 2) {
    const found = search.data?.projects ?? [];
    if (search.isPending) return <span className="field-help">{t('loading')}</span>;
    if (found.length === 0) return <span className="field-help">{t('projProjectUnknown')}</span>;
    return (
      <ul className="employer-matches" data-testid="project-matches">
        {found.slice(0, 5).map((p) => (
          <li key={p.id}>
            <button type="button" className="link-button" onClick={() => onPick(p.id)}>
              {p.name} · {p.projectNumber} · id {p.id}
            </button>
          </li>
        ))}
      </ul>
    );
  }
  if (id === null) return <span className="field-help">{t('projProjectIdHelp')}</span>;
  if (project.data) {
    return (
      <span className="field-help" data-testid="project-hint">
        {project.data.name} · {project.data.projectNumber} · {project.data.contractor.name}
      </span>
    );
  }
  if (project.isError) {
    const missing = project.error instanceof ApiError && project.error.status === 404;
    return <span className="field-help">{missing ? t('projProjectUnknown') : project.error.message}</span>;
  }
  return <span className="field-help">{t('loading')}</span>;
}
