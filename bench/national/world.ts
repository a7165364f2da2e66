import fs from 'node:fs';
import path from 'node:path';
import { addMonths } from '../../src/shared/month.ts';
import { type Geography, hash01, pickVillage } from './geography.ts';
import { firstMonth, LAST_MONTH, type NationalPlan } from './plan.ts';

/**
 * The synthetic national registry as the product's own import files (issue 8), written as streams so
 * that 45 M people never sit in memory: employers, participants (PU by employer, then BPU, Jakon, PMI),
 * PU wage reports, and the Jakon projects to register. Deterministic for a plan and its seed.
 *
 * Stated rules (no published distribution in our sources):
 * - employer sizes follow a Pareto law (α = 1.2, at least one worker, at most 50,000), scaled so that
 *   they sum to the plan's PU workers; size class by workers: mikro 1–4, kecil 5–19, menengah 20–99,
 *   besar 100+ (BPS); risk groups 1–5 in 40/30/15/10/5 %;
 * - a worker lives in a village of their employer's (or project's) regency; BPU and PMI people in a
 *   village drawn by the geography's weights;
 * - 80 % are members from the first month of history, the rest join evenly over the later months;
 * - 40 % are women; ages 20–60.
 */
export interface NationalFiles {
  readonly dir: string;
  readonly employers: string;
  readonly participants: string;
  readonly wages: string;
  readonly workforce: string;
  readonly projects: readonly NationalProject[];
  readonly rows: { employers: number; participants: number; wages: number };
}

export interface NationalProject {
  readonly projectNumber: string;
  readonly name: string;
  readonly contractorNpp: string;
  readonly contractValue: number;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly villageCode: string;
}

class CsvWriter {
  private buffer = '';
  private readonly out: fs.WriteStream;
  rows = 0;

  constructor(file: string, header: string) {
    this.out = fs.createWriteStream(file);
    this.buffer = `${header}\n`;
  }

  async line(text: string): Promise<void> {
    this.buffer += `${text}\n`;
    this.rows++;
    if (this.buffer.length > 1 << 20) await this.drain();
  }

