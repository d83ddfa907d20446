import { Alert, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { useLeaderboardChoice } from './use-leaderboard-choice';

/** Whether others see me on leaderboards: my own choice, off until I make it. */
export function LeaderboardSwitch({ shown }: { shown: boolean }) {
  const { t } = useTranslation();
  const choice = useLeaderboardChoice();
  return (
    <Stack gap="xs" w="100%">
      <Switch
        checked={choice.isPending ? Boolean(choice.variables) : shown}
        disabled={choice.isPending}
        onChange={(event) => choice.mutate(event.currentTarget.checked)}
        label={t('advocacy.leaderboard.label')}
        description={t('advocacy.leaderboard.description')}
      />
      {choice.isError && (
        <Alert color="red" title={t('advocacy.leaderboard.saveFailed')}>
          {describeError(choice.error, t)}
        </Alert>
      )}
    </Stack>
  );
}
