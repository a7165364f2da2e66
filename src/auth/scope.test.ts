import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from './actor.ts';
import type { Permission } from './permissions.ts';
import {
  commonAncestor,
  coverageVisibility,
  hasNationalScope,
  inScope,
  ownsRecord,
  scopeCovers,
} from './scope.ts';
import { sessionActor as session } from './test-actors.ts';

// The demo data set's example: Jambi (15), Kabupaten Sarolangun (15.03).
const national = session('national_admin', ['00']);
const regencyGov = session('regency_gov', ['15.03']);
const villageOperator = session('village_operator', ['15.03.01.2001']);
const employer = session('employer', [], { employerNpp: '15030001' });
const agent = session('perisai_agent', ['15.03'], { agentCode: 'PRS-001' });
/** An API token whose scopes were cut down to the detail permission only (no coverage.public). */
const detailOnly = session('regency_gov', ['15.03'], {
  kind: 'token',
  permissions: new Set<Permission>(['coverage.detail']),
});
/** An employer account that (wrongly) holds a region: still no coverage.detail. */
const employerWithRegion = session('employer', ['15.03'], { employerNpp: '15030001' });
const actors = {
  anonymous: ANONYMOUS,
  national,
  regencyGov,
  villageOperator,
  employer,
  employerWithRegion,
  agent,
  detailOnly,
} as const;

describe('inScope: a prefix check on the code path, at dot boundaries', () => {
  it.each([
    [['15.03'], '15.03', true, 'a root is inside itself'],
    [['15.03'], '15.03.01', true, 'a district of the regency'],
    [['15.03'], '15.03.01.2001', true, 'a village two levels down'],
    [['15.03'], '15.031', false, 'shares the characters "15.03" but is not a child: no dot after the root'],
    [['15.03'], '15.30', false, 'another regency of the same province'],
    [['15.03'], '15.04.01', false, 'a district of the neighbouring regency'],
    [['15.03'], '15', false, 'the parent province is not inside its child'],
    [['15.03'], '00', false, 'the nation is not inside a regency'],
    [['1'], '15', false, '"15" starts with "1" but not with "1."'],
    [['00'], '00', true, '00 is the whole country, itself included'],
    [['00'], '15.03.01.2001', true, '00 contains every village'],
    [['00'], '94.71', true, '00 contains every province and city'],
    [[], '00', false, 'no roots: nothing is inside, not even the nation'],
    [[], '15.03', false, 'no roots: nothing is inside'],
    [['15.03', '16.01'], '16.01.05', true, 'any one root suffices'],
    [['15.03', '16.01'], '16.02', false, 'outside every root'],
  ] as const)('%j ∋ %s → %s (%s)', (regions, code, expected, _why) => {
    expect(inScope({ regions }, code)).toBe(expected);
  });
});

describe('scopeCovers: every code inside the scope', () => {
  it.each([
    [['15.03'], ['15.03.01', '15.03.02.2001'], true, 'both descend from 15.03'],
    [['15.03'], ['15.03.01', '15.04'], false, 'one code (15.04) is outside'],
    [['15.03', '16'], ['15.03.01', '16.71'], true, 'each code is covered by a different root'],
    [['00'], ['15', '94.71', '11.01.01.2001'], true, 'the nation covers everything'],
    [[], ['15'], false, 'no roots cover nothing'],
    [['15.03'], [], true, 'vacuously true: no codes to check (grantRefusal handles the empty grant itself)'],
    [[], [], true, 'vacuously true even without roots'],
  ] as const)('%j covers %j → %s (%s)', (regions, codes, expected, _why) => {
    expect(scopeCovers({ regions }, codes)).toBe(expected);
  });
});

describe('hasNationalScope', () => {
  it.each([
    [['00'], true, 'holds the nation'],
    [['15', '00'], true, '00 among other roots'],
    [['15', '16', '17'], false, 'several provinces are not the nation'],
    [[], false, 'no roots'],
  ] as const)('%j → %s (%s)', (regions, expected, _why) => {
    expect(hasNationalScope({ regions })).toBe(expected);
  });
});

