import { describe, expect, it } from 'vitest';
import { type Grant, grantRefusal, grantShapeProblems, managesAccount } from './grants.rules.ts';
import type { Role } from './roles.ts';
import { sessionActor as session } from './test-actors.ts';

const grant = (
  role: Role,
  regions: string[],
  employerNpp: string | null = null,
  agentCode: string | null = null,
): Grant => ({ role, regions, employerNpp, agentCode });

const national = session('national_admin', ['00']);
const kanwil = session('regional_office', ['15', '16']);
const branch = session('branch_office', ['15.02', '15.03']);
const managers = { national, kanwil, branch } as const;

const NATIONAL_00 = 'A national role has region 00';
const PROVINCES = 'This role takes province codes';
const REGENCIES = 'This role takes regency/city codes';
const VILLAGES = 'This role takes village codes';
const EXACTLY_ONE = 'This role takes exactly 1 region(s)';
const AT_LEAST_ONE = 'Choose at least one region';
const NO_REGIONS = 'This role takes no regions';
const NEEDS_NPP = 'An employer account needs its NPP';
const NEEDS_AGENT = 'A Perisai agent account needs its agent code';

describe('grantShapeProblems: the regions and ownership each role takes', () => {
  it.each([
    // national: exactly ['00']
    [grant('national_admin', ['00']), [], 'the nation, as the role table asks'],
    [grant('national_admin', ['15']), [NATIONAL_00], 'a province is not national scope'],
    [grant('national_admin', []), [NATIONAL_00], 'no regions at all'],
    [grant('national_admin', ['00', '15']), [NATIONAL_00], '00 and nothing else'],
    // regional office: one or more provinces
    [grant('regional_office', ['15', '16']), [], 'several provinces'],
    [grant('regional_office', ['15']), [], 'one province is also several'],
    [grant('regional_office', []), [PROVINCES], 'at least one province'],
    [grant('regional_office', ['15', '16.01']), [PROVINCES], 'a regency among the provinces'],
    // branch office: one or more regencies/cities
    [grant('branch_office', ['15.02', '15.03', '16.71']), [], 'several regencies/cities'],
    [grant('branch_office', ['15']), [REGENCIES], 'a province is a level too high'],
    [grant('branch_office', ['15.03.01']), [REGENCIES], 'a district is a level too low'],
    // province government: exactly one province
    [grant('province_gov', ['15']), [], 'one province'],
    [grant('province_gov', ['15', '16']), [EXACTLY_ONE], 'two provinces'],
    [grant('province_gov', ['15.03']), [PROVINCES], 'a regency'],
    [grant('province_gov', ['00']), [PROVINCES], 'the nation is level 0, not a province'],
    // regency government: exactly one regency/city
    [grant('regency_gov', ['15.03']), [], 'one regency'],
    [grant('regency_gov', ['15.03', '15.04']), [EXACTLY_ONE], 'two regencies'],
    [grant('regency_gov', []), [REGENCIES], 'none: reported as the wrong level, not as "exactly 1"'],
    [grant('regency_gov', ['15', '16']), [REGENCIES, EXACTLY_ONE], 'both problems at once'],
    // village operator: exactly one village
    [grant('village_operator', ['15.03.01.2001']), [], 'one village'],
    [grant('village_operator', ['15.03.01']), [VILLAGES], 'a district'],
    [grant('village_operator', ['15.03.01.2001', '15.03.01.2002']), [EXACTLY_ONE], 'two villages'],
    // employer: an NPP and no regions
    [grant('employer', [], '15030001'), [], 'its NPP, no regions'],
    [grant('employer', [], null), [NEEDS_NPP], 'no NPP'],
    [grant('employer', [], ''), [NEEDS_NPP], 'an empty NPP counts as none'],
    [grant('employer', ['15'], '15030001'), [NO_REGIONS], 'an employer is scoped by NPP, not region'],
    [grant('employer', ['15'], null), [NO_REGIONS, NEEDS_NPP], 'both problems at once'],
    // Perisai agent: an agent code and regions of any level
    [grant('perisai_agent', ['15.03.01'], null, 'PRS-001'), [], 'a district and its agent code'],
    [grant('perisai_agent', ['15', '16.01.02.2003'], null, 'PRS-001'), [], 'codes of mixed levels'],
    [grant('perisai_agent', [], null, 'PRS-001'), [AT_LEAST_ONE], 'no regions'],
    [grant('perisai_agent', ['15.03'], null, null), [NEEDS_AGENT], 'no agent code'],
    [grant('perisai_agent', ['15.03'], null, ''), [NEEDS_AGENT], 'an empty agent code counts as none'],
    [grant('perisai_agent', [], null, null), [AT_LEAST_ONE, NEEDS_AGENT], 'both problems at once'],
    // auditor: regions of any level
    [grant('auditor', ['00']), [], 'national read-only'],
    [grant('auditor', ['15.03', '16']), [], 'mixed levels'],
    [grant('auditor', []), [AT_LEAST_ONE], 'no regions'],
    // malformed codes are named
    [
      grant('province_gov', ['1']),
      ['Invalid region codes: 1'],
      'one digit; counted as level 1, so no level problem',
    ],
    [grant('regency_gov', ['15.3']), ['Invalid region codes: 15.3'], 'regency part needs two digits'],
    [
      grant('branch_office', ['15.03', 'xx.yy', '15.3']),
      ['Invalid region codes: xx.yy, 15.3'],
      'every bad code listed, the good one not',
    ],
    [grant('national_admin', ['0']), ['Invalid region codes: 0', NATIONAL_00], 'malformed and not 00'],
    [
      grant('perisai_agent', ['15.03.01.201'], null, 'PRS-001'),
      ['Invalid region codes: 15.03.01.201'],
      'a village part has four digits',
    ],
  ])('%#: %j → %j (%s)', (g, expected, _why) => {
    expect(grantShapeProblems(g).map((p) => p.en)).toEqual(expected);
  });

  it('reports in Indonesian too', () => {
    expect(grantShapeProblems(grant('province_gov', ['15', '1.2']))).toEqual([
      { id: 'Kode wilayah tidak valid: 1.2', en: 'Invalid region codes: 1.2' },
      // '1.2' has two parts, so it also counts as a regency-level code
      { id: 'Peran ini memakai kode provinsi', en: PROVINCES },
      { id: 'Peran ini memakai tepat 1 wilayah', en: EXACTLY_ONE },
    ]);
  });

  it('rejects an NPP on a role other than employer', () => {
    expect(grantShapeProblems(grant('regency_gov', ['15.03'], '31710001'))).not.toEqual([]);
  });
  it('rejects an agent code on a role other than perisai_agent', () => {
    expect(grantShapeProblems(grant('auditor', ['15.03'], null, 'PRS-009'))).not.toEqual([]);
  });
});

