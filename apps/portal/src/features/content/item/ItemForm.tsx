import { Alert, Button, Divider, Group, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';
import {
  changesFrom,
  editableParts,
  rebase,
  scheduleProblem,
  valuesOf,
  type ItemValues,
} from './item-form';
import { ItemPlacementFields } from './ItemPlacementFields';
import { ItemTextFields } from './ItemTextFields';
import { ScheduleFields } from './ScheduleFields';
import { TargetingFields } from './TargetingFields';
import type { ContentItem } from './use-content-item';
import { useUpdateContent } from './use-update-content';

export type SetItemValues = (change: Partial<ItemValues>) => void;

/** Every field of an item; saving sends only what changed. */
export function ItemForm({ item }: { item: ContentItem }) {
  const { t } = useTranslation();
  const headingId = useId();
  const update = useUpdateContent(item.id);
  const [form, setForm] = useState(() => ({ seen: item, values: valuesOf(item) }));
  let values = form.values;
  if (form.seen !== item) {
    // The item changed (its page was read, or it was saved): follow it, keeping edits.
    values = rebase(form.values, valuesOf(form.seen), valuesOf(item));
    setForm({ seen: item, values });
  }
  const set: SetItemValues = (change) =>
    setForm((now) => ({ ...now, values: { ...now.values, ...change } }));
  const editable = editableParts(item.status);
  const changes = changesFrom(item, values);
  const changed = Object.keys(changes).length > 0;
  const problem = scheduleProblem(values);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!changed || problem) return;
    update.mutate(changes, {
      onSuccess: () => notifications.show({ color: 'green', message: t('contentItem.saved') }),
    });
  };

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
          {update.isError && (
            <Alert color="red" title={t('contentItem.saveFailed')}>
              {describeError(update.error, t)}
            </Alert>
          )}
          <ItemTextFields
            values={values}
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
          <ItemPlacementFields values={values} set={set} readOnly={!editable.rest} />
          <Divider />
          <TargetingFields values={values} set={set} readOnly={!editable.rest} />
          <Divider />
          <ScheduleFields
            values={values}
            set={set}
            readOnly={!editable.rest}
            problem={problem ? t('contentItem.schedule.expiresBeforePublish') : null}
          />
          {editable.rest && (
            <Group justify="flex-end">
              <Button
                type="submit"
                disabled={!changed || problem !== null}
                loading={update.isPending}
              >
                {t('contentItem.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