  private async drain(): Promise<void> {
    const ok = this.out.write(this.buffer);
    this.buffer = '';
    if (!ok) await new Promise<void>((resolve) => this.out.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    await this.drain();
    await new Promise<void>((resolve, reject) =>
      this.out.end((e?: Error | null) => (e ? reject(e) : resolve())),
    );
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAY = 86_400_000;
const BIRTH_EPOCH = Date.UTC(1966, 0, 1);
/** 40 years of birth dates; 7919 is prime to 14,600, so distinct counters give distinct days. */
const BIRTH_DAYS = 14_600;
const COUNTRIES = ['Malaysia', 'Taiwan', 'Hong Kong', 'Arab Saudi', 'Korea Selatan', 'Jepang', 'Singapura'];
const RISK_CUMULATIVE = [0.4, 0.7, 0.85, 0.95, 1];

/** NIKs that pass the product's check: place of issue, birth date (+40 for women), serial. */
class NikMaker {
  private readonly counters = new Map<string, number>();

  make(village: string, female: boolean): { nik: string; birth: string } {
    const parts = village.split('.');
    const district = `${parts[0]}${parts[1]}${parts[2]}`;
    const c = this.counters.get(district) ?? 0;
    this.counters.set(district, c + 1);
    const offset = (Math.floor(c / 9999) * 7919 + Number(district) * 13) % BIRTH_DAYS;
    const birth = new Date(BIRTH_EPOCH + offset * DAY);
    const day = birth.getUTCDate() + (female ? 40 : 0);
    const yy = birth.getUTCFullYear() % 100;
    const nik = `${district}${pad(day)}${pad(birth.getUTCMonth() + 1)}${pad(yy)}${pad(1 + (c % 9999), 4)}`;
    return { nik, birth: birth.toISOString().slice(0, 10) };
  }
}

/** Employer sizes: Pareto draws scaled to `total` workers by cumulative rounding (they sum exactly). */
export function employerSizes(plan: NationalPlan): Int32Array {
  const raw = new Float64Array(plan.employers);
  let sum = 0;
  for (let e = 0; e < plan.employers; e++) {
    const u = 1 - hash01(plan.seed, e, 11);
    raw[e] = Math.min(50_000, Math.floor(u ** (-1 / 1.2)));
    sum += raw[e] as number;
  }
  const sizes = new Int32Array(plan.employers);
  let running = 0;
  let given = 0;
  for (let e = 0; e < plan.employers; e++) {
    running += raw[e] as number;
    const upTo = Math.round((running / sum) * plan.pu);
    sizes[e] = upTo - given;
    given = upTo;
  }
  return sizes;
}

const sizeClass = (n: number) => (n < 5 ? 'mikro' : n < 20 ? 'kecil' : n < 100 ? 'menengah' : 'besar');
const npp = (e: number) => String(10_000_000 + e);

function joinDay(plan: NationalPlan, person: number): string {
  const h = hash01(plan.seed, person, 21);
  const first = firstMonth(plan);
  if (h < 0.8 || plan.months < 2) return `${first}-01`;
  return `${addMonths(first, 1 + Math.floor(((h - 0.8) / 0.2) * (plan.months - 1)))}-01`;
}

export async function writeNationalFiles(
  plan: NationalPlan,
  geo: Geography,
  dir: string,
  onProgress?: (done: number) => void,
): Promise<NationalFiles> {
  fs.mkdirSync(dir, { recursive: true });
  const file = (name: string) => path.join(dir, name);
  const first = firstMonth(plan);
  const sizes = employerSizes(plan);
  const employerVillage = new Int32Array(plan.employers);
  const employers = new CsvWriter(
    file('pemberi-kerja.csv'),
    'npp,nama,kbli,kelompok_risiko,skala_usaha,kode_desa,status,status_sejak',
  );
  for (let e = 0; e < plan.employers; e++) {
    const v = pickVillage(geo, hash01(plan.seed, e, 12));
    employerVillage[e] = v;
    const riskU = hash01(plan.seed, e, 13);
    const risk = 1 + RISK_CUMULATIVE.findIndex((c) => riskU < c);
    await employers.line(
      `${npp(e)},PT Nasional ${e + 1},${pad(1 + Math.floor(hash01(plan.seed, e, 14) * 99), 2)}111,${risk},${sizeClass(sizes[e] as number)},${geo.villages[v]},aktif,2015-01-01`,
    );
  }
  await employers.close();

  const participants = new CsvWriter(
    file('peserta.csv'),
    'nik,nama,jenis_kelamin,tanggal_lahir,kode_desa,segmen,npp,nomor_proyek,program,penghasilan,negara_penempatan,mulai_berlaku',
  );
  const wages = new CsvWriter(file('upah.csv'), 'nik,npp,bulan,upah');
  const niks = new NikMaker();
  let person = 0;
  const near = (v: number, h: number) => {
    const list = geo.regencyVillages.get((geo.villages[v] as string).slice(0, 5)) as readonly number[];
    return list[Math.floor(h * list.length)] as number;
  };
  const emit = async (village: number, rest: (nik: string) => string | null) => {
    const female = hash01(plan.seed, person, 22) < 0.4;
    const code = geo.villages[village] as string;
    const { nik, birth } = niks.make(code, female);
    const from = joinDay(plan, person);
    person++;
    const tail = rest(nik);
    await participants.line(
      `${nik},Peserta ${person},${female ? 'P' : 'L'},${birth},${code},${tail},${from}`,
    );
    if (person % 1_000_000 === 0) onProgress?.(person);
    return from;
  };
  for (let e = 0; e < plan.employers; e++) {
    const programs = (sizes[e] as number) < 5 ? 'JHT JKK JKM' : 'JHT JKK JKM JP JKP';
    for (let w = 0; w < (sizes[e] as number); w++) {
      const wage =
        Math.round((2_500_000 * Math.exp(hash01(plan.seed, person, 23) * Math.log(6))) / 1000) * 1000;
      let nik = '';
      const from = await emit(near(employerVillage[e] as number, hash01(plan.seed, person, 24)), (n) => {
        nik = n;
        return `PU,${npp(e)},,${programs},,`;
      });
      await wages.line(`${nik},${npp(e)},${from.slice(0, 7)},${wage}`);
    }
  }
  for (let i = 0; i < plan.bpu; i++) {
    const income = 1_000_000 + Math.floor(hash01(plan.seed, person, 25) * 8) * 500_000;
    const programs = hash01(plan.seed, person, 26) < 0.2 ? 'JKK JKM JHT' : 'JKK JKM';
    await emit(pickVillage(geo, hash01(plan.seed, person, 27)), () => `BPU,,,${programs},${income},`);
  }
  const projects: NationalProject[] = [];
  const projectVillage: number[] = [];
  const perProject = 200;
  for (let i = 0; i < plan.jakon; i++) {
    const p = Math.floor(i / perProject);
    if (projects.length === p) {
      const contractor = Math.floor(hash01(plan.seed, p, 31) * plan.employers);
      projects.push({
        projectNumber: `NAS-${pad(p + 1, 6)}`,
        name: `Proyek Nasional ${p + 1}`,
        contractorNpp: npp(contractor),
        contractValue: 1_000_000_000 * (1 + Math.floor(hash01(plan.seed, p, 32) * 50)),
        startsOn: `${first}-01`,
        endsOn: `${LAST_MONTH}-28`,
        villageCode: geo.villages[employerVillage[contractor] as number] as string,
      });
      projectVillage.push(employerVillage[contractor] as number);
    }
    const contractor = projects[p] as NationalProject;
    const village = near(projectVillage[p] as number, hash01(plan.seed, person, 33));
    await emit(village, () => `JAKON,,${contractor.projectNumber},JKK JKM,,`);
  }
  for (let i = 0; i < plan.pmi; i++) {
    const country = COUNTRIES[Math.floor(hash01(plan.seed, person, 34) * COUNTRIES.length)] as string;
    await emit(pickVillage(geo, hash01(plan.seed, person, 35)), () => `PMI,,,JKK JKM,,${country}`);
  }
  await participants.close();
  await wages.close();
  const workforce = new CsvWriter(file('angkatan-kerja.csv'), 'region_code,workforce');
  for (let v = 0; v < geo.villages.length; v++)
    await workforce.line(`${geo.villages[v]},${geo.workforce[v]}`);
  await workforce.close();
  return {
    dir,
    employers: file('pemberi-kerja.csv'),
    participants: file('peserta.csv'),
    wages: file('upah.csv'),
    workforce: file('angkatan-kerja.csv'),
    projects,
    rows: { employers: plan.employers, participants: person, wages: wages.rows },
  };
}
