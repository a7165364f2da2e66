import { useT } from '../i18n.ts';

/** A grey placeholder block; purely visual, the surrounding region announces the loading state. */
export function Skeleton({ width = '100%', height = '1em' }: { width?: string; height?: string }) {
  return <span className="skeleton" style={{ width, height }} aria-hidden="true" />;
}

/** Announces "Memuat…" to screen readers (and shows it when `visible`). */
export function LoadingText({ visible = false, slow = false }: { visible?: boolean; slow?: boolean }) {
  const { t } = useT();
  return (
    <p role="status" className={visible ? 'loading-text' : 'sr-only'}>
      {t(slow ? 'loadingSlow' : 'loading')}
    </p>
  );
}
