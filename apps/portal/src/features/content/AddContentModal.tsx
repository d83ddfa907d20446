import { CONTENT_KINDS } from '@chorus/core';
import { Anchor, Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { FormModal } from '../../components/FormModal';
import { contentItemPath } from '../../lib/content-paths';
import { useSchemaForm, type FormMessage } from '../../lib/forms';
import { isContentKind } from '../../lib/value-guards';
import { existingItemOf, useCreateContent } from './use-create-content';

const newContentSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, { error: 'content.add.urlRequired' satisfies FormMessage }),
  kind: z.enum(CONTENT_KINDS),
});

/** The refusal of a page that already is an item is about its address. */
const fieldOfError = (error: unknown) => (existingItemOf(error) === null ? undefined : 'url');

/**
 * A page by its address and kind; Chorus reads the rest, and the editor opens on it. Mounted
 * only while open, so every page starts from an empty form.
 */
export function AddContentModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateContent();
  const form = useSchemaForm(newContentSchema, { url: '', kind: 'company_news' }, { fieldOfError });
  const existingId = form.errors.url === undefined ? null : existingItemOf(create.error);

  const add = async (page: z.output<typeof newContentSchema>) => {
    const item = await create.mutateAsync(page);
    notifications.show({ color: 'green', message: t('content.add.added') });
    void navigate(contentItemPath(item.id));
  };

  return (
    <FormModal
      form={form}
      title={t('content.add.title')}
      onSubmit={add}
      onClose={onClose}
      errorTitle={t('content.add.failed')}
      submitLabel={t('content.add.submit')}
      cancelLabel={t('content.add.cancel')}
    >
      <TextInput
        type="url"
        label={t('content.add.url')}
        placeholder="https://"
        {...form.getInputProps('url')}
        required
        withAsterisk
        data-autofocus
      />
      {existingId !== null && (
        <Anchor component={Link} to={contentItemPath(existingId)} size="sm" fw={500}>
          {t('content.add.openExisting')}
        </Anchor>
      )}
      <Select
        label={t('content.add.kind')}
        data={CONTENT_KINDS.map((value) => ({ value, label: t(`content.kinds.${value}`) }))}
        value={form.values.kind}
        onChange={(value) => {
          if (isContentKind(value)) form.setFieldValue('kind', value);
        }}
        allowDeselect={false}
      />
    </FormModal>
  );
}
