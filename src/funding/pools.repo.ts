import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';

export interface WelfarePoolRow {
  readonly village_code: string;
  readonly occupation: string;
  readonly poverty_level: 'extreme' | 'poor' | 'vulnerable';
  readonly available: number;
}

/**
 * People of the social-welfare list in a region who could be funded from `from`: not protected in the
 * latest month the registry knows, and not enrolled by a funding program still running then — by
 * village, occupation and poverty level.
 */
export async function welfarePools(
  db: Executor,
  regionCode: string,
  from: string,
): Promise<WelfarePoolRow[]> {
  const { rows } = await sql<WelfarePoolRow>`
    with latest as (select max(month) as month from protected_month)
    select w.village_code, coalesce(w.occupation, 'lainnya') as occupation, w.poverty_level, count(*)::int as available
    from welfare_entry w
    left join participant p on p.nik = w.nik
    where w.village_code like ${`${regionCode}.%`}
      and (p.id is null or (
        not exists (select 1 from protected_month pm where pm.participant_id = p.id
          and pm.month = (select month from latest))
        and not exists (select 1 from funding_beneficiary b join membership m on m.id = b.membership_id
          where b.participant_id = p.id and m.valid_to >= ${from}::date)
        and p.died_on is null))
    group by 1, 2, 3
    order by 1, 2, 3`.execute(db);
  return rows;
}
