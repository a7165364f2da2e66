import { getDistricts, getProvinces, getRegencies } from 'idn-area-data';

/**
 * Membership test for Kemendagri region codes in the repo's dotted form (`15`, `15.03`, `15.03.01`).
 * An interface rather than a `Set` so pure rules (NIK checks) can be given the official list, a
 * list read from the database, or a handful of codes in a test.
 */
export interface RegionCodeLookup {
  has(code: string): boolean;
}

/** A lookup over the given codes (tests, or another source such as the regions table). */
export function regionCodeSet(codes: Iterable<string>): RegionCodeLookup {
  const set = new Set(codes);
  return { has: (code) => set.has(code) };
}

let official: Promise<RegionCodeLookup> | undefined;

/**
 * Provinces, regencies and districts of the official Kemendagri list (package `idn-area-data`),
 * read once per process: the CSVs take a moment to parse and do not change while it runs. Villages
 * are left out because a NIK encodes its place of issue only down to the district. A failed read
 * is not cached, so the next call tries again.
 */
export function officialRegionCodes(): Promise<RegionCodeLookup> {
  official ??= readOfficialCodes().catch((error: unknown) => {
    official = undefined;
    throw error;
  });
  return official;
}

async function readOfficialCodes(): Promise<RegionCodeLookup> {
  const [provinces, regencies, districts] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
  ]);
  return regionCodeSet([...provinces, ...regencies, ...districts].map((area) => area.code));
}
