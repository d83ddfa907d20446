import {
  LANGUAGE_NAMES,
  PREFERRED_LANGUAGES,
  VARIANT_NETWORKS,
  isPreferredLanguage,
  isVariantNetwork,
  measurePost,
  type PreferredLanguage,
  INPUT_LIMITS,
} from '@chorus/core';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { currentLanguage } from '../../../i18n';
import { requiredText, useSchemaForm } from '../../../lib/forms';
import { FindingsList } from '../../guardrails/FindingsList';
import { usePostFindings } from '../../guardrails/use-post-findings';
import { PostPreview } from './PostPreview';
import { useAddVariant } from './use-add-variant';
import type { ContentItem, Variant } from './use-content-item';
import { useUpdateVariant } from './use-update-variant';

const variantSchema = z.object({
  network: z.enum(VARIANT_NETWORKS),
  language: z.enum(PREFERRED_LANGUAGES),
  text: requiredText(INPUT_LIMITS.suggestedPost, 'contentItem.variants.textRequired'),
});

interface VariantModalProps {
  item: ContentItem;
  /** The post to edit; null to add one. */
  variant: Variant | null;
  onClose: () => void;
}

/**
 * Writes one suggested post, counting it live as its network will and checking it against the
 * guardrails every share passes, beside its preview. Not a FormModal: the preview stands beside
 * the form, and saving waits (its button disabled) while the post is empty, too long or blocked.
 */
export function VariantModal({ item, variant, onClose }: VariantModalProps) {
  const { t, i18n } = useTranslation();
  const add = useAddVariant(item.id);
  const edit = useUpdateVariant(item.id);
  const form = useSchemaForm(variantSchema, {
    network: variant && isVariantNetwork(variant.network) ? variant.network : 'any',
    language: startingLanguage(variant?.language ?? item.language, currentLanguage(i18n)),
    text: variant?.text ?? '',
  });
  const { network, language, text } = form.values;
  const link = item.canonicalUrl ?? item.url;
  const measured = measurePost(text, network, link);
  // The length has its own counter: the guardrails add what else would stop a share.
  const guardrails = usePostFindings({ text, network, language });
  const findings = guardrails.findings.filter((finding) => finding.kind !== 'length');
  const blocked = findings.some((finding) => finding.severity === 'block');
  const empty = text.trim() === '';

  const save = async (body: z.output<typeof variantSchema>) => {
    if (measured.over || blocked) return;
    if (variant) await edit.mutateAsync({ variantId: variant.id, body });
    else await add.mutateAsync(body);
    notifications.show({ color: 'green', message: t('contentItem.variants.saved') });
    onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t(variant ? 'contentItem.variants.editTitle' : 'contentItem.variants.add')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <form onSubmit={form.onSubmit(save)} noValidate>
          <Stack>
            {form.formError !== undefined && (
              <Alert color="red" title={t('contentItem.variants.saveFailed')}>
                {form.formError}
              </Alert>
            )}
            <Group grow align="flex-start">
              <Select
                label={t('contentItem.variants.network')}
                data={VARIANT_NETWORKS.map((value) => ({
                  value,
                  label: t(`networks.${value}`),
                }))}
                value={network}
                onChange={(picked) => {
                  if (isVariantNetwork(picked)) form.setFieldValue('network', picked);
                }}
                allowDeselect={false}
              />
              <Select
                label={t('contentItem.variants.language')}
                data={PREFERRED_LANGUAGES.map((value) => ({
                  value,
                  label: LANGUAGE_NAMES[value],
                }))}
                value={language}
                onChange={(picked) => {
                  if (isPreferredLanguage(picked)) form.setFieldValue('language', picked);
                }}
                allowDeselect={false}
                searchable
              />
            </Group>
            <Textarea
              label={t('contentItem.variants.text')}
              {...form.getInputProps('text')}
              rows={6}
              resize="vertical"
              maxLength={INPUT_LIMITS.suggestedPost}
              data-autofocus
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              description={
                // An empty post has no length yet: only the limit it will be counted against.
                empty
                  ? measured.limit !== null &&
                    t('contentItem.variants.countEmpty', { limit: measured.limit })
                  : measured.limit === null
                    ? t('contentItem.variants.countNoLimit', { length: measured.length })
                    : t('contentItem.variants.count', {
                        length: measured.length,
                        limit: measured.limit,
                      })
              }
              descriptionProps={{ c: measured.over ? 'red' : undefined }}
              error={
                measured.over && measured.limit !== null
                  ? t('contentItem.variants.overLimit', { count: measured.length - measured.limit })
                  : form.errors.text
              }
            />
            {findings.length > 0 && <FindingsList findings={findings} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('contentItem.variants.cancel')}
              </Button>
              <Button
                type="submit"
                disabled={empty || measured.over || blocked}
                loading={form.submitting}
              >
                {t('contentItem.variants.save')}
              </Button>
            </Group>
          </Stack>
        </form>
        <PostPreview
          network={network}
          text={text}
          link={{
            url: link,
            title: item.title,
            siteName: item.siteName,
            imageUrl: item.thumbnailUrl,
          }}
        />
      </SimpleGrid>
    </Modal>
  );
}

/** The post's language, else the item's, else the portal's. */
function startingLanguage(preferred: string | null, portal: PreferredLanguage): PreferredLanguage {
  return preferred !== null && isPreferredLanguage(preferred) ? preferred : portal;
}
