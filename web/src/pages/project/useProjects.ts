import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type Type from 'typebox';
import type {
  ProjectInputSchema,
  ProjectSummarySchema,
  ProjectViewSchema,
} from '../../../../src/registry/projects.schemas.ts';
import { apiRequest, getJson } from '../../api/client.ts';
import { REGISTRY_KEY } from '../../api/useParticipants.ts';

/** Shapes of the Jakon project API (src/registry/projects.schemas.ts), as the server declares them. */
export type ProjectInput = Type.Static<typeof ProjectInputSchema>;
export type ProjectSummary = Type.Static<typeof ProjectSummarySchema>;
export type ProjectView = Type.Static<typeof ProjectViewSchema>;

const projectKey = (id: number) => [REGISTRY_KEY, 'project', id] as const;

/** GET /projects/:id (null: nothing asked yet). */
export function useProject(id: number | null) {
  return useQuery({
    queryKey: projectKey(id ?? 0),
    queryFn: ({ signal }) => getJson<ProjectView>(`/projects/${id}`, undefined, signal),
    enabled: id !== null,
    // Workers are added from the participant page: fetch again whenever the project is shown.
    staleTime: 0,
  });
}

/** GET /projects?q=: visible projects by number, contractor NPP or the start of the name ('' : newest). */
export function useProjectSearch(q: string | null) {
  return useQuery({
    queryKey: [REGISTRY_KEY, 'project-search', q],
    queryFn: ({ signal }) => getJson<{ projects: ProjectSummary[] }>('/projects', { q }, signal),
    enabled: q !== null,
  });
}

/** POST /projects. */
export function useRegisterProject() {
  const queryClient = useQueryClient();
  return useMutation<ProjectView, Error, ProjectInput>({
    mutationFn: (body) => apiRequest('/projects', { method: 'POST', body }),
    onSuccess: (project) => {
      queryClient.setQueryData(projectKey(project.id), project);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [REGISTRY_KEY, 'project-search'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
