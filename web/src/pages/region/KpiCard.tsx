import { type ReactNode, useId } from 'react';
import { Skeleton } from '../../components/Skeleton.tsx';

/**
 * One KPI tile. While a new month or basis loads, `refreshing` replaces the value with a skeleton so
 * no figure from the previous request is ever read as current.
 */
export function KpiCard({
  label,
  value,
  caption,
  wide = false,
  refreshing = false,
  extra,
}: {
  label: ReactNode;
  value: ReactNode;
  caption?: ReactNode;
  wide?: boolean;
  refreshing?: boolean;
  extra?: ReactNode;
}) {
  const id = useId();
  return (
    <article className={wide ? 'kpi kpi-wide' : 'kpi'} aria-labelledby={id}>
      <h2 className="kpi-label" id={id}>
        {label}
      </h2>
      {refreshing ? (
        <>
          <Skeleton width="60%" height="2rem" />
          <Skeleton width="85%" height="0.8rem" />
        </>
      ) : (
        <>
          <div className="kpi-value-row">{value}</div>
          {extra}
          {caption && <p className="kpi-caption">{caption}</p>}
        </>
      )}
    </article>
  );
}
