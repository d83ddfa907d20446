import { ESCALATION_STATUSES, type EscalationStatus } from '@chorus/core';
import { Alert, Group, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import type { EscalationDetail } from './api/escalation-queries';
import { useEscalationTeam } from './use-escalation-team';
import { useUpdateEscalation, type UpdateEscalationBody } from './use-update-escalation';

/** The assignee picker's value for nobody (team members are picked by their uuid). */
const UNASSIGNED = 'none';

const isEscalationStatus = (value: unknown): value is EscalationStatus =>
  typeof value === 'string' && (ESCALATION_STATUSES as readonly string[]).includes(value);

/** Who answers the report, and how far they are. */
export function EscalationControls({ escalation }: { escalation: EscalationDetail }) {
  const { t } = useTranslation();
  const team = useEscalationTeam();
  const update = useUpdateEscalation(escalation.id);
  const { assignee } = escalation;
  const members = team.data ?? [];
  // Someone who has left the team since stays shown as the assignee.
  const people =
    assignee && !members.some((member) => member.id === assignee.id)
      ? [assignee, ...members]
      : members;

  const save = (body: UpdateEscalationBody) =>
    update.mutate(body, {
      onSuccess: (saved) =>
        notifications.show({
          color: 'green',
          message:
            body.status !== undefined
              ? t('escalations.detail.statusSaved', {
                  status: t(`escalations.statuses.${saved.status}`),
                })
              : saved.assignee
                ? t('escalations.detail.assignedTo', { name: saved.assignee.name })
                : t('escalations.detail.unassignedSaved'),
        }),
    });

  return (
    <Stack gap="sm">
      {update.isError && (
        <Alert color="red" title={t('escalations.detail.saveFailed')}>
          {describeError(update.error, t)}
        </Alert>
      )}
      <Group grow align="flex-start">
        <Select
          label={t('escalations.detail.assignee')}
          data={[
            { value: UNASSIGNED, label: t('escalations.unassigned') },
            ...people.map((person) => ({ value: person.id, label: person.name })),
          ]}
          value={assignee?.id ?? UNASSIGNED}
          onChange={(picked) => {
            if (picked === null || picked === (assignee?.id ?? UNASSIGNED)) return;
            save({ assigneeId: picked === UNASSIGNED ? null : picked });
          }}
          allowDeselect={false}
          searchable
          disabled={update.isPending}
        />
        <Select
          label={t('escalations.detail.status')}
          data={ESCALATION_STATUSES.map((value) => ({
            value,
            label: t(`escalations.statuses.${value}`),
          }))}
          value={escalation.status}
          onChange={(picked) => {
            if (isEscalationStatus(picked) && picked !== escalation.status) {
              save({ status: picked });
            }
          }}
          allowDeselect={false}
          disabled={update.isPending}
        />
      </Group>
    </Stack>
  );
}
