import { LANGUAGE_NAMES, isUiLanguage, type SocialNetwork, INPUT_LIMITS } from '@chorus/core';
import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { PreferredLanguageSelect } from '../../components/PreferredLanguageSelect';
import { toFormValues, toUpdateBody, type SocialProfileValues } from './profile-form';
import { SocialProfilesFieldset } from './SocialProfilesFieldset';
import type { Profile } from './api/profile-queries';
import { useUpdateProfile } from './use-update-profile';

/** Name, preferred language and social profiles, saved together; groups are shown read-only. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const updateProfile = useUpdateProfile();
  const [values, setValues] = useState(() => toFormValues(profile));
  const [nameMissing, setNameMissing] = useState(false);
  const [savedLanguage, setSavedLanguage] = useState(profile.language);

  // The language can also change from the header menu; the select follows it.
  if (profile.language !== savedLanguage) {
    setSavedLanguage(profile.language);
    setValues((current) => ({ ...current, language: profile.language }));
  }

  const changeSocial = (network: SocialNetwork, change: Partial<SocialProfileValues>) =>
    setValues((current) => ({
      ...current,
      socialProfiles: {
        ...current.socialProfiles,
        [network]: { ...current.socialProfiles[network], ...change },
      },
    }));

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = values.name.trim() === '';
    setNameMissing(missing);
    if (missing) return;
    updateProfile.mutate(toUpdateBody(values), {
      onSuccess: (saved) => {
        setValues(toFormValues(saved));
        notifications.show({ color: 'green', message: t('profile.saved') });
      },
    });
  };

  const languageHint = isUiLanguage(values.language)
    ? t('profile.languageHint')
    : t('profile.languageFallback', { language: LANGUAGE_NAMES[values.language] });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {updateProfile.isError && (
          <Alert color="red" title={t('profile.saveFailed')}>
            {describeError(updateProfile.error, t)}
          </Alert>
        )}
        <TextInput
          label={t('profile.name')}
          autoComplete="name"
          required
          withAsterisk={false}
          maxLength={INPUT_LIMITS.personName}
          value={values.name}
          onChange={(event) => {
            const name = event.currentTarget.value;
            setValues((current) => ({ ...current, name }));
          }}
          error={nameMissing ? t('profile.nameRequired') : undefined}
        />
        <PreferredLanguageSelect
          label={t('profile.language')}
          description={languageHint}
          value={values.language}
          onChange={(language) => setValues((current) => ({ ...current, language }))}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t('profile.department')}
            description={t('profile.setByAdmin')}
            value={profile.department?.name ?? ''}
            placeholder={t('profile.notSet')}
            readOnly
          />
          <TextInput
            label={t('profile.location')}
            description={t('profile.setByAdmin')}
            value={profile.location?.name ?? ''}
            placeholder={t('profile.notSet')}
            readOnly
          />
        </SimpleGrid>
        <SocialProfilesFieldset values={values.socialProfiles} onChange={changeSocial} />
        <Group>
          <Button type="submit" loading={updateProfile.isPending}>
            {t('profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
