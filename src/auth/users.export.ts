import type { ExportTable } from '../exports/table.ts';
import type { UserView } from './user.view.ts';

/** The account list as a spreadsheet: masked unless the export was revealed (and audited). */
export function usersTable(
  users: readonly UserView[],
  generatedOn: string,
  revealed: boolean,
): ExportTable<UserView> {
  return {
    title: 'Cakupan — daftar akun / accounts',
    preamble: [
      `Dibuat / generated ${generatedOn}`,
      revealed
        ? 'DATA PRIBADI LENGKAP — rahasia (UU PDP 27/2022); ekspor ini tercatat di log audit'
        : 'Data pribadi disamarkan / personal data masked (UU PDP 27/2022)',
    ],
    columns: [
      { header: { id: 'ID', en: 'ID' }, width: 8, format: 'count', value: (u) => u.id },
      { header: { id: 'Nama pengguna', en: 'Username' }, width: 22, value: (u) => u.username },
      { header: { id: 'Nama', en: 'Name' }, width: 28, value: (u) => u.displayName },
      { header: { id: 'Surel', en: 'E-mail' }, width: 28, value: (u) => u.email },
      { header: { id: 'Telepon', en: 'Phone' }, width: 16, value: (u) => u.phone },
      { header: { id: 'Peran', en: 'Role' }, width: 30, value: (u) => u.roleNameId },
      {
        header: { id: 'Wilayah', en: 'Regions' },
        width: 30,
        value: (u) => u.regions.map((r) => `${r.code} ${r.name}`).join(', '),
      },
      { header: { id: 'Aktif', en: 'Active' }, width: 8, value: (u) => (u.active ? 'ya' : 'tidak') },
      { header: { id: 'Terakhir masuk', en: 'Last login' }, width: 22, value: (u) => u.lastLoginAt },
    ],
    rows: users,
  };
}