describe('grantRefusal: only own permissions, only inside own scope', () => {
  const OUTSIDE = 'Regions outside your scope';
  const cannot = (list: string) => `You cannot grant permissions you do not hold: ${list}`;
  it.each([
    // branch office (15.02, 15.03)
    [
      'branch',
      grant('national_admin', ['00']),
      cannot('imports.workforce, regulations.edit, tokens.manage, audit.read'),
      'a branch cannot create a national administrator',
    ],
    ['branch', grant('regional_office', ['15']), cannot('imports.workforce'), 'nor a Kanwil'],
    ['branch', grant('auditor', ['15.03']), cannot('audit.read'), 'nor an auditor (audit.read)'],
    [
      'branch',
      grant('national_admin', ['16']),
      cannot('imports.workforce, regulations.edit, tokens.manage, audit.read'),
      'permissions are checked before regions',
    ],
    ['branch', grant('branch_office', ['15.03']), null, 'its own permissions, inside its scope'],
    ['branch', grant('regency_gov', ['15.03']), null, 'a regency government inside its scope'],
    ['branch', grant('regency_gov', ['16.01']), OUTSIDE, 'a regency of another province'],
    ['branch', grant('branch_office', ['15.03', '16.01']), OUTSIDE, 'one region outside is enough to refuse'],
    ['branch', grant('province_gov', ['15']), OUTSIDE, 'the province is above the branch’s regencies'],
    ['branch', grant('village_operator', ['15.03.01.2001']), null, 'a village inside'],
    ['branch', grant('perisai_agent', ['15.02.01'], null, 'PRS-001'), null, 'an agent inside'],
    ['branch', grant('employer', [], '15030001'), OUTSIDE, 'accounts without regions need national scope'],
    // regional office (15, 16)
    ['kanwil', grant('province_gov', ['15']), null, 'a province inside'],
    ['kanwil', grant('province_gov', ['17']), OUTSIDE, 'a province outside'],
    ['kanwil', grant('regional_office', ['15', '16']), null, 'its own role and scope'],
    ['kanwil', grant('employer', [], '15030001'), OUTSIDE, 'a regional office cannot create an employer'],
    [
      'kanwil',
      grant('national_admin', ['00']),
      cannot('regulations.edit, tokens.manage, audit.read'),
      'nor a national administrator',
    ],
    // national
    ['national', grant('employer', [], '15030001'), null, 'national scope creates employers (no regions)'],
    ['national', grant('national_admin', ['00']), null, 'and other national administrators'],
    ['national', grant('auditor', ['94.71']), null, 'anything anywhere'],
  ] as const)('%#: %s grants %j → %s (%s)', (manager, g, expected, _why) => {
    expect(grantRefusal(managers[manager], g)?.en ?? null).toBe(expected);
  });

  it('refuses in Indonesian too', () => {
    expect(grantRefusal(branch, grant('regency_gov', ['16.01']))).toEqual({
      id: 'Wilayah di luar cakupan Anda',
      en: 'Regions outside your scope',
    });
  });
});

describe('managesAccount: the manager’s scope covers all of the account’s regions', () => {
  it.each([
    ['national', [], true, 'employers (no regions) are managed from national scope'],
    ['national', ['94.71'], true, 'national scope covers everything'],
    ['national', ['00'], true, 'other national accounts'],
    ['branch', ['15.03'], true, 'a regency account inside'],
    ['branch', ['15.03.01.2001'], true, 'a village account inside'],
    ['branch', ['15.02', '15.03'], true, 'an account with the same scope'],
    ['branch', ['15.03', '16.01'], false, 'partly outside'],
    ['branch', ['15'], false, 'a province account is above the branch'],
    ['branch', ['00'], false, 'a national account'],
    ['branch', [], false, 'an employer: only national scope manages accounts without regions'],
    ['kanwil', ['15.03', '16.01'], true, 'regencies of both its provinces'],
    ['kanwil', [], false, 'an employer'],
  ] as const)('%#: %s manages %j → %s (%s)', (manager, regions, expected, _why) => {
    expect(managesAccount(managers[manager], { regions })).toBe(expected);
  });
});
