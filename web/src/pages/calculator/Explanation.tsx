import { useId } from 'react';
import type { Bilingual, RoundingRule, UsedParameter } from '../../api/useQuotes.ts';
import { pick, useT } from '../../i18n.ts';
import { formatDate, formatParameterValue, formatPeriod } from './calcFormat.ts';

export interface ExplanationItem {
  key: string;
  text: Bilingual;
  legalBasis: readonly string[];
}

/**
 * "Penjelasan": how each figure was reached, in the current language, with its legal basis, the date
 * whose parameters were read and the rounding rule — so a result can be checked by hand.
 */
export function ExplanationList({
  items,
  notes,
  rounding,
  asOf,
}: {
  items: readonly ExplanationItem[];
  notes: readonly Bilingual[];
  rounding: RoundingRule;
  asOf: string | null;
}) {
  const { t, lang } = useT();
  const headingId = useId();
  return (
    <section className="calc-explanation" aria-labelledby={headingId} data-testid="calc-explanation">
      <h3 id={headingId}>{t('calcExplanation')}</h3>
      <ol>
        {items.map((item) => (
          <li key={item.key}>
            <span>{pick(lang, item.text.id, item.text.en)}</span>
            {item.legalBasis.length > 0 && (
              <span className="calc-basis">
                {t('calcLegalBasis')}: {item.legalBasis.join('; ')}
              </span>
            )}
          </li>
        ))}
      </ol>
      {notes.length > 0 && (
        <ul className="calc-notes" data-testid="calc-notes">
          {notes.map((note) => (
            <li key={note.id}>{pick(lang, note.id, note.en)}</li>
          ))}
        </ul>
      )}
      <p className="calc-rounding">
        <strong>{t('calcRounding')}:</strong> {pick(lang, rounding.id, rounding.en)}
        {asOf && <> · {t('calcAsOf', { date: formatDate(asOf, lang) })}</>}
      </p>
    </section>
  );
}

/** The regulation rows the calculation read, folded away: for checking, not for every reader. */
export function ParametersUsed({ parameters }: { parameters: readonly UsedParameter[] }) {
  const { t, lang } = useT();
  if (parameters.length === 0) return null;
  return (
    <details className="calc-details" data-testid="calc-parameters">
      <summary>{t('calcParametersUsed', { count: parameters.length })}</summary>
      <div className="table-scroll">
        <table className="data-table compact-table">
          <thead>
            <tr>
              <th scope="col">{t('calcParamCode')}</th>
              <th scope="col" className="num">
                {t('calcParamValue')}
              </th>
              <th scope="col">{t('calcParamPeriod')}</th>
              <th scope="col">{t('calcLegalBasis')}</th>
              <th scope="col">{t('calcParamConfidence')}</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((p) => (
              <tr key={`${p.code}:${p.effectiveFrom}`}>
                <th scope="row">
                  <code>{p.code}</code>
                </th>
                <td className="num">{formatParameterValue(p.value, p.unit, lang)}</td>
                <td>{formatPeriod(p.effectiveFrom, p.effectiveTo, lang)}</td>
                <td className="wrap calc-text">{[p.legalBasis, p.article].filter(Boolean).join(' ')}</td>
                <td>
                  <Confidence level={p.confidence} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

const CONFIDENCE_KEYS = { H: 'calcConfidenceH', M: 'calcConfidenceM', L: 'calcConfidenceL' } as const;

/** H/M/L as words; low confidence is flagged so a figure resting on it is checked before use. */
export function Confidence({ level }: { level: string }) {
  const { t } = useT();
  const key = CONFIDENCE_KEYS[level as keyof typeof CONFIDENCE_KEYS];
  if (!key) return <span>{level}</span>;
  return <span className={level === 'L' ? 'badge badge-warn' : 'badge'}>{t(key)}</span>;
}
