import type { ShareNetwork } from '@chorus/core';
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { PostEditor } from '../guardrails/PostEditor';
import { PostVerdict } from '../guardrails/PostVerdict';
import type { PostFindings } from '../guardrails/use-post-findings';
import { useLanguageName } from '../../lib/use-language-name';
import { needsPasting, usesComposer, type SharePages } from './share-networks';

interface PostTextProps {
  network: ShareNetwork;
  /** How the organisation opens the networks' share pages. */
  pages: SharePages;
  text: string;
  onChange: (text: string) => void;
  result: PostFindings;
  /** The suggested text is still on its way, or could not be loaded. */
  suggestion: { loading: boolean; error: unknown; retry: () => void };
  /** Null while it cannot be told; otherwise whether the person may change the text. */
  editable: boolean | null;
  /** The training stage that changing the text needs. */
  requiredToEdit: number;
  /**
   * The language of the suggested text shown, when it is not the person's for want of one in
   * theirs; null otherwise (or once the person writes their own).
   */
  fallbackLanguage: string | null;
}

/** The post's text, checked as it is read or changed, and what happens to it on sharing. */
export function PostText(props: PostTextProps) {
  const { network, pages, text, onChange, result, suggestion, editable, requiredToEdit } = props;
  const { t } = useTranslation();
  const languageName = useLanguageName();
  if (suggestion.loading) return <PageLoader label={t('sharing.text.loading')} />;
  if (suggestion.error) {
    return (
      <QueryError
        title={t('sharing.text.loadFailed')}
        error={suggestion.error}
        onRetry={suggestion.retry}
      />
    );
  }

  return (
    <Stack gap="sm">
      <PostEditor
        label={t('sharing.text.label')}
        value={text}
        onChange={onChange}
        result={result}
        readOnly={editable !== true}
        description={
          editable === false
            ? t('sharing.text.readOnly', { stage: requiredToEdit })
            : editable
              ? t('sharing.text.nudge')
              : undefined
        }
      />
      {props.fallbackLanguage && (
        <Text size="sm" c="dimmed">
          {t('sharing.text.fallback', {
            language: languageName(props.fallbackLanguage),
          })}
        </Text>
      )}
      <PostVerdict text={text} result={result} />
      <Text size="sm" c="dimmed">
        {t('sharing.text.trackedLink')}
      </Text>
      {usesComposer(network, pages) ? (
        <Alert color="blue" variant="light">
          {t('sharing.text.composer', { network: t(`networks.${network}`) })}
        </Alert>
      ) : (
        needsPasting(network, pages) && (
          <Alert color="blue" variant="light">
            {t('sharing.text.clipboard', { network: t(`networks.${network}`) })}
          </Alert>
        )
      )}
    </Stack>
  );
}
