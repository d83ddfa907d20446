import { Fieldset, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemValues } from './item-schema';
import type { SetItemValues } from './ItemForm';

interface ScheduleFieldsProps {
  values: ItemValues;
  set: SetItemValues;
  readOnly: boolean;
  /** Why the schedule cannot be saved, shown on the end. */
  problem?: ReactNode;
}

/** When employees see the item, once approved: from its publish time until it expires. */
export function ScheduleFields({ values, set, readOnly, problem }: ScheduleFieldsProps) {
  const { t } = useTranslation();
  return (
    <Fieldset
      legend={t('contentItem.schedule.title')}
      variant="unstyled"
      styles={{ legend: { fontWeight: 600 } }}
    >
      <Text size="sm" c="dimmed" mb="sm">
        {t('contentItem.schedule.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="datetime-local"
          label={t('contentItem.schedule.publishAt')}
          value={values.publishAt}
          onChange={(event) => set({ publishAt: event.currentTarget.value })}
          readOnly={readOnly}
        />
        <TextInput
          type="datetime-local"
          label={t('contentItem.schedule.expiresAt')}
          value={values.expiresAt}
          min={values.publishAt || undefined}
          onChange={(event) => set({ expiresAt: event.currentTarget.value })}
          error={problem}
          readOnly={readOnly}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
