import type { ReactNode } from 'react';

/** One labelled value of a record's fact list (`<dl className="registry-facts">`). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
