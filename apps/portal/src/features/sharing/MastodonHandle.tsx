import { formatMastodonHandle, parseMastodonHandle } from '@chorus/core';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useSchemaForm, type FormMessage } from '../../lib/forms';
import type { MastodonAccount, MastodonHandleState } from './use-mastodon-handle';

/** A handle as people write it (`@name@server`, `name@server`, their profile's address). */
const handleSchema = z.object({
  handle: z
    .string()
    .trim()
    .min(1, { error: 'sharing.mastodon.required' satisfies FormMessage })
    .transform((value, context): MastodonAccount => {
      const account = parseMastodonHandle(value);
      if (account) return account;
      context.addIssue({
        code: 'custom',
        message: 'sharing.mastodon.invalid' satisfies FormMessage,
      });
      return z.NEVER;
    }),
});

/**
 * Mastodon has no share page of its own: the post opens on the person's server, which their
 * handle names. Says which account posts go to, or asks for the handle (once: it is saved to
 * their profile).
 */
export function MastodonHandle({ mastodon }: { mastodon: MastodonHandleState }) {
  const { t } = useTranslation();
  const { profile, account } = mastodon;
  if (profile.isPending) return <PageLoader label={t('sharing.mastodon.loading')} />;
  if (profile.isError) {
    return (
      <QueryError
        title={t('sharing.mastodon.loadFailed')}
        error={profile.error}
        onRetry={() => void profile.refetch()}
      />
    );
  }
  if (account && !mastodon.asking) {
    return (
      <Group gap="sm">
        <Text size="sm">
          {t('sharing.mastodon.postingAs', {
            handle: formatMastodonHandle(account),
            instance: account.instance,
          })}
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={mastodon.change}>
          {t('sharing.mastodon.change')}
        </Button>
      </Group>
    );
  }
  return (
    <MastodonHandleForm
      initial={mastodon.saved ?? ''}
      onSave={mastodon.save}
      onCancel={account ? mastodon.cancel : undefined}
    />
  );
}

interface MastodonHandleFormProps {
  initial: string;
  onSave: (account: MastodonAccount) => Promise<void>;
  /** Back to the handle saved, when there is one. */
  onCancel?: () => void;
}

function MastodonHandleForm({ initial, onSave, onCancel }: MastodonHandleFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    handleSchema,
    { handle: initial },
    // The API refuses a handle it cannot use with a message about it.
    { fieldOfError: () => 'handle' },
  );

  return (
    <form onSubmit={form.onSubmit(({ handle }) => onSave(handle))} noValidate>
      <Stack gap="xs">
        <FormErrorAlert form={form} title={t('sharing.mastodon.saveFailed')} />
        <TextInput
          label={t('sharing.mastodon.label')}
          description={t('sharing.mastodon.intro')}
          placeholder={t('sharing.mastodon.placeholder')}
          autoComplete="off"
          spellCheck={false}
          {...form.getInputProps('handle')}
        />
        <Group gap="sm">
          <Button type="submit" loading={form.submitting}>
            {t('sharing.mastodon.save')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('sharing.mastodon.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
