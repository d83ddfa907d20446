import { INPUT_LIMITS, PREFERRED_LANGUAGES, ROLES, isPreferredLanguage } from '@chorus/core';
import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { User } from '../../../api/client';
import { PreferredLanguageSelect } from '../../../components/PreferredLanguageSelect';
import { changedValues, requiredText, useSchemaForm, type FormMessage } from '../../../lib/forms';
import { GroupSelect } from '../../groups/GroupSelect';
import { RolesMultiSelect } from '../RolesMultiSelect';
import { useUpdatePerson } from './use-update-person';
import { FormErrorAlert } from '../../../components/FormErrorAlert';

/** A person's record as an administrator edits it; every account keeps at least one role. */
const personSchema = z.object({
  name: requiredText(INPUT_LIMITS.personName, 'personDetail.nameRequired'),
  roles: z.array(z.enum(ROLES)).min(1, { error: 'people.rolesRequired' satisfies FormMessage }),
  departmentId: z.string().nullable(),
  locationId: z.string().nullable(),
  language: z.enum(PREFERRED_LANGUAGES),
});

type PersonValues = z.input<typeof personSchema>;

function valuesOf(person: User): PersonValues {
  return {
    name: person.name,
    roles: person.roles,
    departmentId: person.department?.id ?? null,
    locationId: person.location?.id ?? null,
    language: isPreferredLanguage(person.language) ? person.language : 'en',
  };
}

export function PersonForm({ person }: { person: User }) {
  const { t } = useTranslation();
  const update = useUpdatePerson(person.id);
  // A missing name says so at once: Save waits for one.
  const form = useSchemaForm(personSchema, valuesOf(person), { liveFields: ['name'] });
  const checked = personSchema.safeParse(form.values);
  // Only what differs from the person as loaded, so the API records exactly what changed.
  const changes = checked.success ? changedValues(valuesOf(person), checked.data) : {};
  const changed = Object.keys(changes).length > 0;

  const handleSubmit = form.onSubmit(() => {
    if (!changed) return;
    return update.mutateAsync(changes).then((saved) => {
      form.setValues(valuesOf(saved));
      notifications.show({ color: 'green', message: t('personDetail.saved') });
    });
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <Title order={2} size="h4">
          {t('personDetail.details')}
        </Title>
        <FormErrorAlert form={form} title={t('personDetail.saveFailed')} />
        <TextInput
          label={t('personDetail.name')}
          {...form.getInputProps('name')}
          maxLength={INPUT_LIMITS.personName}
        />
        {/* Says at once when no role is left. */}
        <RolesMultiSelect
          label={t('personDetail.roles')}
          value={form.values.roles}
          onChange={(roles) => form.setFieldValue('roles', roles)}
        />
        <Group grow align="flex-start">
          <GroupSelect
            kind="department"
            label={t('personDetail.department')}
            noneLabel={t('people.noDepartment')}
            value={form.values.departmentId}
            onChange={(departmentId) => form.setFieldValue('departmentId', departmentId)}
          />
          <GroupSelect
            kind="location"
            label={t('personDetail.location')}
            noneLabel={t('people.noLocation')}
            value={form.values.locationId}
            onChange={(locationId) => form.setFieldValue('locationId', locationId)}
          />
        </Group>
        <PreferredLanguageSelect
          label={t('personDetail.language')}
          value={form.values.language}
          onChange={(language) => form.setFieldValue('language', language)}
        />
        <Group justify="flex-end">
          <Button type="submit" disabled={!changed} loading={form.submitting}>
            {t('personDetail.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
