import { useT } from '../i18n.ts';

export function Pagination({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const { t } = useT();
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination')}>
      <button
        type="button"
        className="button button-small"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        ← {t('pagePrev')}
      </button>
      <span aria-live="polite">{t('pageOf', { page, pages })}</span>
      <button
        type="button"
        className="button button-small"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('pageNext')} →
      </button>
    </nav>
  );
}
