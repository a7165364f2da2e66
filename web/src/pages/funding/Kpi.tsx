import type { ReactNode } from 'react';

/** One headline figure of a result (`<dl className="fund-kpis">`). */
export function Kpi({
  label,
  testId,
  large = false,
  children,
}: {
  label: string;
  testId?: string;
  large?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="fund-kpi">
      <dt className="kpi-label">{label}</dt>
      <dd className={large ? 'kpi-value kpi-value-large' : 'kpi-value'} data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
