import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { User } from '../../../api/client';
import { FormattedDate } from '../../../components/FormattedDate';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { StatusBadge } from '../../../components/StatusBadge';
import { peopleListPath } from '../people-filters';
import { PersonActions } from './PersonActions';
import { PersonForm } from './PersonForm';
import { usePerson } from './use-person';

export const auditPathFor = (targetId: string) =>
  `/audit?${new URLSearchParams({ targetId }).toString()}`;

/** One person, for an admin: their details to edit, and their account's state to change. */
export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { state } = useLocation();
  const person = usePerson(id);

  return (
    <Stack maw={760}>
      <Anchor component={Link} to={peopleListPath(state)} size="sm">
        {t('personDetail.back')}
      </Anchor>
      {person.isPending ? (
        <PageLoader label={t('personDetail.loading')} />
      ) : person.isError ? (
        <QueryError
          title={t('personDetail.loadFailed')}
          error={person.error}
          onRetry={() => void person.refetch()}
        />
      ) : (
        <PersonDetails person={person.data} />
      )}
    </Stack>
  );
}

function PersonDetails({ person }: { person: User }) {
  const { t } = useTranslation();
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{person.name}</Title>
          <Text c="dimmed">{person.email}</Text>
        </div>
        <StatusBadge status={person.status} />
      </Group>
      <Group gap="xl">
        <Fact label={t('personDetail.lastSignIn')}>
          {person.lastSignInAt ? (
            <FormattedDate value={person.lastSignInAt} withTime />
          ) : (
            t('personDetail.neverSignedIn')
          )}
        </Fact>
        <Fact label={t('personDetail.joined')}>
          <FormattedDate value={person.createdAt} />
        </Fact>
      </Group>
      <PersonActions person={person} />
      <Paper withBorder p="lg">
        <PersonForm key={person.id} person={person} />
      </Paper>
      <Anchor component={Link} to={auditPathFor(person.id)}>
        {t('personDetail.auditLink')}
      </Anchor>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}
