import { useId } from 'react';
import { formatDateTime, formatMonth, formatRupiah } from '../../../../src/shared/format.ts';
import type { FundingProgram } from '../../api/useFunding.ts';
import { Fact } from '../../components/Fact.tsx';
import { Missing } from '../../components/Missing.tsx';
import { useT } from '../../i18n.ts';
import { funderKindLabel, labelOr, POVERTY_LABEL, sourceLabel } from './fundingLabels.ts';

/** What the program is: funder, region, source, period, package, whom it targets, legal basis. */
export function ProgramDetails({ program }: { program: FundingProgram }) {
  const { t, lang } = useT();
  const headingId = useId();
  const list = (items: string[] | null, render: (item: string) => string = (s) => s) =>
    items && items.length > 0 ? (
      items.map(render).join(', ')
    ) : (
      <span className="muted">{t('fundAnyone')}</span>
    );
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="fund-details">
      <div className="panel-header">
        <h2 id={headingId}>{t('fundDetailsTitle')}</h2>
      </div>
      <dl className="registry-facts">
        <Fact label={t('fundFunder')}>
          {program.funderName}{' '}
          <span className="muted small">· {funderKindLabel(program.funderKind, lang)}</span>
        </Fact>
        <Fact label={t('fundRegion')}>
          {program.regionName} <code className="muted small">{program.regionCode}</code>
        </Fact>
        <Fact label={t('fundSource')}>{sourceLabel(program.source, lang)}</Fact>
        <Fact label={t('fundFiscalYear')}>{program.fiscalYear}</Fact>
        <Fact label={t('fundPeriod')}>
          {formatMonth(program.periodFrom, lang)} – {formatMonth(program.periodTo, lang)}
        </Fact>
        <Fact label={t('fundPrograms')}>{program.programs.join(' + ')}</Fact>
        <Fact label={t('fundDeclaredIncome')}>{formatRupiah(program.declaredIncome, lang)}</Fact>
        <Fact label={t('fundVillages')}>{list(program.eligibleVillages)}</Fact>
        <Fact label={t('fundOccupations')}>{list(program.eligibleOccupations)}</Fact>
        <Fact label={t('fundPovertyLevels')}>
          {list(program.povertyLevels, (p) => labelOr(POVERTY_LABEL, p, t))}
        </Fact>
        <Fact label={t('fundLegalBasis')}>{program.legalBasis ?? <Missing />}</Fact>
        <Fact label={t('fundNotes')}>{program.notes ?? <Missing />}</Fact>
        <Fact label={t('fundCreated')}>
          {formatDateTime(program.createdAt, lang)} <span className="muted small">· {program.createdBy}</span>
        </Fact>
      </dl>
    </section>
  );
}
