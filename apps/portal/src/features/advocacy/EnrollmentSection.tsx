import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Trans, useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { FormattedDate } from '../../components/FormattedDate';
import { LeaderboardSwitch } from './LeaderboardSwitch';
import { LeaveProgrammeModal } from './LeaveProgrammeModal';
import type { AdvocacyStatus } from './api/advocacy-queries';
import { useJoinProgramme } from './use-join-programme';

/** Whether I take part, with the button to join, or to leave after confirming. */
export function EnrollmentSection({ status }: { status: AdvocacyStatus }) {
  const { t } = useTranslation();
  const join = useJoinProgramme();
  const [leaveOpened, { open: openLeave, close: closeLeave }] = useDisclosure(false);

  const joinProgramme = () =>
    join.mutate(undefined, {
      onSuccess: () => notifications.show({ color: 'green', message: t('advocacy.joined') }),
    });

  if (!status.enrolled) {
    return (
      <Stack align="flex-start">
        <Text>{t('advocacy.notEnrolled')}</Text>
        {join.isError && (
          <Alert color="red" title={t('advocacy.joinFailed')} w="100%">
            {describeError(join.error, t)}
          </Alert>
        )}
        <Button onClick={joinProgramme} loading={join.isPending}>
          {t('advocacy.join')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack align="flex-start">
      <Text>
        {status.enrolledAt === null ? (
          t('advocacy.enrolled')
        ) : (
          <Trans
            i18nKey="advocacy.enrolledOn"
            components={{ date: <FormattedDate value={status.enrolledAt} /> }}
          />
        )}
      </Text>
      <LeaderboardSwitch shown={status.shownOnLeaderboards} />
      <Group>
        <Button variant="outline" color="red" onClick={openLeave}>
          {t('advocacy.leave')}
        </Button>
      </Group>
      {leaveOpened && <LeaveProgrammeModal onClose={closeLeave} />}
    </Stack>
  );
}
