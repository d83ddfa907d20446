import { POINT_RULES } from '@chorus/core';
import { Badge, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { useFigureFormat } from '../../lib/use-figure-format';
import type { PointRulesAnswer } from './api/points-queries';
import { usePointRules } from './use-point-rules';

/** "How points are earned": every rule's definition and value, the caps, the self-click rule. */
export function PointsPage() {
  const { t } = useTranslation();
  const rules = usePointRules();

  return (
    <Stack maw={860}>
      <Title order={1}>{t('points.title')}</Title>
      <Text>{t('points.intro')}</Text>
      {rules.isPending ? (
        <PageLoader label={t('points.loading')} />
      ) : rules.isError ? (
        <QueryError
          title={t('points.loadFailed')}
          error={rules.error}
          onRetry={() => void rules.refetch()}
        />
      ) : (
        <PointRulesTable answer={rules.data} />
      )}
    </Stack>
  );
}

function PointRulesTable({ answer }: { answer: PointRulesAnswer }) {
  const { t } = useTranslation();
  const { dayOf } = useFigureFormat();
  const { rules, definitions } = answer;
  return (
    <>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('points.columns.rule')}</Table.Th>
            <Table.Th>{t('points.columns.points')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {POINT_RULES.map((name) => (
            <Table.Tr key={name}>
              <Table.Td>
                <Text fw={500}>{t(`points.rules.${name}`)}</Text>
                <Text size="sm" c="dimmed">
                  {definitions[name]}
                </Text>
              </Table.Td>
              <Table.Td>
                {rules[name].enabled ? (
                  <Text fw={500}>{t('points.value', { points: rules[name].points })}</Text>
                ) : (
                  <Badge color="gray" variant="light">
                    {t('points.off')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          {t('points.limitsTitle')}
        </Title>
        <List spacing="xs">
          <List.Item>{definitions.dailyShareCap}</List.Item>
          <List.Item>{definitions.selfClicks}</List.Item>
          <List.Item>{definitions.changes}</List.Item>
        </List>
        {answer.effectiveFrom && (
          <Text size="sm" c="dimmed" mt="sm">
            {t('points.effectiveFrom', {
              date: dayOf(answer.effectiveFrom),
            })}
          </Text>
        )}
      </Paper>
    </>
  );
}
