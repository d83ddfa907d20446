import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdvocacyStatus } from './use-advocacy-status';
import type { AdvocacyStatus, ShareBlocker } from './api/advocacy-queries';

const BLOCKER_PATHS: Record<ShareBlocker, string> = {
  not_enrolled: '/advocacy',
  policy_not_acknowledged: '/policy',
  training_required: '/training',
};

/**
 * "Get ready to share", for Home: what still stands between me and sharing, each with a link to
 * do it. Nothing while that is loading or cannot be told, and nothing once I may share.
 */
export function GetReadyCard() {
  const status = useAdvocacyStatus();
  if (!status.data || status.data.mayShare) return null;
  return <GetReadyList status={status.data} />;
}

function GetReadyList({ status }: { status: AdvocacyStatus }) {
  const { t } = useTranslation();
  const headingId = useId();
  const labels: Record<ShareBlocker, string> = {
    not_enrolled: t('home.ready.join'),
    policy_not_acknowledged: t('home.ready.policy'),
    training_required: t('home.ready.training', { stage: status.requiredToShare }),
  };

  return (
    <Card component="section" withBorder padding="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {t('home.ready.title')}
        </Title>
        <Text size="sm">{t('home.ready.intro')}</Text>
        <List size="sm" spacing={4}>
          {status.blockers.map((blocker) => (
            <List.Item key={blocker}>
              <Anchor component={Link} to={BLOCKER_PATHS[blocker]}>
                {labels[blocker]}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
