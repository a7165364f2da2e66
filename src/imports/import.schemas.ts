import Type from 'typebox';
import { Nullable } from '../shared/schemas.ts';

export const RowIssueSchema = Type.Object({
  row: Type.Integer({ description: 'Nomor baris berkas (judul = 1) / file line number (header = 1)' }),
  column: Nullable(Type.String()),
  code: Type.String(),
  message: Type.String(),
  messageEn: Type.String(),
  value: Type.Optional(Type.String()),
});

export const ImportReportSchema = Type.Object(
  {
    batchId: Nullable(Type.Integer()),
    kind: Type.String(),
    fileName: Nullable(Type.String()),
    fileSha256: Type.String(),
    mode: Type.Union([Type.Literal('all'), Type.Literal('valid-only')]),
    dryRun: Type.Boolean(),
    status: Type.Union([Type.Literal('committed'), Type.Literal('rejected'), Type.Literal('validated')]),
    rowsTotal: Type.Integer(),
    rowsValid: Type.Integer(),
    rowsInvalid: Type.Integer(),
    inserted: Type.Integer(),
    updated: Type.Integer(),
    unchanged: Type.Integer(),
    issues: Type.Array(RowIssueSchema),
  },
  { $id: 'ImportReport' },
);

export const ImportQuery = Type.Object({
  mode: Type.Optional(
    Type.Union([Type.Literal('all'), Type.Literal('valid-only')], {
      description:
        'all (default): nothing is written unless every row is valid; valid-only: keep the valid rows',
    }),
  ),
  dryRun: Type.Optional(Type.Boolean({ description: 'Validate only / hanya periksa' })),
  fileName: Type.Optional(Type.String({ maxLength: 255 })),
  source: Type.Optional(
    Type.String({ maxLength: 500, description: 'Sumber data / where the figures come from' }),
  ),
});
