import { isWithin } from '../regions/regions.rules.ts';
import { readNik } from '../registry/import/participants.rows.ts';
import { issue } from '../registry/import/registry-import.issues.ts';
import type { RowContext, StageValue } from '../registry/import/registry-import.kind.ts';
import {
  type Issues,
  optionalText,
  readDate,
  readPhone,
  readVillage,
  requiredText,
} from '../registry/import/registry-import.values.ts';

/**
 * One beneficiary row: the person (checked like any participant: NIK against sex and birth date, a
 * village inside the importer's scope) and what the program allows — a village inside the funder's
 * region and among its target villages, an eligible occupation, a start inside the period and not in
 * a month already billed to the funder. An empty start takes the first month not yet billed. Poverty level, other payers and the budget need the database:
 * beneficiaries.kind.ts checks them in SQL.
 */
export function readBeneficiary(
  cells: Record<string, string>,
  row: number,
  ctx: RowContext,
  issues: Issues,
): StageValue[] | null {
  const funding = ctx.funding;
  if (!funding) throw new Error('beneficiaries import without a funding program');
  const before = issues.length;
  const person = readNik(issues, row, cells, ctx);
  const name = requiredText(issues, row, 'nama', cells.nama ?? '', 200);
  const village = readVillage(issues, row, 'kode_desa', cells.kode_desa ?? '', ctx.villages, ctx.allowed);
  const phone = readPhone(issues, row, 'telepon', cells.telepon ?? '');
  const occupation = optionalText(issues, row, 'pekerjaan', cells.pekerjaan ?? '', 100);
  const start = readDate(issues, row, 'mulai_berlaku', cells.mulai_berlaku ?? '', null, false);
  if (village !== null && !isWithin(village, funding.regionCode))
    issues.push(issue('FUNDING_OUTSIDE_REGION', row, 'kode_desa', village, { region: funding.regionCode }));
  else if (village !== null && funding.eligibleVillages && !funding.eligibleVillages.has(village))
    issues.push(issue('VILLAGE_NOT_ELIGIBLE', row, 'kode_desa', village));
  const occupations = funding.eligibleOccupations;
  if (occupations && !(occupation !== null && occupations.has(occupation.toLowerCase())))
    issues.push(
      issue('OCCUPATION_NOT_ELIGIBLE', row, 'pekerjaan', occupation ?? '', {
        known: [...occupations].join(', '),
      }),
    );
  const validFrom = start ?? funding.firstOpenDay;
  if (validFrom < funding.periodStart || validFrom > funding.periodEnd)
    issues.push(
      issue('FUNDING_OUTSIDE_PERIOD', row, 'mulai_berlaku', validFrom, {
        from: funding.periodStart,
        to: funding.periodEnd,
      }),
    );
  else if (validFrom < funding.firstOpenDay)
    issues.push(
      issue('FUNDING_MONTH_BILLED', row, 'mulai_berlaku', validFrom, { from: funding.firstOpenDay }),
    );
  if (issues.length > before) return null;
  return [
    person?.nik ?? null,
    name,
    person?.sex ?? null,
    person?.birth ?? null,
    village,
    phone,
    occupation?.toLowerCase() ?? null,
    validFrom,
  ];
}
