import { useId, useState } from 'react';
import { formatMonth, formatRupiah } from '../../../../src/shared/format.ts';
import type { CoverageAnswer } from '../../api/useCoverage.ts';
import { useCan } from '../../api/useSession.ts';
import { Badge } from '../../components/Badge.tsx';
import { RestrictedNotice } from '../../components/RestrictedNotice.tsx';
import { pick, useT } from '../../i18n.ts';
import { PERMISSION } from '../../lib/permissions.ts';
import { isPublicOnly } from '../../lib/visibility.ts';
import { TargetEditor } from './targets/TargetEditor.tsx';

/**
 * Where every figure on the page comes from, so an office can cite it (and see what is estimated).
 * Outside the account's scope the server sends the public level only, and this says so instead.
 */
export function SourcesSection({ report }: { report: CoverageAnswer }) {
  const { t } = useT();
  const headingId = useId();
  return (
    <section className="panel sources" aria-labelledby={headingId} data-testid="sources">
      <h2 id={headingId}>{t('sourcesTitle')}</h2>
      {isPublicOnly(report) ? <RestrictedNotice /> : <SourceList report={report} />}
    </section>
  );
}

function SourceList({ report }: { report: CoverageAnswer }) {
  const { t, lang } = useT();
  const canEditTargets = useCan(PERMISSION.targetsEdit);
  const { active, workforce, target } = report.source;
  // Targets are edited here, next to where they are cited, rather than crowding the KPI cards.
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const demo = (
    <>
      {' '}
      <Badge tone="demo">{t('demo')}</Badge>
    </>
  );

  return (
    <>
      <dl>
        <div>
          <dt>{t('sourceActive')}</dt>
          <dd>
            {pick(lang, active.label, active.labelEn)}
            {active.isDemo && demo}
            {active.origin === 'children' && active.reportingChildren !== null && (
              <span className="source-detail">
                {t('sourceReporting', { reporting: active.reportingChildren, total: active.childrenTotal })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('sourceWorkforce')}</dt>
          <dd>
            {workforce ? (
              <>
                {t('sourceReference', {
                  dataset: workforce.datasetName,
                  month: formatMonth(workforce.referenceMonth, lang),
                })}
                {workforce.isDemo && demo}
                {workforce.origin === 'children' && (
                  <>
                    {' '}
                    <Badge tone="info">{t('estimated')}</Badge>
                  </>
                )}
                <span className="source-detail">{workforce.source}</span>
                {workforce.note && <span className="source-detail">{workforce.note}</span>}
              </>
            ) : (
              t('missingWorkforce')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('sourceTarget')}</dt>
          <dd>
            {target ? (
              <>
                {t('sourceTargetYear', { year: target.year })} · {target.source}
                {target.note && <span className="source-detail">{target.note}</span>}
              </>
            ) : (
              t('missingTarget')
            )}
            {canEditTargets && !editing && (
              <span className="source-action">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setNotice(null);
                    setEditing(true);
                  }}
                  data-testid="edit-target"
                >
                  <svg aria-hidden="true" viewBox="0 0 16 16" width="13" height="13">
                    <path
                      d="M11 2.5l2.5 2.5L6 12.5H3.5V10z"
                      fill="none"
                      stroke="currentColor"
                      strokeWidth="1.5"
                    />
                  </svg>
                  {t('editTarget')}
                </button>
              </span>
            )}
          </dd>
        </div>
        {report.costExplanation.length > 0 && (
          <div>
            <dt>{t('sourceCost')}</dt>
            <dd>
              <strong>{formatRupiah(report.costPerWorkerMonth, lang)}</strong>
              <ul className="cost-lines">
                {report.costExplanation.map((line) => (
                  <li key={line.parameterCode}>
                    {pick(lang, line.explanation.id, line.explanation.en)} — {line.legalBasis}
                    {line.article ? `, ${line.article}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {notice && (
        <p className="form-success sources-notice" role="status">
          {notice}
        </p>
      )}
      {editing && (
        <TargetEditor
          report={report}
          onDone={(message) => {
            setNotice(message);
            setEditing(false);
          }}
        />
      )}
    </>
  );
}
