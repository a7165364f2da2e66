import { useT } from '../i18n.ts';

/** A missing figure is "—", never 0; the reason is in the tooltip and read out to screen readers. */
export function Missing({ reason }: { reason?: string }) {
  const { t } = useT();
  const text = reason ?? t('missing');
  return (
    <span className="missing" title={text}>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{text}</span>
    </span>
  );
}

/** Formats a value, or shows {@link Missing} with the reason when it is null. */
export function Figure({
  value,
  format,
  reason,
  title,
}: {
  value: number | null | undefined;
  format: (value: number) => string;
  reason?: string;
  title?: string;
}) {
  if (value === null || value === undefined) return <Missing reason={reason} />;
  return <span title={title}>{format(value)}</span>;
}
