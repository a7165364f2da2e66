import { useId } from 'react';
import { formatCount } from '../../../../src/shared/format.ts';
import { type FundingProgram, useRefreshProgram } from '../../api/useFunding.ts';
import { useT } from '../../i18n.ts';
import { FundingImportForm } from './FundingImportForm.tsx';

const COLUMNS = 'nik, nama, jenis_kelamin, tanggal_lahir, kode_desa, telepon, pekerjaan, mulai_berlaku';

/**
 * funding.manage: the beneficiary list of this program. Each person is checked by the server (NIK,
 * village inside the program's region, not already paid for by anyone, the budget still enough).
 */
export function BeneficiaryImportPanel({ program }: { program: FundingProgram }) {
  const { t, lang } = useT();
  const headingId = useId();
  const refresh = useRefreshProgram(program.id);
  const room = program.capacity === null ? null : Math.max(0, program.capacity - program.beneficiaries);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('fundImportTitle')}</h2>
      <p className="region-meta">
        {t('fundImportIntro')}
        {room !== null && <> {t('fundImportRoom', { count: formatCount(room, lang) })}</>}
      </p>
      <FundingImportForm
        path={`/funding/programs/${program.id}/beneficiaries/import`}
        kind="beneficiaries"
        columns={t('fundColumns', { columns: COLUMNS })}
        testId="fund-beneficiary-import"
        onDone={() => void refresh()}
      />
    </section>
  );
}
