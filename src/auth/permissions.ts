/**
 * The one permission table. Every route names one of these permissions (src/auth/access.ts refuses a
 * route that names none), and every role is a list of them. Descriptions are what the user
 * administration page shows.
 */
export const PERMISSIONS = {
  'coverage.public': {
    id: 'Melihat tingkat cakupan nasional, provinsi dan kabupaten/kota',
    en: 'See the coverage level of the nation, provinces and regencies/cities',
  },
  'coverage.detail': {
    id: 'Melihat rincian cakupan di wilayahnya (kecamatan, desa, segmen, sumber data)',
    en: 'See coverage detail inside the scope (districts, villages, segments, provenance)',
  },
  'coverage.export': {
    id: 'Mengekspor tabel cakupan di wilayahnya',
    en: 'Export coverage tables inside the scope',
  },
  'regions.read': { id: 'Melihat pohon wilayah resmi', en: 'Read the official region tree' },
  'regulations.read': { id: 'Melihat parameter regulasi', en: 'Read regulation parameters' },
  'regulations.edit': {
    id: 'Menambah dan mengoreksi parameter regulasi',
    en: 'Add and correct regulation parameters',
  },
  'quotes.calculate': {
    id: 'Menghitung iuran, denda dan manfaat',
    en: 'Calculate contributions, fines and benefits',
  },
  'identifiers.check': { id: 'Memeriksa NIK, KPJ dan NPP', en: 'Check NIK, KPJ and NPP numbers' },
  'imports.active': { id: 'Mengimpor peserta aktif', en: 'Import active participants' },
  'imports.workforce': { id: 'Mengimpor angkatan kerja', en: 'Import workforce denominators' },
  'targets.edit': { id: 'Menetapkan target cakupan', en: 'Set coverage targets' },
  'imports.history': { id: 'Melihat riwayat impor', en: 'See the import history' },
  'users.manage': {
    id: 'Mengelola akun di wilayahnya (hanya hak yang dimiliki sendiri)',
    en: 'Manage accounts inside the scope (granting only own permissions)',
  },
  'tokens.manage': { id: 'Mengelola token API integrasi', en: 'Manage integration API tokens' },
  'personal.reveal': {
    id: 'Menampilkan data pribadi lengkap dengan alasan yang dicatat',
    en: 'Show full personal data, with a recorded reason',
  },
  'audit.read': { id: 'Mencari log audit', en: 'Search the audit log' },
  'registry.read': {
    id: 'Melihat peserta di wilayahnya atau yang menjadi miliknya (data pribadi disamarkan)',
    en: 'See participants inside the scope or owned (personal data masked)',
  },
  'registry.enrol': {
    id: 'Mendaftarkan peserta dan kepesertaan (agen: BPU; pemberi kerja: pekerjanya)',
    en: 'Enrol participants and memberships (agents: BPU; employers: their workers)',
  },
  'employers.manage': {
    id: 'Mendaftarkan pemberi kerja dan mengubah statusnya',
    en: 'Register employers and change their status',
  },
  'billing.run': {
    id: 'Menjalankan penagihan bulanan dan denda',
    en: 'Run monthly billing and fines',
  },
  'payments.post': {
    id: 'Membukukan pembayaran iuran (agen: peserta miliknya; pemberi kerja: tagihannya)',
    en: 'Post contribution payments (agents: their participants; employers: their bills)',
  },
  'payments.reverse': {
    id: 'Membatalkan (reversal) pembayaran dengan alasan',
    en: 'Reverse a payment, with a reason',
  },
  'imports.registry': {
    id: 'Mengimpor peserta, pemberi kerja, laporan upah dan pembayaran',
    en: 'Import participants, employers, wage reports and payments',
  },
  'funding.read': {
    id: 'Melihat program pendanaan pekerja rentan, simulasi anggaran dan rencana target di wilayahnya',
    en: 'See vulnerable-worker funding programs, budget simulations and target plans inside the scope',
  },
  'funding.manage': {
    id: 'Membuat program pendanaan, mengimpor penerima manfaat dan daftar kesejahteraan sosial',
    en: 'Create funding programs, import beneficiaries and the social-welfare list',
  },
  'account.self': { id: 'Mengelola sesi dan kata sandi sendiri', en: 'Manage own session and password' },
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export const isPermission = (value: string): value is Permission => Object.hasOwn(PERMISSIONS, value);
