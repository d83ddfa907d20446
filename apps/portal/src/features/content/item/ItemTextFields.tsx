import {
  CONTENT_KINDS,
  LANGUAGE_NAMES,
  PREFERRED_LANGUAGES,
  isPreferredLanguage,
  INPUT_LIMITS,
} from '@chorus/core';
import { Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isContentKind } from '../../../lib/value-guards';
import { ContentThumbnail } from '../ContentThumbnail';
import type { ItemValues } from './item-schema';
import type { SetItemValues } from './ItemForm';

interface ItemTextFieldsProps {
  values: ItemValues;
  set: SetItemValues;
  /** Fields a curator typed, which reading the page again keeps. */
  editedFields: readonly string[];
  /** The saved image address, its picture as Chorus serves it, and why there is none. */
  thumbnail: { imageUrl: string | null; url: string | null; error: string | null };
  readOnly: boolean;
}

/** What the item says: kind, title, summary, image, site and language. */
export function ItemTextFields({
  values,
  set,
  editedFields,
  thumbnail,
  readOnly,
}: ItemTextFieldsProps) {
  const { t } = useTranslation();
  // The preview is the picture Chorus made from the saved address; a new one is fetched on save.
  const typedImage = values.imageUrl.trim();
  const saved = typedImage === (thumbnail.imageUrl ?? '');
  const imageNote =
    typedImage === ''
      ? undefined
      : !saved
        ? t('contentItem.fields.imageAfterSave')
        : thumbnail.error
          ? t('contentItem.fields.imageFailed', { reason: thumbnail.error })
          : undefined;
  const byHand = (field: string) =>
    editedFields.includes(field) ? t('contentItem.fields.setByHand') : undefined;
  const languages = [
    ...PREFERRED_LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] })),
    // A page may be in a language nobody prefers; it stays choosable as it is.
    ...(values.language && !isPreferredLanguage(values.language)
      ? [{ value: values.language, label: values.language }]
      : []),
  ];

  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('contentItem.fields.kind')}
          data={CONTENT_KINDS.map((kind) => ({ value: kind, label: t(`content.kinds.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => {
            if (isContentKind(kind)) set({ kind });
          }}
          allowDeselect={false}
          disabled={readOnly}
        />
        <Select
          label={t('contentItem.fields.language')}
          placeholder={t('contentItem.fields.languageUnknown')}
          description={byHand('language')}
          data={languages}
          value={values.language}
          onChange={(language) => set({ language })}
          clearable
          searchable
          clearButtonProps={{ 'aria-label': t('contentItem.fields.languageClear') }}
          disabled={readOnly}
        />
      </SimpleGrid>
      <TextInput
        label={t('contentItem.fields.title')}
        description={byHand('title')}
        value={values.title}
        onChange={(event) => set({ title: event.currentTarget.value })}
        maxLength={INPUT_LIMITS.contentTitle}
        readOnly={readOnly}
      />
      <Textarea
        label={t('contentItem.fields.summary')}
        description={byHand('summary')}
        value={values.summary}
        onChange={(event) => set({ summary: event.currentTarget.value })}
        maxLength={INPUT_LIMITS.contentSummary}
        rows={3}
        resize="vertical"
        readOnly={readOnly}
      />
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          type="url"
          label={t('contentItem.fields.imageUrl')}
          description={[byHand('imageUrl'), imageNote].filter(Boolean).join(' ') || undefined}
          value={values.imageUrl}
          onChange={(event) => set({ imageUrl: event.currentTarget.value })}
          readOnly={readOnly}
          style={{ flex: 1 }}
        />
        <ContentThumbnail
          src={saved ? thumbnail.url : null}
          width={112}
          alt={t('contentItem.fields.imagePreview')}
        />
      </Group>
      <TextInput
        label={t('contentItem.fields.siteName')}
        description={byHand('siteName')}
        value={values.siteName}
        onChange={(event) => set({ siteName: event.currentTarget.value })}
        maxLength={INPUT_LIMITS.contentSiteName}
        readOnly={readOnly}
      />
    </Stack>
  );
}