describe('coverageVisibility: full inside the scope, public for levels 0–2 elsewhere, hidden otherwise', () => {
  it.each([
    ['anonymous', '00', 'public', 'the nation (level 0) is public'],
    ['anonymous', '15', 'public', 'a province (level 1) is public'],
    ['anonymous', '15.03', 'public', 'a regency (level 2) is public'],
    ['anonymous', '15.03.01', 'hidden', 'a district (level 3) needs the scope'],
    ['anonymous', '15.03.01.2001', 'hidden', 'a village (level 4) needs the scope'],
    ['regencyGov', '15.03', 'full', 'its own regency'],
    ['regencyGov', '15.03.01', 'full', 'a district inside its regency'],
    ['regencyGov', '15.03.01.2001', 'full', 'a village inside its regency'],
    ['regencyGov', '15', 'public', 'its parent province is outside the scope: headline figures only'],
    ['regencyGov', '00', 'public', 'the nation: headline figures only'],
    ['regencyGov', '15.04', 'public', 'the neighbouring regency: headline figures only'],
    ['regencyGov', '15.04.01', 'hidden', 'a district of the neighbouring regency'],
    ['regencyGov', '16.01.02.2003', 'hidden', 'a village in another province'],
    ['villageOperator', '15.03.01.2001', 'full', 'its own village'],
    [
      'villageOperator',
      '15.03.01',
      'hidden',
      'its own district is above its scope and below the public levels',
    ],
    ['villageOperator', '15.03', 'public', 'its regency: public level'],
    ['employer', '15', 'public', 'an employer has coverage.public only'],
    ['employer', '15.03.01', 'hidden', 'an employer sees no districts'],
    [
      'employerWithRegion',
      '15.03.01',
      'hidden',
      'without coverage.detail a region in its list is not detailed',
    ],
    ['employerWithRegion', '15.03', 'public', 'without coverage.detail its own regency is only public'],
    ['national', '94.71.02.1001', 'full', 'national scope sees every village'],
    ['national', '00', 'full', 'national scope sees the nation in full'],
    ['detailOnly', '15.03.01', 'full', 'detail inside the scope needs no coverage.public'],
    ['detailOnly', '16', 'hidden', 'without coverage.public a province outside the scope is hidden'],
  ] as const)('%s: %s → %s (%s)', (actor, code, expected, _why) => {
    expect(coverageVisibility(actors[actor], code)).toBe(expected);
  });
});

describe('ownsRecord: scope for offices and governments, ownership for agents and employers', () => {
  it.each([
    [
      'agent',
      { regionCode: '31.71.01.1001', agentCode: 'PRS-001' },
      true,
      'the agent enrolled this worker, far from its regions',
    ],
    ['agent', { regionCode: null, agentCode: 'PRS-001' }, true, 'own record without a region'],
    [
      'agent',
      { regionCode: '15.03.01.2001', agentCode: 'PRS-002' },
      false,
      'inside its region but another agent’s',
    ],
    [
      'agent',
      { regionCode: '15.03.01.2001' },
      false,
      'inside its region, enrolled by no agent: agents see own records only',
    ],
    ['agent', { regionCode: '15.03', employerNpp: '15030001' }, false, 'an agent is no employer'],
    ['employer', { regionCode: '15.03', employerNpp: '15030001' }, true, 'a worker of its own company'],
    ['employer', { regionCode: null, employerNpp: '15030001' }, true, 'own worker without a region'],
    ['employer', { regionCode: '15.03', employerNpp: '15030002' }, false, 'a worker of another company'],
    ['employer', { regionCode: '15.03', employerNpp: null }, false, 'no employer on the record'],
    ['employer', { regionCode: '15.03' }, false, 'an employer has no regional scope'],
    ['regencyGov', { regionCode: '15.03.01.2001' }, true, 'inside its regency'],
    ['regencyGov', { regionCode: '15.04.01.2001' }, false, 'in the neighbouring regency'],
    ['regencyGov', { regionCode: null }, false, 'a record without a region is in nobody’s scope'],
    [
      'regencyGov',
      { regionCode: '16.01', agentCode: null, employerNpp: null },
      false,
      'null codes on both sides are no ownership',
    ],
    [
      'regencyGov',
      { regionCode: '16.01', agentCode: 'PRS-001' },
      false,
      'the government holds no agent code',
    ],
    ['national', { regionCode: '94.71.02.1001' }, true, 'national scope covers every region'],
    ['national', { regionCode: null }, false, 'even national scope needs a region (or ownership)'],
    ['anonymous', { regionCode: '15' }, false, 'the public sees no personal records'],
  ] as const)('%s: %j → %s (%s)', (actor, record, expected, _why) => {
    expect(ownsRecord(actors[actor], record)).toBe(expected);
  });
});

describe('commonAncestor: the longest common code path', () => {
  it.each([
    [['15.03.01', '15.03.02'], '15.03', 'two districts of one regency'],
    [['15.03.01.2001', '15.03.01.2002'], '15.03.01', 'two villages of one district'],
    [['15.03', '15.03.01.2001'], '15.03', 'an ancestor and its descendant: the ancestor'],
    [['15.03', '15.04', '15.03.01'], '15', 'three codes under one province'],
    [['15.03', '16.01'], '00', 'different provinces meet at the nation'],
    [['15', '16'], '00', 'two provinces'],
    [['15.03', '00'], '00', 'the nation among them'],
    [['00'], '00', 'the nation alone'],
    [[], '00', 'no codes at all'],
    [['15.03'], '15.03', 'one code is its own ancestor'],
    [['15.03.01.2001'], '15.03.01.2001', 'one village'],
    [['15.03', '15.03'], '15.03', 'duplicates'],
  ] as const)('%j → %s (%s)', (codes, expected, _why) => {
    expect(commonAncestor(codes)).toBe(expected);
  });

  it('accepts any iterable, e.g. a Set', () => {
    expect(commonAncestor(new Set(['15.03.01', '15.03.02']))).toBe('15.03');
  });
});
