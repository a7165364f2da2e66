import { type KeyboardEvent, useRef } from 'react';
import { type MessageKey, useT } from '../../i18n.ts';

export interface TabSpec<T extends string> {
  id: T;
  label: MessageKey;
}

/** WAI-ARIA tabs: one tab stop, ←/→ move and select, Home/End jump to the first and last. */
export function FundTabs<T extends string>({
  tabs,
  active,
  idOf,
  onSelect,
  label,
}: {
  tabs: readonly TabSpec<T>[];
  active: T;
  idOf: (tab: T) => { tab: string; panel: string };
  onSelect: (tab: T) => void;
  label: string;
}) {
  const { t } = useT();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = tabs.findIndex((tab) => tab.id === active);
    const target = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 }[
      event.key
    ];
    if (target === undefined) return;
    event.preventDefault();
    const index = (target + tabs.length) % tabs.length;
    const next = tabs[index];
    if (!next) return;
    onSelect(next.id);
    buttons.current[index]?.focus();
  }
  return (
    <div role="tablist" aria-label={label} className="fund-tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="tab"
          id={idOf(tab.id).tab}
          aria-selected={tab.id === active}
          aria-controls={idOf(tab.id).panel}
          tabIndex={tab.id === active ? 0 : -1}
          className="fund-tab"
          onClick={() => onSelect(tab.id)}
          data-testid={`fund-tab-${tab.id}`}
        >
          {t(tab.label)}
        </button>
      ))}
    </div>
  );
}
