import {
  LANGUAGE_NAMES,
  PREFERRED_LANGUAGES,
  SHARE_NETWORKS,
  isPreferredLanguage,
  type PreferredLanguage,
  type ShareNetwork,
} from '@chorus/core';
import { Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../lib/current-user';
import { PostEditor } from '../PostEditor';
import { PostVerdict } from '../PostVerdict';
import { ReadinessAlert } from './ReadinessAlert';
import { usePostFindings } from '../use-post-findings';

const isShareNetwork = (value: unknown): value is ShareNetwork =>
  typeof value === 'string' && (SHARE_NETWORKS as readonly string[]).includes(value);

/** Any post about work, checked as it is typed exactly as a share is checked. */
export function PostCheckPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [network, setNetwork] = useState<ShareNetwork>('linkedin');
  const [language, setLanguage] = useState<PreferredLanguage>(() =>
    isPreferredLanguage(user.language) ? user.language : 'en',
  );
  const [text, setText] = useState('');
  const result = usePostFindings({ text, network, language });

  return (
    <Stack maw={880}>
      <Title order={1}>{t('postCheck.title')}</Title>
      <Text>{t('postCheck.intro')}</Text>
      <ReadinessAlert />
      <Paper withBorder p="lg">
        <Stack>
          <Group grow align="flex-start">
            <Select
              label={t('postCheck.network')}
              data={SHARE_NETWORKS.map((value) => ({
                value,
                label: t(`networks.${value}`),
              }))}
              value={network}
              onChange={(picked) => {
                if (isShareNetwork(picked)) setNetwork(picked);
              }}
              allowDeselect={false}
            />
            <Select
              label={t('postCheck.language')}
              data={PREFERRED_LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
              value={language}
              onChange={(picked) => {
                if (isPreferredLanguage(picked)) setLanguage(picked);
              }}
              allowDeselect={false}
              searchable
            />
          </Group>
          <PostEditor value={text} onChange={setText} result={result} />
          <PostVerdict text={text} result={result} />
        </Stack>
      </Paper>
    </Stack>
  );
}
