import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { CoverageRow } from '../../../../../src/coverage/coverage.schemas.ts';
import { formatCount, formatPercent } from '../../../../../src/shared/format.ts';
import { useT } from '../../../i18n.ts';
import { coverageColors } from '../../../lib/colorScale.ts';
import { regionPath, useDashboardParams } from '../../../state/urlParams.ts';
import { PROVINCE_ABBR, TILE_COLUMNS, TILE_LAYOUT, TILE_ROWS } from './tileLayout.ts';

/**
 * The 38 provinces as a grid of equal tiles, each a link coloured on the coverage scale. Real links
 * (not a canvas) so it works with keyboard, screen readers and "open in new tab".
 */
export function ProvinceTileMap({ rows }: { rows: readonly CoverageRow[] }) {
  const { t, lang } = useT();
  const { withParams } = useDashboardParams();
  const [focused, setFocused] = useState<string | null>(null);
  const byCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);
  const detailRow = focused ? byCode.get(focused) : undefined;

  function describe(row: CoverageRow | undefined, code: string): string {
    const name = row?.name ?? code;
    const coverage =
      row?.coveragePct === null || !row ? t('legendNoData') : formatPercent(row.coveragePct, lang);
    return t('mapTileLabel', { name, coverage });
  }

  return (
    <div className="tile-map-wrap">
      <div className="tile-map-scroll">
        <ul
          className="tile-map"
          data-testid="province-map"
          style={{
            gridTemplateColumns: `repeat(${TILE_COLUMNS}, 1fr)`,
            gridTemplateRows: `repeat(${TILE_ROWS}, auto)`,
          }}
          aria-label={t('mapTitle')}
        >
          {Object.entries(TILE_LAYOUT).map(([code, [column, row]]) => {
            const data = byCode.get(code);
            const { background, foreground } = coverageColors(data?.coveragePct);
            const details = data
              ? `\n${t('kpiActive')}: ${formatCount(data.active, lang)}\n${t('kpiWorkforce')}: ${formatCount(data.workforce, lang)}`
              : '';
            return (
              <li key={code} style={{ gridColumn: column + 1, gridRow: row + 1 }}>
                <Link
                  href={withParams(regionPath(code))}
                  className={data?.coveragePct == null ? 'tile tile-nodata' : 'tile'}
                  style={{ backgroundColor: background, color: foreground }}
                  data-testid={`tile-${code}`}
                  aria-label={describe(data, code)}
                  title={`${describe(data, code)}${details}`}
                  onMouseEnter={() => setFocused(code)}
                  onMouseLeave={() => setFocused(null)}
                  onFocus={() => setFocused(code)}
                  onBlur={() => setFocused(null)}
                >
                  <span className="tile-abbr">{PROVINCE_ABBR[code] ?? code}</span>
                  <span className="tile-value">
                    {data?.coveragePct == null ? '—' : formatPercent(data.coveragePct, lang, { digits: 0 })}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
      <p className="tile-detail" aria-hidden="true">
        {detailRow ? (
          <>
            <strong>{detailRow.name}</strong> · {t('kpiCoverage')}{' '}
            {formatPercent(detailRow.coveragePct, lang)} · {t('kpiActive')}{' '}
            {formatCount(detailRow.active, lang)} / {t('kpiWorkforce').toLowerCase()}{' '}
            {formatCount(detailRow.workforce, lang)}
          </>
        ) : (
          t('mapTileHelp')
        )}
      </p>
    </div>
  );
}
