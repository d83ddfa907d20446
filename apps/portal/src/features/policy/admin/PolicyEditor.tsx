import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSchemaForm } from '../../../lib/forms';
import { PolicyFields } from './PolicyFields';
import { policySchema, publishBody, type PolicyValues } from './policy-schema';
import { usePublishPolicy, type PublishPolicyBody } from './use-publish-policy';
import { FormErrorAlert } from '../../../components/FormErrorAlert';

interface PolicyEditorProps {
  /** What the form starts with: the version in force, when there is one. */
  initial: PolicyValues;
  /** The number the new version will get. */
  nextVersion: number;
  onClose: () => void;
}

/**
 * Writes the next version, then publishes it. When everyone must acknowledge it again, a
 * second step says what that means before anything is published.
 */
export function PolicyEditor({ initial, nextVersion, onClose }: PolicyEditorProps) {
  const { t } = useTranslation();
  const publish = usePublishPolicy();
  const form = useSchemaForm(policySchema, initial);
  /** The version to publish once the second step confirms it; null while writing. */
  const [confirming, setConfirming] = useState<PublishPolicyBody | null>(null);
  const first = nextVersion === 1;

  const send = (body: PublishPolicyBody) =>
    publish.mutateAsync(body).then((published) => {
      notifications.show({
        color: 'green',
        message: t(
          published.requiresAcknowledgment
            ? 'policyAdmin.publishedWithAcknowledgment'
            : 'policyAdmin.published',
          { version: published.version },
        ),
      });
      onClose();
    });

  const handleSubmit = form.onSubmit((values) => {
    const body = publishBody(values, first);
    if (!body.requiresAcknowledgment) return send(body);
    setConfirming(body);
  });

  const failure = <FormErrorAlert form={form} title={t('policyAdmin.publishFailed')} />;

  if (confirming) {
    return (
      <Stack>
        {failure}
        <Text fw={500}>{t('policyAdmin.confirm.title', { version: nextVersion })}</Text>
        <Text>
          {t(first ? 'policyAdmin.confirm.first' : 'policyAdmin.confirm.again', {
            version: nextVersion,
          })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(null)}>
            {t('policyAdmin.confirm.back')}
          </Button>
          <Button
            onClick={() => void send(confirming).catch(form.setServerError)}
            loading={publish.isPending}
            data-autofocus
          >
            {t('policyAdmin.confirm.publish', { version: nextVersion })}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {failure}
        <PolicyFields form={form} first={first} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('policyAdmin.cancel')}
          </Button>
          <Button type="submit" loading={publish.isPending}>
            {t('policyAdmin.publish')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
