import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';
import { PolicyFields } from './PolicyFields';
import { policyProblems, publishBody, type PolicyValues } from './policy-form';
import { usePublishPolicy } from './use-publish-policy';

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
  const [values, setValues] = useState(initial);
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const first = nextVersion === 1;
  const body = publishBody(values, first);
  const problems = policyProblems(values);

  const send = () =>
    publish.mutate(body, {
      onSuccess: (published) => {
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
      },
    });

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(problems).length > 0) return;
    if (body.requiresAcknowledgment) setConfirming(true);
    else send();
  };

  const failure = publish.isError && (
    <Alert color="red" title={t('policyAdmin.publishFailed')}>
      {describeError(publish.error, t)}
    </Alert>
  );

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
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('policyAdmin.confirm.back')}
          </Button>
          <Button onClick={send} loading={publish.isPending} data-autofocus>
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
        <PolicyFields
          value={values}
          onChange={(change) => setValues((now) => ({ ...now, ...change }))}
          problems={checked ? problems : {}}
          first={first}
        />
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
