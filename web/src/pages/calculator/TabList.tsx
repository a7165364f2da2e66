import { type KeyboardEvent, useRef } from 'react';
import { useT } from '../../i18n.ts';
import type { TabId, TabSpec } from './calculatorTabs.ts';

/**
 * The segment tabs (WAI-ARIA tabs pattern): one tab stop, ←/→ move between tabs and select them,
 * Home/End jump to the first and last.
 */
export function TabList({
  tabs,
  active,
  ids,
  onSelect,
}: {
  tabs: readonly TabSpec[];
  active: TabId;
  ids: (tab: TabId) => { tab: string; panel: string };
  onSelect: (tab: TabId) => void;
}) {
  const { t } = useT();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = tabs.findIndex((tab) => tab.id === active);
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const index = (target + tabs.length) % tabs.length;
    const next = tabs[index];
    if (!next) return;
    onSelect(next.id);
    buttons.current[index]?.focus();
  }

  return (
    <div role="tablist" aria-label={t('calcTabsLabel')} className="calc-tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="tab"
          id={ids(tab.id).tab}
          aria-selected={tab.id === active}
          aria-controls={ids(tab.id).panel}
          tabIndex={tab.id === active ? 0 : -1}
          className="calc-tab"
          onClick={() => onSelect(tab.id)}
          data-testid={`calc-tab-${tab.id}`}
        >
          {t(tab.label)}
        </button>
      ))}
    </div>
  );
}
