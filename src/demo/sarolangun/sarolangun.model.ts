import type { PayerKind, Segment } from '../../registry/membership.rules.ts';
import type { EndReason } from '../../registry/memberships.service.ts';
import type { Program } from '../../regulations/explain.ts';
import { addMonths, type Month, monthIndex, monthsBetween } from '../../shared/month.ts';
import { PeopleFactory, type Person } from './people.ts';
import { Random } from './random.ts';

/**
 * A participant-level world for Kabupaten Sarolangun (Jambi, 15.03): employers, construction projects,
 * local-government programmes, Perisai agents and people, with what happens to them month by month
 * (hires, resignations, deaths, closures, projects, placements) and how each payer pays. The loader
 * (sarolangun.load.ts) plays it through the product's real import, billing, payment and lapse paths;
 * nothing here writes to the database.
 *
 * Seed 002 (Jambi Independent, 2 Oct 2024): "pekerja kita kurang lebih 112.000 … baru 43 persen yang
 * tercover", and the regency raising coverage toward 65 % through the revised 2024 budget. The sizes
 * below are set so the paid participants of October 2024 are 43 % of 112,000 (≈ 48,160); the test
 * checks the figure the registry produces, not these constants.
 */
export const FIRST_MONTH = '2024-01' as Month;
export const LAST_MONTH = '2025-12' as Month;
export const SIMULATED_MONTHS: readonly Month[] = monthsBetween(FIRST_MONTH, LAST_MONTH);
export const WORKFORCE = 112_000;

/** Calibration of the world. Scale < 1 shrinks every count (tests use a small world). */
export const SIZES = {
  employers: { micro: 260, small: 150, medium: 40, large: 12 },
  workersPerEmployer: { micro: [2, 5], small: [6, 40], medium: [45, 160], large: [800, 1_600] },
  apbd2024: 7_870,
  /**
   * APBD Perubahan 2024: vulnerable workers funded from November 2024, sized so the regency reaches
   * about 65 % (seed 002: "di APBD Perubahan … menaikkan jumlah coverage menjadi 65 persen").
   */
  apbdPerubahan: 24_700,
  /** Of the 2024 programmes' workers, the share the 2025 APBD list enrols again. */
  renewal2025: 0.88,
  /** People on the social-welfare list (DTSEN) beyond the programmes' workers, not protected. */
  welfareOthers: 14_000,
  dbhSawit2025: 2_800,
  villageOfficialsPerVillage: 9,
  agents: 26,
  workersPerAgent: [250, 400],
  selfPayers: 3_600,
  projects: 60,
  placementsPerMonth: 38,
  initialPlacements: 900,
} as const;

/** How self-paying BPU workers pay: most pay several months at once (a quarter or two months). */
export type SelfPayPattern = 'quarterly' | 'every2' | 'dropper' | 'returner';
export type EmployerPayPattern = 'punctual' | 'late' | 'closing';

export interface SimEmployer {
  readonly npp: string;
  readonly name: string;
  readonly kbli: string;
  readonly riskGroup: number;
  readonly sizeClass: 'micro' | 'small' | 'medium' | 'large';
  readonly villageCode: string;
  readonly pattern: EmployerPayPattern;
  /** Closing employers: the month they close (their last bills stay unpaid). */
  readonly closesIn: Month | null;
}

export interface SimProject {
  readonly projectNumber: string;
  readonly name: string;
  readonly contractorNpp: string;
  readonly contractValue: number;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly villageCode: string;
}

export interface SimMembership {
  readonly segment: Segment;
  readonly employerNpp?: string;
  readonly projectNumber?: string;
  readonly payerKind: PayerKind;
  readonly payerRef?: string;
  readonly programs: Program[];
  readonly declaredIncome?: number;
  readonly occupation?: string;
  readonly placementCountry?: string;
  readonly wage?: number;
  readonly agentCode?: string;
  readonly validFrom: string;
  /** A planned end (lapses are not planned: the lapse rule finds them). */
  readonly end?: { readonly on: string; readonly reason: EndReason };
  /** Paid by a local-government funding program (src/funding/): enrolled by its beneficiary list. */
  readonly funding?: string;
}

export interface SimEnrolment {
  /** The month in which the enrolment is entered (its memberships start in or before it). */
  readonly month: Month;
  readonly person: Person;
  readonly membership: SimMembership;
  readonly selfPay?: SelfPayPattern;
  /** Self-payers: the month they stop paying (dropper, returner). */
  readonly stopsAfter?: Month;
  /** Returners: the month they come back, resumed by NIK. */
  readonly resumesIn?: Month;
}

