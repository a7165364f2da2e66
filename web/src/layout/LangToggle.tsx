import { setLang, useT } from '../i18n.ts';

/** ID ⇄ EN; the choice is remembered in localStorage and sets `<html lang>`. */
export function LangToggle() {
  const { t, lang } = useT();
  return (
    <button
      type="button"
      className="lang-toggle"
      data-testid="lang-toggle"
      aria-label={t('langToggleLabel')}
      title={t('langToggleLabel')}
      onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
    >
      <span className={lang === 'id' ? 'on' : undefined} lang="id">
        ID
      </span>
      <span className={lang === 'en' ? 'on' : undefined} lang="en">
        EN
      </span>
    </button>
  );
}
