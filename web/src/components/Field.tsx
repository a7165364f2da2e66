import type { ReactNode } from 'react';

/**
 * One labelled form control. The label points at the control through `id` (give the control the same
 * id), and an optional help line sits under it.
 */
export function Field({
  id,
  label,
  help,
  wide = false,
  children,
}: {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children}
      {help && <span className="field-help">{help}</span>}
    </div>
  );
}
