import { useId } from 'react';
import { useT } from '../../i18n.ts';
import { FundingImportForm } from './FundingImportForm.tsx';

const WELFARE_COLUMNS =
  'nik, nama, jenis_kelamin, tanggal_lahir, kode_desa, desil, tingkat_kemiskinan, pekerjaan, nama_daftar';

/**
 * `/pendanaan` (funding.manage): the social-welfare list (DTSEN / P3KE) the optimizer draws its pools
 * from and a program's poverty levels are checked against.
 */
export function WelfareImportSection() {
  const { t } = useT();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('fundWelfareTitle')}</h2>
      <p className="region-meta">{t('fundWelfareIntro')}</p>
      <FundingImportForm
        path="/funding/welfare/import"
        kind="welfare"
        columns={t('fundColumns', { columns: WELFARE_COLUMNS })}
        testId="fund-welfare-import"
      />
    </section>
  );
}
