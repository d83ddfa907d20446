import {
  INPUT_LIMITS,
  LANGUAGE_NAMES,
  PREFERRED_LANGUAGES,
  isUiLanguage,
  type SocialNetwork,
} from '@chorus/core';
import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PreferredLanguageSelect } from '../../components/PreferredLanguageSelect';
import { requiredText, useSchemaForm } from '../../lib/forms';
import {
  SocialProfilesFieldset,
  socialProfilesSchema,
  socialProfilesValues,
  type SocialProfilesValues,
} from './SocialProfilesFieldset';
import type { Profile, UpdateProfileBody } from './api/profile-queries';
import { useUpdateProfile } from './use-update-profile';
import { FormErrorAlert } from '../../components/FormErrorAlert';

/** What I may change of my profile: my name, language and social profiles, saved together. */
const profileSchema = z.object({
  name: requiredText(INPUT_LIMITS.personName, 'profile.nameRequired'),
  language: z.enum(PREFERRED_LANGUAGES),
  socialProfiles: socialProfilesSchema,
}) satisfies z.ZodType<UpdateProfileBody, unknown>;

const valuesOf = (profile: Profile): z.input<typeof profileSchema> => ({
  name: profile.name,
  language: profile.language,
  socialProfiles: socialProfilesValues(profile.socialProfiles),
});

/** Name, preferred language and social profiles, saved together; groups are shown read-only. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const updateProfile = useUpdateProfile();
  const form = useSchemaForm(profileSchema, valuesOf(profile));
  const { values, setFieldValue } = form;

  // The language can also change from the header menu; the select follows it.
  const loaded = form.getInitialValues();
  if (profile.language !== loaded.language) {
    form.setInitialValues({ ...loaded, language: profile.language });
    setFieldValue('language', profile.language);
  }

  const changeSocial = (
    network: SocialNetwork,
    change: Partial<SocialProfilesValues[SocialNetwork]>,
  ) => setFieldValue(`socialProfiles.${network}`, (current) => ({ ...current, ...change }));

  const handleSubmit = form.onSubmit((body) =>
    updateProfile.mutateAsync(body).then((saved) => {
      form.setValues(valuesOf(saved));
      notifications.show({ color: 'green', message: t('profile.saved') });
    }),
  );

  const languageHint = isUiLanguage(values.language)
    ? t('profile.languageHint')
    : t('profile.languageFallback', { language: LANGUAGE_NAMES[values.language] });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <FormErrorAlert form={form} title={t('profile.saveFailed')} />
        <TextInput
          label={t('profile.name')}
          autoComplete="name"
          required
          withAsterisk={false}
          maxLength={INPUT_LIMITS.personName}
          {...form.getInputProps('name')}
        />
        <PreferredLanguageSelect
          label={t('profile.language')}
          description={languageHint}
          value={values.language}
          onChange={(language) => setFieldValue('language', language)}
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
        <SocialProfilesFieldset
          values={values.socialProfiles}
          onChange={changeSocial}
          handleErrors={{ mastodon: form.errors['socialProfiles.mastodon.handle'] }}
        />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
