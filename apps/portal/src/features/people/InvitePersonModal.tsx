import { INPUT_LIMITS } from '@chorus/core';
import type { PreferredLanguage, Role } from '@chorus/core';
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { currentLanguage } from '../../i18n';
import { GroupSelect } from '../groups/GroupSelect';
import { PreferredLanguageSelect } from '../../components/PreferredLanguageSelect';
import { RolesMultiSelect, missingRoles } from './RolesMultiSelect';
import { useInvitePerson } from './use-invite-person';

export function InvitePersonModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('people.invite.title')} size="lg">
      {/* Mounted only while open, so every invitation starts from an empty form. */}
      <InvitePersonForm onDone={onClose} />
    </Modal>
  );
}

function InvitePersonForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const invite = useInvitePerson();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['employee']);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [locationId, setLocationId] = useState<string | null>(null);
  const [language, setLanguage] = useState<PreferredLanguage>(currentLanguage(i18n));
  const [checked, setChecked] = useState(false);
  const missingEmail = checked && email.trim() === '';
  const missingName = checked && name.trim() === '';

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (email.trim() === '' || name.trim() === '' || missingRoles(roles)) return;
    invite.mutate(
      { email: email.trim(), name: name.trim(), roles, departmentId, locationId, language },
      {
        onSuccess: (person) => {
          notifications.show({
            color: 'green',
            message: t('people.invite.sent', { name: person.name, email: person.email }),
          });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {invite.isError && (
          <Alert color="red" title={t('people.invite.failed')}>
            {describeError(invite.error, t)}
          </Alert>
        )}
        <TextInput
          type="email"
          label={t('people.invite.email')}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={missingEmail ? t('people.invite.emailRequired') : undefined}
          required
          withAsterisk
          data-autofocus
        />
        <TextInput
          label={t('people.invite.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={missingName ? t('people.invite.nameRequired') : undefined}
          maxLength={INPUT_LIMITS.personName}
          required
          withAsterisk
        />
        <RolesMultiSelect label={t('people.invite.roles')} value={roles} onChange={setRoles} />
        <Group grow align="flex-start">
          <GroupSelect
            kind="department"
            label={t('people.invite.department')}
            noneLabel={t('people.noDepartment')}
            value={departmentId}
            onChange={setDepartmentId}
          />
          <GroupSelect
            kind="location"
            label={t('people.invite.location')}
            noneLabel={t('people.noLocation')}
            value={locationId}
            onChange={setLocationId}
          />
        </Group>
        <PreferredLanguageSelect
          label={t('people.invite.language')}
          value={language}
          onChange={setLanguage}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('people.invite.cancel')}
          </Button>
          <Button type="submit" loading={invite.isPending}>
            {t('people.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
