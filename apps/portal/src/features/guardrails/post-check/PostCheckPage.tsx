import { PREFERRED_LANGUAGES, SHARE_NETWORKS, isPreferredLanguage } from '@chorus/core';
import { Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useCurrentUser } from '../../../lib/current-user';
import { PostEditor } from '../PostEditor';
import { PostLanguageSelect } from '../../../components/PostLanguageSelect';
import { PostVerdict } from '../PostVerdict';
import { ReadinessAlert } from './ReadinessAlert';
import { usePostFindings } from '../use-post-findings';

/** The post to check: a network and a language the guardrails know, and the text. */
const postSchema = z.object({
  network: z.enum(SHARE_NETWORKS),
  language: z.enum(PREFERRED_LANGUAGES),
  text: z.string(),
});

type PostValues = z.infer<typeof postSchema>;

/** Any post about work, checked as it is typed exactly as a share is checked. */
export function PostCheckPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const form = useForm<PostValues>({
    initialValues: {
      network: 'linkedin',
      language: isPreferredLanguage(user.language) ? user.language : 'en',
      text: '',
    },
  });
  const { network, language, text } = form.values;
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
                const chosen = postSchema.shape.network.safeParse(picked);
                if (chosen.success) form.setFieldValue('network', chosen.data);
              }}
              allowDeselect={false}
            />
            <PostLanguageSelect
              value={language}
              onChange={(picked) => form.setFieldValue('language', picked)}
            />
          </Group>
          <PostEditor
            value={text}
            onChange={(typed) => form.setFieldValue('text', typed)}
            result={result}
          />
          <PostVerdict text={text} result={result} />
        </Stack>
      </Paper>
    </Stack>
  );
}
