import { INPUT_LIMITS } from '@chorus/core';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { requiredText, useSchemaForm } from '../../lib/forms';
import { useAddEscalationNote } from './use-add-escalation-note';

const noteSchema = z.object({
  body: requiredText(INPUT_LIMITS.escalationNote, 'escalations.notes.required'),
});

/** Adds an internal note for the team; the reporter never sees it. */
export function NoteForm({ escalationId }: { escalationId: string }) {
  const { t } = useTranslation();
  const add = useAddEscalationNote(escalationId);
  const form = useSchemaForm(noteSchema, { body: '' });

  const handleSubmit = form.onSubmit(({ body }) =>
    add.mutateAsync(body).then(() => {
      form.reset();
      notifications.show({ color: 'green', message: t('escalations.notes.added') });
    }),
  );

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <FormErrorAlert form={form} title={t('escalations.notes.addFailed')} />
        <Textarea
          label={t('escalations.notes.label')}
          description={t('escalations.notes.private')}
          {...form.getInputProps('body')}
          rows={3}
          resize="vertical"
          maxLength={INPUT_LIMITS.escalationNote}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t('escalations.notes.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
