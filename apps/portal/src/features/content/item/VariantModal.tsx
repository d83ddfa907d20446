import {
  LANGUAGE_NAMES,
  PREFERRED_LANGUAGES,
  VARIANT_NETWORKS,
  isPreferredLanguage,
  isVariantNetwork,
  measurePost,
  type PreferredLanguage,
  type VariantNetwork,
  INPUT_LIMITS,
} from '@chorus/core';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';
import { currentLanguage } from '../../../i18n';
import { FindingsList } from '../../guardrails/FindingsList';
import { usePostFindings } from '../../guardrails/use-post-findings';
import { PostPreview } from './PostPreview';
import { useAddVariant } from './use-add-variant';
import type { ContentItem, Variant } from './use-content-item';
import { useUpdateVariant } from './use-update-variant';

interface VariantModalProps {
  item: ContentItem;
  /** The post to edit; null to add one. */
  variant: Variant | null;
  onClose: () => void;
}

/**
 * Writes one suggested post, counting it live as its network will and checking it against the
 * guardrails every share passes, beside its preview.
 */
export function VariantModal({ item, variant, onClose }: VariantModalProps) {
  const { t, i18n } = useTranslation();
  const add = useAddVariant(item.id);
  const edit = useUpdateVariant(item.id);
  const save = variant ? edit : add;
  const [network, setNetwork] = useState<VariantNetwork>(() =>
    variant && isVariantNetwork(variant.network) ? variant.network : 'any',
  );
  const [language, setLanguage] = useState<PreferredLanguage>(() => {
    const preferred = variant?.language ?? item.language;
    return isPreferredLanguage(preferred) ? preferred : currentLanguage(i18n);
  });
  const [text, setText] = useState(variant?.text ?? '');
  const link = item.canonicalUrl ?? item.url;
  const measured = measurePost(text, network, link);
  // The length has its own counter: the guardrails add what else would stop a share.
  const guardrails = usePostFindings({ text, network, language });
  const findings = guardrails.findings.filter((finding) => finding.kind !== 'length');
  const blocked = findings.some((finding) => finding.severity === 'block');
  const empty = text.trim() === '';

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (empty || measured.over || blocked) return;
    const body = { network, language, text: text.trim() };
    const done = {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('contentItem.variants.saved') });
        onClose();
      },
    };
    if (variant) edit.mutate({ variantId: variant.id, body }, done);
    else add.mutate(body, done);
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
        <form onSubmit={handleSubmit} noValidate>
          <Stack>
            {save.isError && (
              <Alert color="red" title={t('contentItem.variants.saveFailed')}>
                {describeError(save.error, t)}
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
                  if (isVariantNetwork(picked)) setNetwork(picked);
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
                  if (isPreferredLanguage(picked)) setLanguage(picked);
                }}
                allowDeselect={false}
                searchable
              />
            </Group>
            <Textarea
              label={t('contentItem.variants.text')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
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
                  : undefined
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
                loading={save.isPending}
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
