import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { DeleteAccountModal } from './DeleteAccountModal';
import { useExportMyData } from './use-export-my-data';

/** The person's rights over their data: a copy of it, and deleting the account. */
export function PrivacySection({ email }: { email: string }) {
  const { t } = useTranslation();
  const exportMyData = useExportMyData();
  const [deleteOpened, { open: openDelete, close: closeDelete }] = useDisclosure(false);

  return (
    <Stack>
      <Title order={2} size="h3">
        {t('privacy.title')}
      </Title>
      <Text size="sm">{t('privacy.exportIntro')}</Text>
      {exportMyData.isError && (
        <Alert color="red" title={t('privacy.exportFailed')}>
          {describeError(exportMyData.error, t)}
        </Alert>
      )}
      <Group>
        <Button
          variant="default"
          onClick={() => exportMyData.mutate()}
          loading={exportMyData.isPending}
        >
          {t('privacy.export')}
        </Button>
      </Group>
      <Text size="sm">{t('privacy.deleteSummary')}</Text>
      <Group>
        <Button color="red" variant="outline" onClick={openDelete}>
          {t('privacy.delete')}
        </Button>
      </Group>
      {deleteOpened && <DeleteAccountModal email={email} onClose={closeDelete} />}
    </Stack>
  );
}
