import { UI_LANGUAGES, isUiLanguage } from '@chorus/core';
import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { RoleBadges } from '../../components/RoleBadges';
import { currentLanguage } from '../../i18n';
import { useCurrentUser } from '../auth/current-user';
import { useUpdateMe } from '../auth/use-update-me';
import { useChangeLanguage } from '../language/use-change-language';

export function AccountPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const changeLanguage = useChangeLanguage();

  return (
    <Stack maw={560}>
      <Title order={1}>{t('account.title')}</Title>
      <Paper withBorder p="lg">
        <Stack>
          <NameForm key={user.id} initialName={user.name} />
          <TextInput label={t('account.email')} value={user.email} readOnly />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('account.roles')}
            </Text>
            <RoleBadges roles={user.roles} label={t('account.roles')} />
          </div>
          <Select
            label={t('account.language')}
            data={UI_LANGUAGES.map((language) => ({
              value: language,
              label: t(`language.names.${language}`),
            }))}
            value={currentLanguage(i18n)}
            onChange={(value) => {
              if (isUiLanguage(value)) changeLanguage(value);
            }}
            allowDeselect={false}
          />
        </Stack>
      </Paper>
    </Stack>
  );
}

function NameForm({ initialName }: { initialName: string }) {
  const { t } = useTranslation();
  const updateMe = useUpdateMe();
  const [name, setName] = useState(initialName);
  const [missing, setMissing] = useState(false);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    setMissing(trimmed === '');
    if (trimmed === '') return;
    updateMe.mutate(
      { name: trimmed },
      {
        onSuccess: (user) => {
          setName(user.name);
          notifications.show({ color: 'green', message: t('account.saved') });
        },
      },
    );
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        {updateMe.isError && (
          <Alert color="red" title={t('account.saveFailed')}>
            {describeError(updateMe.error, t)}
          </Alert>
        )}
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            label={t('account.name')}
            autoComplete="name"
            required
            withAsterisk={false}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={missing ? t('account.nameRequired') : undefined}
            style={{ flex: 1 }}
          />
          <Button type="submit" loading={updateMe.isPending}>
            {t('account.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
