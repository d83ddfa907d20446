import { isPreferredLanguage, type PreferredLanguage, type Role, INPUT_LIMITS } from '@chorus/core';
import { Alert, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/client';
import { describeError } from '../../../api/describe-error';
import { GroupSelect } from '../../groups/GroupSelect';
import { PreferredLanguageSelect } from '../../../components/PreferredLanguageSelect';
import { RolesMultiSelect, missingRoles } from '../RolesMultiSelect';
import { useUpdatePerson, type UpdatePersonBody } from './use-update-person';

interface PersonValues {
  name: string;
  roles: Role[];
  departmentId: string | null;
  locationId: string | null;
  language: PreferredLanguage;
}

function valuesOf(person: User): PersonValues {
  return {
    name: person.name,
    roles: person.roles,
    departmentId: person.department?.id ?? null,
    locationId: person.location?.id ?? null,
    language: isPreferredLanguage(person.language) ? person.language : 'en',
  };
}

/** Only what differs from the person as loaded, so the API records exactly what changed. */
export function changesFrom(person: User, values: PersonValues): UpdatePersonBody {
  const was = valuesOf(person);
  const changes: UpdatePersonBody = {};
  if (values.name.trim() !== was.name) changes.name = values.name.trim();
  if (values.roles.join() !== was.roles.join()) changes.roles = values.roles;
  if (values.departmentId !== was.departmentId) changes.departmentId = values.departmentId;
  if (values.locationId !== was.locationId) changes.locationId = values.locationId;
  if (values.language !== was.language) changes.language = values.language;
  return changes;
}

export function PersonForm({ person }: { person: User }) {
  const { t } = useTranslation();
  const update = useUpdatePerson(person.id);
  const [values, setValues] = useState(() => valuesOf(person));
  const set = (change: Partial<PersonValues>) => setValues((now) => ({ ...now, ...change }));
  const changes = changesFrom(person, values);
  const changed = Object.keys(changes).length > 0;
  const missingName = values.name.trim() === '';
  const noRoles = missingRoles(values.roles);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!changed || missingName || noRoles) return;
    update.mutate(changes, {
      onSuccess: (saved) => {
        setValues(valuesOf(saved));
        notifications.show({ color: 'green', message: t('personDetail.saved') });
      },
    });
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <Title order={2} size="h4">
          {t('personDetail.details')}
        </Title>
        {update.isError && (
          <Alert color="red" title={t('personDetail.saveFailed')}>
            {describeError(update.error, t)}
          </Alert>
        )}
        <TextInput
          label={t('personDetail.name')}
          value={values.name}
          onChange={(event) => set({ name: event.currentTarget.value })}
          error={missingName ? t('personDetail.nameRequired') : undefined}
          maxLength={INPUT_LIMITS.personName}
        />
        <RolesMultiSelect
          label={t('personDetail.roles')}
          value={values.roles}
          onChange={(roles) => set({ roles })}
        />
        <Group grow align="flex-start">
          <GroupSelect
            kind="department"
            label={t('personDetail.department')}
            noneLabel={t('people.noDepartment')}
            value={values.departmentId}
            onChange={(departmentId) => set({ departmentId })}
          />
          <GroupSelect
            kind="location"
            label={t('personDetail.location')}
            noneLabel={t('people.noLocation')}
            value={values.locationId}
            onChange={(locationId) => set({ locationId })}
          />
        </Group>
        <PreferredLanguageSelect
          label={t('personDetail.language')}
          value={values.language}
          onChange={(language) => set({ language })}
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            disabled={!changed || missingName || noRoles}
            loading={update.isPending}
          >
            {t('personDetail.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
