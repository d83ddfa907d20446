import { Alert, Button, Divider, Group, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSchemaForm } from '../../../lib/forms';
import {
  changesFrom,
  editableParts,
  fieldsChanged,
  itemSchema,
  rebase,
  valuesOf,
  type ItemValues,
} from './item-schema';
import { ItemPlacementFields } from './ItemPlacementFields';
import { ItemTextFields } from './ItemTextFields';
import { ScheduleFields } from './ScheduleFields';
import { TargetingFields } from './TargetingFields';
import type { ContentItem } from './use-content-item';
import { useUpdateContent } from './use-update-content';
import { FormErrorAlert } from '../../../components/FormErrorAlert';

export type SetItemValues = (change: Partial<ItemValues>) => void;

/** Every field of an item; saving sends only what changed. */
export function ItemForm({ item }: { item: ContentItem }) {
  const { t } = useTranslation();
  const headingId = useId();
  const update = useUpdateContent(item.id);
  // A schedule that ends before it starts says so at once.
  const form = useSchemaForm(itemSchema, valuesOf(item), { liveFields: ['expiresAt'] });
  const setField = (field: keyof ItemValues, value: ItemValues[keyof ItemValues]) =>
    // One field at a time, so that a problem of another field stays on it.
    form.setFieldValue(field, value as never);
  const set: SetItemValues = (change) => {
    for (const [field, value] of Object.entries(change)) setField(field as keyof ItemValues, value);
  };

  // The item changed (its page was read, or it was saved): follow it, keeping edits.
  const loaded = valuesOf(item);
  const before = form.getInitialValues();
  if (fieldsChanged(before, loaded).length > 0) {
    form.setInitialValues(loaded);
    const values = form.getValues();
    const next = rebase(values, before, loaded);
    for (const field of fieldsChanged(values, next)) setField(field, next[field]);
  }

  const editable = editableParts(item.status);
  const changes = changesFrom(item, form.values);
  const changed = Object.keys(changes).length > 0;

  const handleSubmit = form.onSubmit(() => {
    if (!changed) return;
    return update
      .mutateAsync(changes)
      .then(() => notifications.show({ color: 'green', message: t('contentItem.saved') }));
  });

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={headingId}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Title order={2} size="h3" id={headingId}>
            {t('contentItem.details')}
          </Title>
          {!editable.rest ? (
            <Alert color="gray">{t('contentItem.archivedNote')}</Alert>
          ) : (
            !editable.text && <Alert color="blue">{t('contentItem.approvedNote')}</Alert>
          )}
          <FormErrorAlert form={form} title={t('contentItem.saveFailed')} />
          <ItemTextFields
            values={form.values}
            set={set}
            editedFields={item.editedFields}
            thumbnail={{
              imageUrl: item.imageUrl,
              url: item.thumbnailUrl,
              error: item.thumbnailError,
            }}
            readOnly={!editable.text}
          />
          <Divider />
          <ItemPlacementFields values={form.values} set={set} readOnly={!editable.rest} />
          <Divider />
          <TargetingFields values={form.values} set={set} readOnly={!editable.rest} />
          <Divider />
          <ScheduleFields
            values={form.values}
            set={set}
            readOnly={!editable.rest}
            problem={form.errors.expiresAt}
          />
          {editable.rest && (
            <Group justify="flex-end">
              <Button type="submit" disabled={!changed} loading={form.submitting}>
                {t('contentItem.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
