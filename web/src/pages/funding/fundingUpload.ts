import { API_BASE } from '../../api/client.ts';
import { useImportUpload } from '../import/importUpload.ts';
import type { RegistryReport } from '../import/registryUpload.ts';

export type { ImportMode } from '../import/importUpload.ts';
export type { RegistryReport };

/** Templates and the error report of the funding imports (src/funding/funding-files.routes.ts). */
export const fundingTemplateUrl = (kind: 'beneficiaries' | 'welfare', format: 'csv' | 'xlsx') =>
  `${API_BASE}/funding/${kind}/template.${format}`;
export const fundingErrorsUrl = (jobId: number) => `${API_BASE}/funding/imports/${jobId}/errors.csv`;

/** Uploads a funding list with progress; the running job is found through `GET /funding/imports?ref=`. */
export const useFundingUpload = () => useImportUpload('/funding/imports');
