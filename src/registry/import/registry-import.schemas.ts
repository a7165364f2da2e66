import Type from 'typebox';
import { Nullable, StringEnum } from '../../shared/schemas.ts';
import { REGISTRY_IMPORT_KINDS } from './registry-import.kind.ts';

export const KindParams = Type.Object({ kind: StringEnum(REGISTRY_IMPORT_KINDS) });
export const JobParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

export const RegistryImportQuery = Type.Object({
  mode: Type.Optional(StringEnum(['all', 'valid-only'] as const)),
  dryRun: Type.Optional(Type.Boolean()),
  fileName: Type.Optional(Type.String({ maxLength: 200, pattern: '^[^\\u0000-\\u001f]*$' })),
  /** A reference the client picks (e.g. a random id) to find the job while its upload is still running. */
  ref: Type.Optional(Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' })),
});

export const RegistryIssueSchema = Type.Object({
  row: Type.Integer(),
  column: Nullable(Type.String()),
  code: Type.String(),
  message: Type.String(),
  messageEn: Type.String(),
  value: Type.Optional(Type.String()),
});

const counts = {
  rowsTotal: Type.Integer(),
  rowsValid: Type.Integer(),
  rowsInvalid: Type.Integer(),
  inserted: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  bytesRead: Type.Integer(),
  issuesTotal: Type.Integer(),
};

export const RegistryImportReportSchema = Type.Object({
  jobId: Type.Integer(),
  batchId: Nullable(Type.Integer()),
  kind: Type.String(),
  fileName: Nullable(Type.String()),
  fileSha256: Nullable(Type.String()),
  regionCode: Nullable(Type.String()),
  mode: Type.String(),
  dryRun: Type.Boolean(),
  status: StringEnum(['committed', 'rejected', 'validated'] as const),
  ...counts,
  issues: Type.Array(RegistryIssueSchema),
  issuesTruncated: Type.Boolean(),
  seconds: Type.Number(),
});

export const JobSchema = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  status: Type.String(),
  phase: StringEnum(['reading', 'checking', 'merging', 'reporting', 'done'] as const),
  mode: Type.String(),
  dryRun: Type.Boolean(),
  ref: Nullable(Type.String()),
  fileName: Nullable(Type.String()),
  actor: Type.String(),
  regionCode: Nullable(Type.String()),
  batchId: Nullable(Type.Integer()),
  ...counts,
  rowsStaged: Type.Integer(),
  error: Nullable(Type.String()),
  startedAt: Type.String(),
  finishedAt: Nullable(Type.String()),
});
