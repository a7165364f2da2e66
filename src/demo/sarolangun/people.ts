import type { Random } from './random.ts';

const MEN = [
  'Ahmad',
  'Budi',
  'Dedi',
  'Eko',
  'Fajar',
  'Hendra',
  'Irwan',
  'Joko',
  'Rudi',
  'Slamet',
  'Syahrul',
  'Taufik',
  'Wahyu',
  'Yusuf',
  'Zainal',
  'Agus',
  'Bambang',
  'Darmawan',
  'Firman',
  'Hasan',
  'Ismail',
  'Junaidi',
  'Khairul',
  'Mukhlis',
  'Nasrul',
  'Rahmat',
  'Sofyan',
  'Usman',
];
const WOMEN = [
  'Siti',
  'Aminah',
  'Dewi',
  'Fitri',
  'Hasanah',
  'Indah',
  'Juwita',
  'Kartini',
  'Lestari',
  'Maryam',
  'Nurhayati',
  'Rahmawati',
  'Sri',
  'Wulandari',
  'Yuliana',
  'Aisyah',
  'Desi',
  'Erna',
  'Halimah',
  'Khadijah',
  'Nurul',
  'Rina',
  'Susanti',
  'Zubaidah',
];
const FAMILY = [
  'Saputra',
  'Hidayat',
  'Siregar',
  'Nasution',
  'Harahap',
  'Pratama',
  'Kurniawan',
  'Wijaya',
  'Rahman',
  'Hakim',
  'Santoso',
  'Syahputra',
  'Lubis',
  'Daulay',
  'Effendi',
  'Gunawan',
  'Permana',
  'Sulaiman',
  'Anwar',
  'Basri',
  'Hamzah',
  'Jamil',
  'Marzuki',
  'Rasyid',
];

export interface Person {
  readonly nik: string;
  readonly name: string;
  readonly sex: 'F' | 'M';
  readonly birthDate: string;
  readonly villageCode: string;
  readonly phone: string;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Issues people with NIKs that pass the regulation engine: the district of issue (the domicile's
 * district), the birth date as DDMMYY with 40 added to the day for women, and a serial unique per
 * district, date and sex (Permendagri 72/2019 form).
 */
export class PeopleFactory {
  private readonly serials = new Map<string, number>();

  constructor(private readonly random: Random) {}

  person(villageCode: string, ageFrom: number, ageTo: number, onDate: string): Person {
    const r = this.random;
    const sex: 'F' | 'M' = r.chance(0.42) ? 'F' : 'M';
    const year = Number(onDate.slice(0, 4)) - r.int(ageFrom, ageTo);
    const month = r.int(1, 12);
    const day = r.int(1, 28);
    const district = villageCode.slice(0, 8).replaceAll('.', '');
    const stem = `${district}${two(sex === 'F' ? day + 40 : day)}${two(month)}${two(year % 100)}`;
    const serial = (this.serials.get(stem) ?? 0) + 1;
    this.serials.set(stem, serial);
    const first = r.pick(sex === 'F' ? WOMEN : MEN);
    return {
      nik: `${stem}${String(serial).padStart(4, '0')}`,
      name: `${first} ${r.pick(FAMILY)}`,
      sex,
      birthDate: `${year}-${two(month)}-${two(day)}`,
      villageCode,
      phone: `08${r.int(11, 59)}${String(r.int(0, 99_999_999)).padStart(8, '0')}`,
    };
  }
}
