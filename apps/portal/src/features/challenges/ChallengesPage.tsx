import { Button, EmptyState, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useCurrentUser } from '../../lib/current-user';
import type { Challenge } from './api/challenge-queries';
import { ChallengeCard } from '../../components/ChallengeCard';
import { ChallengeModal } from './ChallengeModal';
import { DeleteChallengeModal } from './DeleteChallengeModal';
import { useAllChallenges, useMyChallenges } from './use-challenges';

type Editing =
  { mode: 'edit'; challenge: Challenge | null } | { mode: 'delete'; challenge: Challenge };

/**
 * Challenges: curators and admins set and manage them all; everyone else sees those that
 * concern them, running or recently ended, with their progress.
 */
export function ChallengesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const manages = user.roles.some((role) => role === 'curator' || role === 'admin');
  const all = useAllChallenges(manages);
  const mine = useMyChallenges(!manages);
  const challenges = manages ? all : mine;
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);

  return (
    <Stack maw={1040}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('challenges.title')}</Title>
        {manages && (
          <Button onClick={() => setEditing({ mode: 'edit', challenge: null })}>
            {t('challenges.new')}
          </Button>
        )}
      </Group>
      <Text>{t(manages ? 'challenges.introCurator' : 'challenges.intro')}</Text>
      <Text size="sm" c="dimmed">
        {t('challenges.counting')}
      </Text>
      {challenges.isPending ? (
        <PageLoader label={t('challenges.loading')} />
      ) : challenges.isError ? (
        <QueryError
          title={t('challenges.loadFailed')}
          error={challenges.error}
          onRetry={() => void challenges.refetch()}
        />
      ) : challenges.data.length === 0 ? (
        <EmptyState title={t(manages ? 'challenges.emptyCurator' : 'challenges.empty')} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {challenges.data.map((challenge) => (
            <ChallengeCard
              key={challenge.id}
              challenge={challenge}
              // The page has no sections: each card sits right under its heading.
              headingOrder={2}
              actions={
                manages && challenge.state !== 'ended' ? (
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('challenges.editNamed', { title: challenge.title })}
                      onClick={() => setEditing({ mode: 'edit', challenge })}
                    >
                      {t('challenges.edit')}
                    </Button>
                    {challenge.state === 'upcoming' && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('challenges.deleteNamed', { title: challenge.title })}
                        onClick={() => setEditing({ mode: 'delete', challenge })}
                      >
                        {t('challenges.delete')}
                      </Button>
                    )}
                  </Group>
                ) : undefined
              }
            />
          ))}
        </SimpleGrid>
      )}
      {editing?.mode === 'edit' && <ChallengeModal challenge={editing.challenge} onClose={close} />}
      {editing?.mode === 'delete' && (
        <DeleteChallengeModal challenge={editing.challenge} onClose={close} />
      )}
    </Stack>
  );
}
