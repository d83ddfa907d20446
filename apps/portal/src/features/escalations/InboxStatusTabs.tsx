import { Badge, Tabs } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { INBOX_TABS, isInboxTab, type InboxTab } from './inbox-filters';
import type { EscalationPage } from './api/escalations-queries';

interface InboxStatusTabsProps {
  value: InboxTab;
  /** Reports per status with the other filters; undefined while loading. */
  counts: EscalationPage['counts'] | undefined;
  onChange: (status: InboxTab) => void;
  /** The list of the selected tab. */
  children: ReactNode;
}

/** A tab per status and one for every report, each showing how many reports it holds. */
export function InboxStatusTabs({ value, counts, onChange, children }: InboxStatusTabsProps) {
  const { t } = useTranslation();
  const id = useId();
  const countOf = (tab: InboxTab) => {
    if (!counts) return '–';
    return tab === 'all' ? counts.open + counts.in_progress + counts.resolved : counts[tab];
  };

  return (
    <Tabs
      value={value}
      onChange={(next) => {
        if (isInboxTab(next)) onChange(next);
      }}
    >
      <Tabs.List aria-label={t('escalations.inbox.tabs')}>
        {INBOX_TABS.map((tab) => (
          <Tabs.Tab
            key={tab}
            value={tab}
            // The name is the status alone; the count is read as the tab's description.
            aria-label={t(`escalations.tabs.${tab}`)}
            aria-describedby={`${id}-${tab}`}
            rightSection={
              <Badge id={`${id}-${tab}`} variant="light" size="sm" color="gray">
                {countOf(tab)}
              </Badge>
            }
          >
            {t(`escalations.tabs.${tab}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value={value} pt="md">
        {children}
      </Tabs.Panel>
    </Tabs>
  );
}
