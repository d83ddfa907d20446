import { INPUT_LIMITS, PREFERRED_LANGUAGES, ROLES } from '@chorus/core';
import { Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormModal } from '../../components/FormModal';
import { PreferredLanguageSelect } from '../../components/PreferredLanguageSelect';
import { currentLanguage } from '../../i18n';
import { requiredText, useSchemaForm, type FormMessage } from '../../lib/forms';
import { GroupSelect } from '../groups/GroupSelect';
import { RolesMultiSelect } from './RolesMultiSelect';
import { useInvitePerson } from './use-invite-person';

/** What an invitation needs; the API judges the address itself, and says so when it is not one. */
const invitationSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: 'people.invite.emailRequired' satisfies FormMessage }),
  name: requiredText(INPUT_LIMITS.personName, 'people.invite.nameRequired'),
  roles: z.array(z.enum(ROLES)).min(1, { error: 'people.rolesRequired' satisfies FormMessage }),
  departmentId: z.string().nullable(),
  locationId: z.string().nullable(),
  language: z.enum(PREFERRED_LANGUAGES),
});

/** Mounted only while open, so every invitation starts from an empty form. */
export function InvitePersonModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const invite = useInvitePerson();
  const form = useSchemaForm(invitationSchema, {
    email: '',
    name: '',
    roles: ['employee'],
    departmentId: null,
    locationId: null,
    language: currentLanguage(i18n),
  });

  const send = async (invitation: z.output<typeof invitationSchema>) => {
    const person = await invite.mutateAsync(invitation);
    notifications.show({
      color: 'green',
      message: t('people.invite.sent', { name: person.name, email: person.email }),
    });
  };

  return (
    <FormModal
      form={form}
      title={t('people.invite.title')}
      size="lg"
      onSubmit={send}
      onClose={onClose}
      errorTitle={t('people.invite.failed')}
      submitLabel={t('people.invite.submit')}
      cancelLabel={t('people.invite.cancel')}
    >
      <TextInput
        type="email"
        label={t('people.invite.email')}
        {...form.getInputProps('email')}
        required
        withAsterisk
        data-autofocus
      />
      <TextInput
        label={t('people.invite.name')}
        {...form.getInputProps('name')}
        maxLength={INPUT_LIMITS.personName}
        required
        withAsterisk
      />
      {/* Says at once when no role is left; the form sends nothing then. */}
      <RolesMultiSelect
        label={t('people.invite.roles')}
        value={form.values.roles}
        onChange={(roles) => form.setFieldValue('roles', roles)}
      />
      <Group grow align="flex-start">
        <GroupSelect
          kind="department"
          label={t('people.invite.department')}
          noneLabel={t('people.noDepartment')}
          value={form.values.departmentId}
          onChange={(id) => form.setFieldValue('departmentId', id)}
        />
        <GroupSelect
          kind="location"
          label={t('people.invite.location')}
          noneLabel={t('people.noLocation')}
          value={form.values.locationId}
          onChange={(id) => form.setFieldValue('locationId', id)}
        />
      </Group>
      <PreferredLanguageSelect
        label={t('people.invite.language')}
        value={form.values.language}
        onChange={(language) => form.setFieldValue('language', language)}
      />
    </FormModal>
  );
}
