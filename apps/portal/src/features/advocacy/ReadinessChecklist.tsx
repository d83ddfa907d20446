import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CheckMark } from '../../components/CheckMark';
import type { AdvocacyStatus } from './api/advocacy-queries';

/** "Before you share": each gate in front of sharing, done or not, with the way to get it done. */
export function ReadinessChecklist({ status }: { status: AdvocacyStatus }) {
  const { t } = useTranslation();
  const headingId = useId();
  const trainingDone = status.reachedStage >= status.requiredToShare;

  return (
    <Stack>
      <Title order={2} size="h3" id={headingId}>
        {t('advocacy.checklist.title')}
      </Title>
      {status.mayShare && <Alert color="green" title={t('advocacy.checklist.ready')} />}
      <Stack component="ul" gap="sm" aria-labelledby={headingId} m={0} p={0}>
        <ChecklistItem done={status.enrolled} label={t('advocacy.checklist.joined')} />
        <ChecklistItem done={status.policy.upToDate} label={t('advocacy.checklist.policy')}>
          <Anchor component={Link} to="/policy" size="sm">
            {t('advocacy.checklist.readPolicy')}
          </Anchor>
        </ChecklistItem>
        {status.requiredToShare > 0 && (
          <ChecklistItem
            done={trainingDone}
            label={t('advocacy.checklist.training', { stage: status.requiredToShare })}
          >
            <Anchor component={Link} to="/training" size="sm">
              {t('advocacy.checklist.goToTraining')}
            </Anchor>
          </ChecklistItem>
        )}
      </Stack>
      {!status.mayEditText && status.requiredToEdit > 0 && (
        <Text size="sm" c="dimmed">
          {t('advocacy.checklist.editNeeds', { stage: status.requiredToEdit })}
        </Text>
      )}
    </Stack>
  );
}

function ChecklistItem({
  done,
  label,
  children,
}: {
  done: boolean;
  label: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Group component="li" gap="sm" wrap="nowrap" style={{ listStyle: 'none' }}>
      <CheckMark done={done} />
      <Text>{label}</Text>
      <Badge color={done ? 'green' : 'gray'} variant="light">
        {done ? t('advocacy.checklist.done') : t('advocacy.checklist.notDone')}
      </Badge>
      {children}
    </Group>
  );
}
