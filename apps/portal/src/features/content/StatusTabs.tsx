import { CONTENT_STATUSES, type ContentStatus } from '@chorus/core';
import { Badge, Tabs } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isContentStatus } from '../../lib/value-guards';
import type { ContentPage } from './use-content-list';

interface StatusTabsProps {
  value: ContentStatus;
  /** Items per status with the other filters; undefined while loading. */
  counts: ContentPage['counts'] | undefined;
  onChange: (status: ContentStatus) => void;
  /** The list of the selected status. */
  children: ReactNode;
}

/** One tab per status, each named by its status and showing how many items it holds. */
export function StatusTabs({ value, counts, onChange, children }: StatusTabsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Tabs
      value={value}
      onChange={(next) => {
        if (isContentStatus(next)) onChange(next);
      }}
    >
      <Tabs.List aria-label={t('content.tabs')}>
        {CONTENT_STATUSES.map((status) => (
          <Tabs.Tab
            key={status}
            value={status}
            // The name is the status alone; the count is read as the tab's description.
            aria-label={t(`content.statuses.${status}`)}
            aria-describedby={`${id}-${status}`}
            rightSection={
              <Badge id={`${id}-${status}`} variant="light" size="sm" color="gray">
                {counts ? counts[status] : '–'}
              </Badge>
            }
          >
            {t(`content.statuses.${status}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value={value} pt="md">
        {children}
      </Tabs.Panel>
    </Tabs>
  );
}
