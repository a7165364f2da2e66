import type { ImportKind } from '../../api/useImport.ts';
import type { MessageKey } from '../../i18n.ts';
import { PERMISSION, type Permission } from '../../lib/permissions.ts';

export interface ColumnHelp {
  /** The header the server documents (English). */
  name: string;
  /** The Indonesian header accepted for the same column. */
  alias: string;
  meaning: MessageKey;
  optional?: boolean;
}

export interface KindSpec {
  kind: ImportKind;
  /** What the server requires for this import. */
  permission: Permission;
  label: MessageKey;
  help: MessageKey;
  columns: readonly ColumnHelp[];
  /** A small file in the same shape, shown and offered for download as a starting point. */
  example: string;
  exampleFile: string;
}

const REGION: ColumnHelp = { name: 'region_code', alias: 'kode_wilayah', meaning: 'colRegionCode' };

/** What each import expects; the names mirror the column specs in src/**\/*.import.ts. */
export const KINDS: readonly KindSpec[] = [
  {
    kind: 'active',
    permission: PERMISSION.importsActive,
    label: 'kindActive',
    help: 'kindActiveHelp',
    columns: [
      REGION,
      { name: 'month', alias: 'bulan', meaning: 'colMonth' },
      { name: 'segment', alias: 'segmen', meaning: 'colSegment' },
      { name: 'active', alias: 'peserta_aktif', meaning: 'colActiveCount' },
    ],
    example: 'region_code,month,segment,active\n15.03,2024-10,PU,30844\n15.03,2024-10,BPU,10565\n',
    exampleFile: 'contoh-peserta-aktif.csv',
  },
  {
    kind: 'workforce',
    permission: PERMISSION.importsWorkforce,
    label: 'kindWorkforce',
    help: 'kindWorkforceHelp',
    columns: [
      REGION,
      { name: 'workforce', alias: 'angkatan_kerja', meaning: 'colWorkforceCount' },
      { name: 'note', alias: 'catatan', meaning: 'colNote', optional: true },
    ],
    example: 'region_code,workforce,note\n15.03,112000,Laporan Disnaker 2024\n15.03.01,16617,\n',
    exampleFile: 'contoh-angkatan-kerja.csv',
  },
  {
    kind: 'targets',
    permission: PERMISSION.targetsEdit,
    label: 'kindTargets',
    help: 'kindTargetsHelp',
    columns: [
      REGION,
      { name: 'year', alias: 'tahun', meaning: 'colYear' },
      { name: 'target_pct', alias: 'target', meaning: 'colTargetPct' },
      { name: 'basis', alias: 'dasar', meaning: 'colBasis', optional: true },
      { name: 'source', alias: 'sumber', meaning: 'colSource', optional: true },
    ],
    example:
      'region_code,year,target_pct,basis,source\n15.03,2025,70,potential,RPJMD Kabupaten Sarolangun\n15,2025,55,,Pemprov Jambi\n',
    exampleFile: 'contoh-target.csv',
  },
];

export function kindSpec(kind: ImportKind): KindSpec {
  return KINDS.find((k) => k.kind === kind) ?? (KINDS[0] as KindSpec);
}

/** History rows may name kinds this dashboard does not import; those show their raw name. */
export function kindLabel(kind: string): MessageKey | null {
  return KINDS.find((k) => k.kind === kind)?.label ?? null;
}
