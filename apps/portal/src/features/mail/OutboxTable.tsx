import { LineIcon } from '../../components/LineIcon';
import { Group, Table, UnstyledButton } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../components/FormattedDate';
import { KeptMessage } from '../../components/KeptMessage';
import type { OutboxMessage } from './api/outbox-queries';

/** The kept messages; a message's subject opens it underneath. */
export function OutboxTable({ messages }: { messages: OutboxMessage[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={t('outbox.title')} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('outbox.columns.subject')}</Table.Th>
            <Table.Th scope="col">{t('outbox.columns.recipient')}</Table.Th>
            <Table.Th scope="col">{t('outbox.columns.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((message) => {
            const expanded = open.has(message.id);
            const panelId = `outbox-message-${message.id}`;
            return (
              <Fragment key={message.id}>
                <Table.Tr>
                  <Table.Td>
                    <UnstyledButton
                      onClick={() => toggle(message.id)}
                      aria-expanded={expanded}
                      aria-controls={expanded ? panelId : undefined}
                      fw={600}
                      fz="sm"
                    >
                      <Group gap={6} wrap="nowrap">
                        <Chevron expanded={expanded} />
                        {message.subject}
                      </Group>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>{message.recipient}</Table.Td>
                  <Table.Td>
                    <FormattedDate value={message.createdAt} withTime />
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={panelId}>
                    <Table.Td colSpan={3} bg="var(--mantine-color-default-hover)">
                      <KeptMessage message={message} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Chevron({ expanded }: { expanded: boolean }) {
  return (
    <LineIcon path="M6 4l4 4-4 4" style={{ transform: expanded ? 'rotate(90deg)' : undefined }} />
  );
}