/** One person of the social-welfare list (DTSEN): decile 1 is extreme poverty. */
export interface WelfarePerson {
  readonly person: Person;
  readonly decile: number;
  readonly occupation: string;
}

export interface SarolangunWorld {
  readonly employers: SimEmployer[];
  readonly projects: SimProject[];
  readonly enrolments: SimEnrolment[];
  readonly welfare: WelfarePerson[];
}

export interface Village {
  readonly code: string;
  /** Relative size (people live more in some villages than others). */
  readonly weight: number;
}

const firstDay = (month: Month) => `${month}-01`;
function lastDay(month: Month): string {
  const next = addMonths(month, 1);
  const d = new Date(`${next}-01T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}
const scaled = (n: number, scale: number) => Math.max(1, Math.round(n * scale));

/**
 * Builds the world. Pure and deterministic for a given village list. A `scale` below 1 keeps a
 * stratified systematic sample that keeps the full world's proportions (tests run at 1/20): per size
 * class and payment pattern, every k-th employer with all its workers — or, in a stratum smaller than
 * k (the dozen large plantations, the closing employers), every employer with every k-th worker;
 * every project with every k-th of its workers (contractors kept, with no wage earners of their own
 * if not sampled); every k-th other person.
 */
export function buildSarolangunWorld(villages: readonly Village[], scale = 1): SarolangunWorld {
  const full = buildFullWorld(villages);
  if (scale >= 1) return full;
  const k = Math.max(1, Math.round(1 / scale));
  const strata = new Map<string, SimEmployer[]>();
  for (const e of full.employers) {
    const key = `${e.sizeClass}:${e.pattern}`;
    strata.set(key, [...(strata.get(key) ?? []), e]);
  }
  /** Employer NPP → 1 (all its workers) or k (every k-th worker). */
  const workerStep = new Map<string, number>();
  for (const group of strata.values()) {
    if (group.length < k) for (const e of group) workerStep.set(e.npp, k);
    else for (const [i, e] of group.entries()) if (i % k === Math.floor(k / 2)) workerStep.set(e.npp, 1);
  }
  // Every project (one bill each), every k-th of its workers: a project sample would swing Jakon.
  const projects = full.projects;
  const contractors = new Set(projects.map((p) => p.contractorNpp));
  const employers = full.employers.filter((e) => workerStep.has(e.npp) || contractors.has(e.npp));
  const seen = new Map<string, number>();
  let other = 0;
  let builders = 0;
  // A person enrolled twice (a funded worker renewed the next year) is kept or dropped as a whole.
  const kept = new Map<string, boolean>();
  const enrolled = new Set(full.enrolments.map((e) => e.person.nik));
  const enrolments = full.enrolments.filter((e) => {
    const m = e.membership;
    if (m.employerNpp) {
      const step = workerStep.get(m.employerNpp);
      const n = seen.get(m.employerNpp) ?? 0;
      seen.set(m.employerNpp, n + 1);
      return step !== undefined && n % step === 0;
    }
    if (m.projectNumber) return builders++ % k === 0;
    const decided = kept.get(e.person.nik);
    if (decided !== undefined) return decided;
    const keep = other++ % k === 0;
    kept.set(e.person.nik, keep);
    return keep;
  });
  let listed = 0;
  const welfare = full.welfare.filter(
    (w) => kept.get(w.person.nik) ?? (!enrolled.has(w.person.nik) && listed++ % k === 0),
  );
  return { employers, projects, enrolments, welfare };
}

const KBLI = [
  { kbli: '01262', name: 'Perkebunan Sawit', group: 3 },
  { kbli: '01291', name: 'Perkebunan Karet', group: 3 },
  { kbli: '05100', name: 'Pertambangan Batubara', group: 5 },
  { kbli: '47111', name: 'Toko Kelontong', group: 1 },
  { kbli: '56101', name: 'Rumah Makan', group: 1 },
  { kbli: '10431', name: 'Pabrik Kelapa Sawit', group: 4 },
  { kbli: '49431', name: 'Angkutan Barang', group: 3 },
  { kbli: '45201', name: 'Bengkel', group: 2 },
];
const PLACEMENT_COUNTRIES = ['MY', 'MY', 'MY', 'TW', 'HK', 'SA', 'KR', 'SG'];
const BPU_OCCUPATIONS = [
  'petani',
  'pekebun',
  'nelayan',
  'pedagang',
  'ojek',
  'buruh harian',
  'penambang rakyat',
];

/** The Perisai agents of the simulation (codes the loader gives to agent accounts too). */
export const agentCode = (i: number) => `PRS-SRL-${String(i + 1).padStart(2, '0')}`;

/** A worker enrolled by a funding program's beneficiary list, from the program's first month. */
const fundedEnrolment = (person: Person, code: string, from: Month, occupation: string): SimEnrolment => ({
  month: from,
  person,
  membership: {
    segment: 'BPU',
    payerKind: 'government',
    payerRef: code,
    programs: ['JKK', 'JKM'],
    declaredIncome: 1_000_000,
    occupation,
    validFrom: firstDay(from),
    funding: code,
  },
});

function buildFullWorld(villages: readonly Village[]): SarolangunWorld {
  const scale = 1;
  if (villages.length === 0) throw new Error('Sarolangun: no villages in the region tree');
  // One stream per part of the world, and another for people's own attributes: resizing one part
  // (say, a programme) then leaves every other part exactly as it was — the calibration stays local.
  let r = new Random(150_3_2024);
  const people = new PeopleFactory(new Random(7_150_300));
  const weights = villages.map((v) => v.weight);
  const village = () => (villages[r.weighted(weights)] as Village).code;
  const enrolments: SimEnrolment[] = [];
  const employers: SimEmployer[] = [];
  const projects: SimProject[] = [];
  const monthAt = (i: number) => SIMULATED_MONTHS[Math.min(i, SIMULATED_MONTHS.length - 1)] as Month;

  /** A wage earner hired in `month`; some resign, move away or die before the simulation ends. */
  const puEnrolment = (month: Month, e: SimEmployer, wageBase: number, validFrom: string): SimEnrolment => {
    const person = people.person(village(), 19, 54, validFrom);
    const wage = Math.round((wageBase + r.int(0, 1_800_000)) / 1000) * 1000;
    const endIndex = monthIndex(month) + r.int(1, 40);
    const ends = endIndex <= monthIndex(LAST_MONTH) && r.chance(0.3);
    const reason: EndReason = r.chance(0.02) ? 'death' : r.chance(0.15) ? 'moved' : 'resigned';
    return {
      month,
      person,
      membership: {
        segment: 'PU',
        employerNpp: e.npp,
        payerKind: 'employer',
        programs: e.sizeClass === 'micro' ? ['JHT', 'JKK', 'JKM'] : ['JHT', 'JKK', 'JKM', 'JP', 'JKP'],
        wage,
        validFrom,
        ...(ends ? { end: { on: lastDay(monthAt(endIndex - monthIndex(FIRST_MONTH))), reason } } : {}),
      },
    };
  };

  // --- Employers and their wage earners (PU) ---------------------------------------------------
  let nppSerial = 15_030_001;
  for (const size of ['large', 'medium', 'small', 'micro'] as const) {
    for (let i = 0; i < scaled(SIZES.employers[size], scale); i++) {
      const kind = size === 'large' ? r.pick(KBLI.slice(0, 3)) : r.pick(KBLI);
      const closing = size !== 'large' && r.chance(0.06);
      const employer: SimEmployer = {
        npp: String(nppSerial++),
        name: `${size === 'micro' ? 'UD' : size === 'small' ? 'CV' : 'PT'} ${kind.name} ${r.pick(['Maju', 'Jaya', 'Sejahtera', 'Makmur', 'Bersama', 'Abadi'])} ${i + 1}`,
        kbli: kind.kbli,
        riskGroup: kind.group,
        sizeClass: size,
        villageCode: village(),
        pattern: closing ? 'closing' : r.chance(0.1) ? 'late' : 'punctual',
        closesIn: closing ? monthAt(r.int(3, 20)) : null,
      };
      employers.push(employer);
      const [min, max] = SIZES.workersPerEmployer[size];
      const workers = r.int(min, max);
      const wageBase = size === 'large' ? 3_300_000 : size === 'medium' ? 3_100_000 : 2_900_000;
      for (let w = 0; w < workers; w++)
        enrolments.push(
          puEnrolment(FIRST_MONTH, employer, wageBase, `2023-${String(r.int(1, 12)).padStart(2, '0')}-01`),
        );
      // Turnover: a few hires each month replace resignations.
      const monthlyHires = workers * 0.012;
      for (const month of SIMULATED_MONTHS.slice(1)) {
        if (employer.closesIn && monthIndex(month) >= monthIndex(employer.closesIn)) break;
        const hires = Math.floor(monthlyHires) + (r.chance(monthlyHires % 1) ? 1 : 0);
        for (let h = 0; h < hires; h++)
          enrolments.push(puEnrolment(month, employer, wageBase, firstDay(month)));
      }
    }
  }

  // --- Informal workers paid by local-government funding programs (BPU) -------------------------
  // Each program's workers are enrolled by its beneficiary list and end with its fiscal year; the 2025
  // APBD list enrols most 2024 workers again. Every one of them is on the welfare list (DTSEN).
  const welfare: WelfarePerson[] = [];
  const funded = (
    code: string,
    count: number,
    from: Month,
    occupation: string,
    deciles: [number, number],
  ) => {
    r = new Random([...code].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 17));
    const enrolled: SimEnrolment[] = [];
    for (let i = 0; i < count; i++) {
      const person = people.person(village(), 20, 60, firstDay(from));
      welfare.push({ person, decile: r.int(deciles[0], deciles[1]), occupation });
      enrolled.push(fundedEnrolment(person, code, from, occupation));
    }
    enrolments.push(...enrolled);
    return enrolled;
  };
  const apbd2024 = funded(
    'SRL-APBD-2024',
    scaled(SIZES.apbd2024, scale),
    FIRST_MONTH,
    'pekerja rentan',
    [1, 5],
  );
  const apbdP2024 = funded(
    'SRL-APBDP-2024',
    scaled(SIZES.apbdPerubahan, scale),
    '2024-11' as Month,
    'pekerja rentan',
    [1, 4],
  );
  funded('SRL-DBHSAWIT-2025', scaled(SIZES.dbhSawit2025, scale), '2025-01' as Month, 'pekebun sawit', [2, 6]);
  r = new Random(2_025_1503);
  for (const e of [...apbd2024, ...apbdP2024])
    if (r.chance(SIZES.renewal2025))
      enrolments.push(fundedEnrolment(e.person, 'SRL-APBD-2025', '2025-01' as Month, 'pekerja rentan'));
  r = new Random(3_150_3);
  for (let i = 0; i < scaled(SIZES.welfareOthers, scale); i++)
    welfare.push({
      person: people.person(village(), 18, 60, '2024-01-01'),
      decile: r.int(1, 6),
      occupation: r.pick(BPU_OCCUPATIONS),
    });
  r = new Random(1_150_3);
  for (const v of villages) {
    const ref = `DD-${v.code}`;
    for (let i = 0; i < Math.max(1, Math.round(SIZES.villageOfficialsPerVillage * scale)); i++) {
      const person = people.person(v.code, 25, 55, '2023-01-01');
      enrolments.push({
        month: FIRST_MONTH,
        person,
        membership: {
          segment: 'BPU',
          payerKind: 'government',
          payerRef: ref,
          programs: ['JKK', 'JKM'],
          declaredIncome: 1_500_000,
          occupation: 'perangkat desa',
          validFrom: '2023-01-01',
        },
      });
    }
  }

  // --- Informal workers collected by Perisai agents ---------------------------------------------
  r = new Random(2_150_3);
  for (let a = 0; a < scaled(SIZES.agents, scale); a++) {
    const code = agentCode(a);
    const workers = r.int(SIZES.workersPerAgent[0], SIZES.workersPerAgent[1]);
    for (let w = 0; w < workers; w++) {
      const month = w < workers * 0.7 ? FIRST_MONTH : monthAt(r.int(1, 22));
      const person = people.person(village(), 18, 60, firstDay(month));
      enrolments.push({
        month,
        person,
        membership: {
          segment: 'BPU',
          payerKind: 'agent',
          payerRef: code,
          programs: r.chance(0.2) ? ['JHT', 'JKK', 'JKM'] : ['JKK', 'JKM'],
          declaredIncome: r.pick([1_000_000, 1_000_000, 1_500_000, 2_000_000]),
          occupation: r.pick(BPU_OCCUPATIONS),
          agentCode: code,
          validFrom: month === FIRST_MONTH ? '2023-09-01' : firstDay(month),
        },
      });
    }
  }

  // --- Informal workers paying themselves: the ones who lapse ------------------------------------
  r = new Random(3_150_3);
  for (let i = 0; i < scaled(SIZES.selfPayers, scale); i++) {
    const month = i < SIZES.selfPayers * scale * 0.75 ? FIRST_MONTH : monthAt(r.int(1, 20));
    const pattern: SelfPayPattern = r.pick([
      'quarterly',
      'quarterly',
      'quarterly',
      'every2',
      'every2',
      'dropper',
      'dropper',
      'returner',
    ]);
    const stop = monthIndex(month) - monthIndex(FIRST_MONTH) + r.int(2, 12);
    enrolments.push({
      month,
      person: people.person(village(), 18, 60, firstDay(month)),
      membership: {
        segment: 'BPU',
        payerKind: 'self',
        programs: r.chance(0.3) ? ['JHT', 'JKK', 'JKM'] : ['JKK', 'JKM'],
        declaredIncome: r.pick([1_000_000, 1_500_000, 2_000_000, 3_000_000]),
        occupation: r.pick(BPU_OCCUPATIONS),
        validFrom: month === FIRST_MONTH ? '2023-10-01' : firstDay(month),
      },
      selfPay: pattern,
      ...(pattern === 'dropper' || pattern === 'returner' ? { stopsAfter: monthAt(stop) } : {}),
      ...(pattern === 'returner' ? { resumesIn: monthAt(stop + 6) } : {}),
    });
  }

  // --- Construction projects (Jakon) -------------------------------------------------------------
  r = new Random(4_150_3);
  const contractors = employers.filter((e) => e.sizeClass === 'medium' || e.sizeClass === 'small');
  for (let p = 0; p < scaled(SIZES.projects, scale); p++) {
    const start = monthAt(r.int(0, 21));
    // Projects end inside the simulation, so no month after it looks protected by a prepaid contract.
    const months = Math.min(r.int(4, 10), monthIndex(LAST_MONTH) - monthIndex(start) + 1);
    const end = addMonths(start, months - 1);
    const contractor = r.pick(contractors);
    const villageCode = village();
    const project: SimProject = {
      projectNumber: `SRL-PU-${2024 + Math.floor((monthIndex(start) - monthIndex(FIRST_MONTH)) / 12)}-${String(p + 1).padStart(3, '0')}`,
      name:
        r.pick(['Peningkatan Jalan', 'Jembatan', 'Irigasi', 'Gedung Sekolah', 'Puskesmas', 'Pasar']) +
        ` ${villageCode}`,
      contractorNpp: contractor.npp,
      contractValue: r.int(8, 120) * 250_000_000,
      startsOn: firstDay(start),
      endsOn: lastDay(end),
      villageCode,
    };
    projects.push(project);
    const workers = r.int(60, 300);
    for (let w = 0; w < workers; w++) {
      enrolments.push({
        month: start,
        person: people.person(r.chance(0.8) ? villageCode : village(), 18, 55, project.startsOn),
        membership: {
          segment: 'JAKON',
          projectNumber: project.projectNumber,
          payerKind: 'employer',
          programs: ['JKK', 'JKM'],
          validFrom: project.startsOn,
          ...(monthIndex(end) < monthIndex(LAST_MONTH)
            ? { end: { on: project.endsOn, reason: 'project_ended' as EndReason } }
            : {}),
        },
      });
    }
  }

  // --- Migrant workers (PMI) ---------------------------------------------------------------------
  r = new Random(5_150_3);
  const placement = (month: Month, validFrom: string) => {
    const contract = r.chance(0.6) ? 24 : 12;
    const endMonth = addMonths(month, contract - 1);
    enrolments.push({
      month,
      person: people.person(village(), 21, 40, validFrom),
      membership: {
        segment: 'PMI',
        payerKind: 'self',
        programs: ['JKK', 'JKM'],
        placementCountry: r.pick(PLACEMENT_COUNTRIES),
        validFrom,
        ...(monthIndex(endMonth) <= monthIndex(LAST_MONTH)
          ? { end: { on: lastDay(endMonth), reason: 'placement_ended' as EndReason } }
          : {}),
      },
    });
  };
  for (let i = 0; i < scaled(SIZES.initialPlacements, scale); i++)
    placement(FIRST_MONTH, firstDay(FIRST_MONTH));
  for (const month of SIMULATED_MONTHS.slice(1))
    for (let i = 0; i < scaled(SIZES.placementsPerMonth, scale); i++) placement(month, firstDay(month));

  return { employers, projects, enrolments, welfare };
}

/** Does a self-payer pay in `month` (for everything outstanding)? */
export function selfPaysIn(e: SimEnrolment, month: Month): boolean {
  const i = monthIndex(month);
  if (e.stopsAfter && i > monthIndex(e.stopsAfter) && !(e.resumesIn && i >= monthIndex(e.resumesIn)))
    return false;
  // Several months at once, each person on their own phase (from the NIK's serial), oldest bills first.
  const phase = Number(e.person.nik.slice(-1));
  if (e.selfPay === 'every2') return (i + phase) % 2 === 0;
  return (i + phase) % 3 === 0;
}

/** Does an employer pay in `month` (for everything outstanding, fines included)? */
export function employerPaysIn(e: SimEmployer, month: Month): boolean {
  if (e.pattern === 'late') return monthIndex(month) % 3 === 0;
  if (e.pattern === 'closing' && e.closesIn) return monthIndex(month) < monthIndex(e.closesIn) - 3;
  return true;
}
