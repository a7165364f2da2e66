import { RegistryImportResult } from '../import/RegistryImportResult.tsx';
import { fundingErrorsUrl, type RegistryReport } from './fundingUpload.ts';

/** The outcome of one funding import: the registry import's result, with the funding error-report address. */
export const FundingImportResult = ({ report }: { report: RegistryReport }) => (
  <RegistryImportResult
    report={report}
    errorsUrl={fundingErrorsUrl}
    className="fund-import-result"
    testId="fund-import-result"
  />
);
