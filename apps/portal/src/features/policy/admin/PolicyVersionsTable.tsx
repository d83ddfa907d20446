import { LANGUAGE_NAMES } from '@chorus/core';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../../components/FormattedDate';
import type { PolicyVersionSummary } from '../api/policy-version-queries';

interface PolicyVersionsTableProps {
  versions: PolicyVersionSummary[];
  onView: (version: PolicyVersionSummary) => void;
}

export function PolicyVersionsTable({ versions, onView }: PolicyVersionsTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={840}>
      <Table striped highlightOnHover aria-label={t('policyAdmin.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('policyAdmin.columns.version')}</Table.Th>
            <Table.Th scope="col">{t('policyAdmin.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('policyAdmin.columns.languages')}</Table.Th>
            <Table.Th scope="col">{t('policyAdmin.columns.published')}</Table.Th>
            <Table.Th scope="col">{t('policyAdmin.columns.acknowledgeAgain')}</Table.Th>
            <Table.Th scope="col">{t('policyAdmin.columns.acknowledgments')}</Table.Th>
            <Table.Th scope="col">{t('policyAdmin.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((version) => (
            <Table.Tr key={version.version}>
              <Table.Td>{version.version}</Table.Td>
              <Table.Td>
                <Text fw={500}>{version.title}</Text>
                {version.changeSummary && (
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {version.changeSummary}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {version.texts.map(({ language }) => (
                    <Badge
                      key={language}
                      variant={language === version.mainLanguage ? 'filled' : 'light'}
                      title={LANGUAGE_NAMES[language]}
                    >
                      {language}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <FormattedDate value={version.publishedAt} />
              </Table.Td>
              <Table.Td>
                {t(version.requiresAcknowledgment ? 'policyAdmin.yes' : 'policyAdmin.no')}
              </Table.Td>
              <Table.Td>{version.acknowledgments}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('policyAdmin.viewLabel', { version: version.version })}
                  onClick={() => onView(version)}
                >
                  {t('policyAdmin.view')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
