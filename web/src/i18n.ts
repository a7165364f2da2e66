import { useMemo, useSyncExternalStore } from 'react';
import type { Lang } from '../../src/shared/format.ts';

export type { Lang };

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/**
 * Every UI string lives in the two dictionaries (Indonesian first, English must have the same keys —
 * enforced by the type of `EN`). Placeholders are written `{name}`.
 */
function dictionary(lang: Lang): Record<MessageKey, string> {
  // A function, not a constant, because the dictionaries are declared at the bottom of this module.
  return lang === 'en' ? EN : ID;
}

const STORAGE_KEY = 'cakupan.lang';
const listeners = new Set<() => void>();

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    // Private mode or blocked storage: fall back to Indonesian, the product's first language.
    return 'id';
  }
}

let current: Lang = typeof window === 'undefined' ? 'id' : readStoredLang();

export function setLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // The choice then lasts for this page view only.
  }
  document.documentElement.lang = lang;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLang(): Lang {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => 'id',
  );
}

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const text = dictionary(lang)[key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** `const { t, lang } = useT()` — `lang` is passed on to the shared number/month formatters. */
export function useT(): { t: Translate; lang: Lang } {
  const lang = useLang();
  return useMemo(() => ({ lang, t: (key: MessageKey, vars?: Vars) => translate(lang, key, vars) }), [lang]);
}

/** Picks the API's bilingual pair (`message`/`messageEn`, `label`/`labelEn`, …) for the current language. */
export function pick(lang: Lang, id: string, en: string | null | undefined): string {
  return lang === 'en' && en ? en : id;
}

// ---------------------------------------------------------------------------------------------------
// Dictionaries. Kept in this one module on purpose so translators see both languages side by side.
// ---------------------------------------------------------------------------------------------------

const ID = {
  appName: 'Cakupan',
  appSubtitle: 'Pemantau Universal Coverage Jamsostek',
  skipToContent: 'Lewati ke konten',
  navNational: 'Nasional',
  navRanking: 'Peringkat',
  mainNav: 'Navigasi utama',
  demoBanner: 'DATA DEMO — angka ilustrasi dari berita dan aturan yang dinyatakan, bukan angka resmi',
  langToggleLabel: 'Switch to English',
  searchLabel: 'Cari wilayah',
  searchPlaceholder: 'Cari provinsi, kabupaten/kota, kecamatan, desa…',
  searchNoResults: 'Tidak ada wilayah yang cocok',
  searchSearching: 'Mencari…',
  monthLabel: 'Bulan',
  basisLabel: 'Basis angkatan kerja',
  basisHelp:
    'Cakupan = peserta aktif ÷ angkatan kerja. Angkatan kerja bisa dihitung dengan beberapa basis (mis. pekerja potensial BPJS atau penduduk bekerja BPS), sehingga persentase cakupan dan kesenjangan berubah menurut basis yang dipilih.',
  loading: 'Memuat…',
  loadingSlow: 'Memuat… permintaan ini bisa memakan waktu hingga satu menit.',
  retry: 'Coba lagi',
  errorTitle: 'Data tidak dapat dimuat',
  notFoundTitle: 'Halaman tidak ditemukan',
  notFoundBody: 'Alamat {path} tidak ada di dasbor ini.',
  backToNational: 'Kembali ke halaman nasional',
  breadcrumb: 'Lokasi wilayah',
  levelNational: 'Nasional',
  levelProvince: 'Provinsi',
  levelRegency: 'Kabupaten',
  levelCity: 'Kota',
  levelRegencyCity: 'Kabupaten/Kota',
  levelDistrict: 'Kecamatan',
  levelVillage: 'Desa/Kelurahan',
  pluralProvince: 'provinsi',
  pluralRegency: 'kabupaten/kota',
  pluralDistrict: 'kecamatan',
  pluralVillage: 'desa/kelurahan',
  dataMonth: 'Data {month}',
  basisShort: 'Basis: {basis}',
  code: 'Kode {code}',
  kpiSection: 'Indikator utama',
  kpiCoverage: 'Cakupan',
  kpiTarget: 'Target',
  kpiTargetYear: 'Target {year}',
  kpiNoTarget: 'Belum ada target cakupan',
  kpiTargetReached: 'Target tercapai',
  kpiBelowTarget: 'Selisih ke target {points} poin',
  kpiProgressLabel: 'Cakupan {coverage} terhadap target {target}',
  kpiWorkforce: 'Angkatan kerja',
  kpiWorkforceCaption: '{dataset} · acuan {month}',
  kpiActive: 'Peserta aktif',
  kpiActiveCaption: 'per {month}',
  kpiGap: 'Kesenjangan',
  kpiGapCaption: 'pekerja lagi untuk mencapai target',
  kpiGapCost: 'Biaya menutup kesenjangan',
  perMonth: 'per bulan',
  perYear: 'per tahun',
  kpiCostBasis: 'Dihitung {cost} per pekerja per bulan ({lines})',
  kpiCostWhy: 'Mengapa {cost}?',
  kpiRank: 'Peringkat',
  rankOf: '{rank} dari {total}',
  rankAmong: 'di antara {plural} di {parent}',
  rankNone: 'Tidak ada pembanding di tingkat nasional',
  kpiChange: 'Perubahan peserta',
  changeSince: 'sejak {month}',
  changeDetail: '{count} peserta · cakupan {points} poin',
  noChange: 'Tidak ada data bulan pembanding',
  missing: 'Tidak ada data',
  missingCoverage: 'Cakupan tidak dapat dihitung: data peserta aktif atau angkatan kerja belum ada',
  missingWorkforce: 'Belum ada data angkatan kerja untuk basis ini',
  missingActive: 'Belum ada data peserta aktif untuk bulan ini',
  missingTarget: 'Belum ada target cakupan',
  missingGap: 'Kesenjangan dihitung hanya bila ada target dan cakupan',
  missingRank: 'Tanpa cakupan, wilayah tidak diperingkat',
  estimated: 'Estimasi',
  estimatedHelp: 'Ada angka estimasi atau data demo pada baris ini',
  incomplete: 'Belum lengkap',
  incompleteHelp: 'Belum semua wilayah di bawahnya melaporkan peserta aktif',
  demo: 'DEMO',
  notes: 'Catatan data',
  mapTitle: 'Peta cakupan provinsi',
  mapBoundaries: 'Peta batas wilayah',
  mapTileHelp: 'Setiap kotak adalah satu provinsi, disusun mendekati letak geografisnya. Klik untuk membuka.',
  mapRegencies: 'Peta cakupan kabupaten/kota',
  mapTileLabel: '{name}: cakupan {coverage}',
  mapNoDataCount: '{count} provinsi tanpa data cakupan',
  legendTitle: 'Cakupan',
  legendNoData: 'Tidak ada data',
  trendTitle: 'Tren cakupan dan peserta aktif',
  trendSelected: 'Bulan dipilih',
  trendAria: 'Grafik tren cakupan bulanan {first} sampai {last} untuk {name}',
  trendEmpty: 'Belum ada data tren',
  segmentTitle: 'Peserta aktif menurut segmen',
  segmentAria: 'Grafik batang peserta aktif menurut segmen, {month}',
  segmentEmpty: 'Tidak ada rincian segmen untuk bulan ini',
  segmentUnspecified: 'Tidak terinci',
  childrenTitle: 'Rincian {plural}',
  childrenEmpty: 'Tidak ada wilayah di bawahnya',
  exportExcel: 'Ekspor Excel',
  exportCsv: 'CSV',
  exportTrend: 'Ekspor tren (Excel)',
  colName: 'Wilayah',
  colWorkforce: 'Angkatan kerja',
  colActive: 'Peserta aktif',
  colCoverage: 'Cakupan',
  colTarget: 'Target',
  colGap: 'Kesenjangan',
  colMonthlyCost: 'Biaya/bulan',
  colRank: 'Peringkat',
  sortBy: 'Urutkan menurut {column}',
  sourcesTitle: 'Sumber data',
  sourceActive: 'Peserta aktif',
  sourceWorkforce: 'Angkatan kerja',
  sourceTarget: 'Target',
  sourceCost: 'Biaya per pekerja',
  sourceReporting: '{reporting} dari {total} wilayah di bawahnya melapor',
  sourceReference: 'Dataset {dataset}, bulan acuan {month}',
  sourceDerived: 'Dijumlahkan dari wilayah di bawahnya',
  sourceTargetYear: 'Target tahun {year}',
  rankingTitle: 'Peringkat cakupan',
  rankingIntro: 'Semua wilayah pada tingkat yang dipilih di dalam area, diurutkan menurut cakupan.',
  rankingArea: 'Area',
  rankingLevel: 'Tingkat',
  rankingOrder: 'Urutan',
  orderDesc: 'Tertinggi dulu',
  orderAsc: 'Terendah dulu',
  rankingChangeArea: 'Ganti area',
  rankingResetArea: 'Seluruh Indonesia',
  rankingSummary: '{total} wilayah, {withCoverage} dengan data cakupan · {month}',
  rankingVillageLimit:
    'Hanya {limit} desa/kelurahan pertama yang ditampilkan. Unduh Excel untuk daftar lengkap.',
  rankingSlow: 'Peringkat desa seluruh Indonesia lambat dihitung (hingga satu menit).',
  pagePrev: 'Sebelumnya',
  pageNext: 'Berikutnya',
  pageOf: 'Halaman {page} dari {pages}',
  pagination: 'Navigasi halaman',
  footerText: 'Cakupan — perangkat lunak sumber terbuka untuk memantau Universal Coverage Jamsostek.',
  footerApi: 'Dokumentasi API',
};

const EN: Record<keyof typeof ID, string> = {
  appName: 'Cakupan',
  appSubtitle: 'Universal Coverage Jamsostek monitor',
  skipToContent: 'Skip to content',
  navNational: 'National',
  navRanking: 'Ranking',
  mainNav: 'Main navigation',
  demoBanner: 'DEMO DATA — illustrative figures from news reports and stated rules, not official figures',
  langToggleLabel: 'Ganti ke Bahasa Indonesia',
  searchLabel: 'Search regions',
  searchPlaceholder: 'Search provinces, regencies/cities, districts, villages…',
  searchNoResults: 'No matching region',
  searchSearching: 'Searching…',
  monthLabel: 'Month',
  basisLabel: 'Workforce basis',
  basisHelp:
    'Coverage = active participants ÷ workforce. The workforce can be counted on several bases (e.g. BPJS potential workers or BPS employed population), so coverage and the gap change with the basis you choose.',
  loading: 'Loading…',
  loadingSlow: 'Loading… this request can take up to a minute.',
  retry: 'Try again',
  errorTitle: 'The data could not be loaded',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page {path} in this dashboard.',
  backToNational: 'Back to the national page',
  breadcrumb: 'Region location',
  levelNational: 'National',
  levelProvince: 'Province',
  levelRegency: 'Regency',
  levelCity: 'City',
  levelRegencyCity: 'Regency/City',
  levelDistrict: 'District',
  levelVillage: 'Village',
  pluralProvince: 'provinces',
  pluralRegency: 'regencies/cities',
  pluralDistrict: 'districts',
  pluralVillage: 'villages',
  dataMonth: 'Data for {month}',
  basisShort: 'Basis: {basis}',
  code: 'Code {code}',
  kpiSection: 'Key indicators',
  kpiCoverage: 'Coverage',
  kpiTarget: 'Target',
  kpiTargetYear: '{year} target',
  kpiNoTarget: 'No coverage target set',
  kpiTargetReached: 'Target reached',
  kpiBelowTarget: '{points} points below target',
  kpiProgressLabel: 'Coverage {coverage} against a target of {target}',
  kpiWorkforce: 'Workforce',
  kpiWorkforceCaption: '{dataset} · reference {month}',
  kpiActive: 'Active participants',
  kpiActiveCaption: 'as of {month}',
  kpiGap: 'Gap',
  kpiGapCaption: 'more workers needed to reach the target',
  kpiGapCost: 'Cost of closing the gap',
  perMonth: 'per month',
  perYear: 'per year',
  kpiCostBasis: 'At {cost} per worker per month ({lines})',
  kpiCostWhy: 'Why {cost}?',
  kpiRank: 'Rank',
  rankOf: '{rank} of {total}',
  rankAmong: 'among the {plural} of {parent}',
  rankNone: 'No peers at national level',
  kpiChange: 'Change in participants',
  changeSince: 'since {month}',
  changeDetail: '{count} participants · coverage {points} points',
  noChange: 'No data for the comparison month',
  missing: 'No data',
  missingCoverage: 'Coverage cannot be computed: active-participant or workforce data is missing',
  missingWorkforce: 'No workforce data for this basis yet',
  missingActive: 'No active-participant data for this month yet',
  missingTarget: 'No coverage target set',
  missingGap: 'The gap is computed only when there is a target and a coverage figure',
  missingRank: 'Regions without coverage are not ranked',
  estimated: 'Estimate',
  estimatedHelp: 'This row contains an estimate or demo data',
  incomplete: 'Incomplete',
  incompleteHelp: 'Not all regions below have reported active participants',
  demo: 'DEMO',
  notes: 'Data notes',
  mapTitle: 'Coverage by province',
  mapBoundaries: 'Boundary map',
  mapTileHelp: 'Each tile is one province, placed roughly where it lies. Click to open it.',
  mapRegencies: 'Coverage by regency/city',
  mapTileLabel: '{name}: coverage {coverage}',
  mapNoDataCount: '{count} provinces without coverage data',
  legendTitle: 'Coverage',
  legendNoData: 'No data',
  trendTitle: 'Coverage and active participants over time',
  trendSelected: 'Selected month',
  trendAria: 'Chart of monthly coverage from {first} to {last} for {name}',
  trendEmpty: 'No trend data yet',
  segmentTitle: 'Active participants by segment',
  segmentAria: 'Bar chart of active participants by segment, {month}',
  segmentEmpty: 'No segment breakdown for this month',
  segmentUnspecified: 'Unspecified',
  childrenTitle: '{plural} in detail',
  childrenEmpty: 'No regions below this one',
  exportExcel: 'Export to Excel',
  exportCsv: 'CSV',
  exportTrend: 'Export trend (Excel)',
  colName: 'Region',
  colWorkforce: 'Workforce',
  colActive: 'Active',
  colCoverage: 'Coverage',
  colTarget: 'Target',
  colGap: 'Gap',
  colMonthlyCost: 'Cost/month',
  colRank: 'Rank',
  sortBy: 'Sort by {column}',
  sourcesTitle: 'Data sources',
  sourceActive: 'Active participants',
  sourceWorkforce: 'Workforce',
  sourceTarget: 'Target',
  sourceCost: 'Cost per worker',
  sourceReporting: '{reporting} of {total} regions below have reported',
  sourceReference: 'Dataset {dataset}, reference month {month}',
  sourceDerived: 'Summed from the regions below',
  sourceTargetYear: '{year} target',
  rankingTitle: 'Coverage ranking',
  rankingIntro: 'All regions of the chosen level inside the area, ordered by coverage.',
  rankingArea: 'Area',
  rankingLevel: 'Level',
  rankingOrder: 'Order',
  orderDesc: 'Highest first',
  orderAsc: 'Lowest first',
  rankingChangeArea: 'Change area',
  rankingResetArea: 'All of Indonesia',
  rankingSummary: '{total} regions, {withCoverage} with coverage data · {month}',
  rankingVillageLimit: 'Only the first {limit} villages are shown. Download Excel for the full list.',
  rankingSlow: 'Ranking every village in Indonesia is slow to compute (up to a minute).',
  pagePrev: 'Previous',
  pageNext: 'Next',
  pageOf: 'Page {page} of {pages}',
  pagination: 'Pagination',
  footerText: 'Cakupan — open-source software for monitoring Universal Coverage Jamsostek.',
  footerApi: 'API documentation',
};

export type MessageKey = keyof typeof ID;
