import type { ReactNode } from 'react';
import { type MessageKey, pick, useT } from '../../i18n.ts';

export type FieldError = MessageKey | { id: string; en: string } | undefined;

/** The id of a field's error line, for the control's aria-describedby. */
export const errorIdOf = (id: string) => `${id}-error`;

/** The accessibility attributes of a control whose field may carry an error. */
export const invalidProps = (id: string, error: FieldError) => ({
  id,
  'aria-invalid': error ? true : undefined,
  'aria-describedby': error ? errorIdOf(id) : undefined,
});

/**
 * A labelled control with a help line and, when refused, the reason right under it (in the current
 * language), so each problem sits next to what must change.
 */
export function FundField({
  id,
  label,
  help,
  error,
  wide = false,
  children,
}: {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error: FieldError;
  wide?: boolean;
  children: ReactNode;
}) {
  const { t, lang } = useT();
  const text =
    error === undefined ? null : typeof error === 'string' ? t(error) : pick(lang, error.id, error.en);
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children}
      {text && (
        <span id={errorIdOf(id)} className="fund-field-error" data-testid="fund-field-error">
          {text}
        </span>
      )}
      {help && <span className="field-help">{help}</span>}
    </div>
  );
}
