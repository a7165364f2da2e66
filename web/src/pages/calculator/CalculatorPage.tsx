import { useId, useState } from 'react';
import { useT } from '../../i18n.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { TABS, type TabId } from './calculatorTabs.ts';
import { currentMonth } from './formValues.ts';
import { NikChecker } from './NikChecker.tsx';
import { QuotePanel } from './QuotePanel.tsx';
import { RegulationTable } from './RegulationTable.tsx';
import { TabList } from './TabList.tsx';
import './calculator.css';

/**
 * `/kalkulator`: contributions by segment, the late-payment fine and benefits, each result with its
 * explanation, legal basis and rounding; the regulation table the figures come from sits below.
 */
export function CalculatorPage() {
  const { t } = useT();
  const baseId = useId();
  const [active, setActive] = useState<TabId>('pu');
  // Read once per visit: every form starts on the same month even if the page stays open past midnight.
  const [month] = useState(currentMonth);
  const ids = (tab: TabId) => ({ tab: `${baseId}-tab-${tab}`, panel: `${baseId}-panel-${tab}` });
  useDocumentTitle(t('calcTitle'));

  return (
    <div className="calc-page">
      <div className="region-heading">
        <h1>{t('calcTitle')}</h1>
        <p className="region-meta">{t('calcIntro')}</p>
      </div>
      <TabList tabs={TABS} active={active} ids={ids} onSelect={setActive} />
      {TABS.map((tab) => (
        <QuotePanel
          key={tab.id}
          tab={tab}
          active={tab.id === active}
          tabId={ids(tab.id).tab}
          panelId={ids(tab.id).panel}
          month={month}
        />
      ))}
      <div className="calc-bottom">
        <RegulationTable />
        <NikChecker />
      </div>
      <p className="field-help">{t('calcDisclaimer')}</p>
    </div>
  );
}
