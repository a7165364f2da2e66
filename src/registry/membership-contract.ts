import type { Executor } from '../db/database.ts';
import type { Bilingual } from '../shared/errors.ts';
import type { MembershipDraft, Segment } from './membership.rules.ts';
import type { EndReason, MembershipInput } from './memberships.service.ts';

/**
 * Memberships with a contract: a Jakon worker on a registered project, a PMI placement in a country.
 * Both may state the contract's last day when they are added (and then end on it with this reason);
 * PU and BPU stay open until ended.
 */
export const CONTRACT_END: Record<Segment, EndReason | null> = {
  PU: null,
  BPU: null,
  JAKON: 'project_ended',
  PMI: 'placement_ended',
};

/** A PMI placement names its country; only PMI and Jakon may state the contract's last day up front. */
export function contractProblems(draft: MembershipDraft, input: MembershipInput): Bilingual[] {
  const problems: Bilingual[] = [];
  if (draft.segment === 'PMI' && !input.placementCountry?.trim()) {
    problems.push({
      id: 'Penempatan PMI membutuhkan negara penempatan',
      en: 'A PMI placement needs a country',
    });
  }
  if (draft.to !== null && CONTRACT_END[draft.segment] === null) {
    problems.push({
      id: 'Tanggal akhir kontrak hanya untuk PMI dan Jakon',
      en: 'A contract end date applies to PMI and Jakon only',
    });
  }
  return problems;
}

/** A Jakon membership needs a registered project and starts within its contract (Permenaker 44/2015). */
export async function projectProblems(trx: Executor, draft: MembershipDraft): Promise<Bilingual[]> {
  const project = await trx
    .selectFrom('jakon_project')
    .select(['starts_on', 'ends_on'])
    .where('id', '=', draft.projectId ?? 0)
    .executeTakeFirst();
  if (!project) {
    return [{ id: `Proyek ${draft.projectId} tidak ditemukan`, en: `Project ${draft.projectId} not found` }];
  }
  if (draft.from < project.starts_on || draft.from > project.ends_on) {
    return [
      {
        id: `Kepesertaan Jakon harus mulai dalam masa kontrak ${project.starts_on} – ${project.ends_on}`,
        en: `A Jakon membership must start within the contract ${project.starts_on} – ${project.ends_on}`,
      },
    ];
  }
  return [];
}
