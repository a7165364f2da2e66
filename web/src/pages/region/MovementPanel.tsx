import { useId, useMemo, useState } from 'react';
import { formatCount, formatMonth } from '../../../../src/shared/format.ts';
import type { CoverageAnswer } from '../../api/useCoverage.ts';
import { type MovementAnswer, useMovement } from '../../api/useMovement.ts';
import { EChart } from '../../charts/EChart.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { pick, useT } from '../../i18n.ts';
import { monthRange } from '../../lib/months.ts';
import { movementOption } from './movementOption.ts';

/** `2025-06` minus `n` months. */
function monthsBefore(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * "Why coverage moved" (docs/protection.md): a waterfall from the active participants of one month to
 * those of a later one, through new enrolments, reactivations, lapses, closures and exits. Defaults to
 * the six months up to the month on screen.
 */
export function MovementPanel({ report }: { report: CoverageAnswer }) {
  const { t } = useT();
  const headingId = useId();
  const fromId = useId();
  const toId = useId();
  const [range, setRange] = useState({ from: monthsBefore(report.month, 6), to: report.month });
  const options = useMemo(
    () => monthRange(monthsBefore(report.month, 36), report.month).reverse(),
    [report.month],
  );
  const movement = useMovement({ code: report.region.code, ...range });

  return (
    <section className="panel" data-testid="movement-chart" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>{t('movementTitle')}</h2>
        <div style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap' }}>
          <MonthPicker
            id={fromId}
            label={t('movementFrom')}
            value={range.from}
            options={options}
            onChange={(from) => setRange((r) => ({ ...r, from }))}
          />
          <MonthPicker
            id={toId}
            label={t('movementTo')}
            value={range.to}
            options={options}
            onChange={(to) => setRange((r) => ({ ...r, to }))}
          />
        </div>
      </div>
      <p className="chart-note">{t('movementIntro')}</p>
      {range.from >= range.to ? (
        <p className="empty">{t('movementOrder')}</p>
      ) : movement.isError ? (
        <ErrorState error={movement.error} onRetry={() => movement.refetch()} />
      ) : movement.data ? (
        <MovementBody movement={movement.data} name={report.region.name} />
      ) : (
        <div className="chart-placeholder" aria-busy="true" />
      )}
    </section>
  );
}

function MonthPicker(props: {
  id: string;
  label: string;
  value: string;
  options: readonly string[];
  onChange: (month: string) => void;
}) {
  const { lang } = useT();
  return (
    <div className="field">
      <label htmlFor={props.id} className="field-label">
        {props.label}
      </label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((m) => (
          <option key={m} value={m}>
            {formatMonth(m, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}

function MovementBody({ movement, name }: { movement: MovementAnswer; name: string }) {
  const { t, lang } = useT();
  const option = useMemo(() => movementOption(movement, t, lang), [movement, t, lang]);
  if (movement.source === 'none') return <p className="empty">{t('movementNoRegistry')}</p>;
  const sum = movement.steps.reduce((acc, s) => acc + s.value, 0);
  const from = formatMonth(movement.from, lang);
  const to = formatMonth(movement.to, lang);
  return (
    <>
      <EChart option={option} height={320} ariaLabel={t('movementAria', { name, from, to })} />
      {/* The chart is an image to assistive technology; the same figures as a table. */}
      <table className="data-table sr-only">
        <thead>
          <tr>
            <th>{t('movementStep')}</th>
            <th>{t('movementValue')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{t('movementStart', { month: from })}</td>
            <td>{formatCount(movement.startActive, lang)}</td>
          </tr>
          {movement.steps.map((s) => (
            <tr key={s.key}>
              <td>{pick(lang, s.labelId, s.labelEn)}</td>
              <td>{formatCount(s.value, lang)}</td>
            </tr>
          ))}
          <tr>
            <td>{t('movementEnd', { month: to })}</td>
            <td>{formatCount(movement.endActive, lang)}</td>
          </tr>
        </tbody>
      </table>
      <p className="chart-note" data-testid="movement-check">
        {t('movementCheck', {
          start: formatCount(movement.startActive, lang),
          sum: `${sum >= 0 ? '+' : '−'}${formatCount(Math.abs(sum), lang)}`,
          end: formatCount(movement.endActive, lang),
        })}
      </p>
    </>
  );
}
