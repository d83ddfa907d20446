import { INPUT_LIMITS } from '@chorus/core';
import { Alert, Group, Loader, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FindingsList } from './FindingsList';
import { FindingsPreview } from './FindingsPreview';
import type { PostFindings } from './use-post-findings';

/** Longest text the server checks. */
export const MAX_POST_LENGTH = INPUT_LIMITS.postText;

interface PostEditorProps {
  value: string;
  onChange: (text: string) => void;
  /** The guardrails' findings for `value` (from `usePostFindings`). */
  result: PostFindings;
  /** The text box's label; "Your post" by default. */
  label?: string;
  /** A hint under the label: why the text cannot be changed, or how to make it better. */
  description?: string;
  /** The text is shown and checked, but cannot be changed. */
  readOnly?: boolean;
}

/**
 * Writes a post and shows, as it is typed, what the guardrails find in it: underlined in a
 * preview of the text and listed in words under it.
 */
export function PostEditor({
  value,
  onChange,
  result,
  label,
  description,
  readOnly = false,
}: PostEditorProps) {
  const { t } = useTranslation();
  const empty = value.trim() === '';

  return (
    <Stack gap="sm">
      <Textarea
        label={label ?? t('guardrails.editor.label')}
        description={description}
        readOnly={readOnly}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        rows={6}
        resize="vertical"
        maxLength={MAX_POST_LENGTH}
      />
      {!empty && <FindingsPreview text={value} findings={result.findings} />}
      {result.findings.length > 0 && <FindingsList findings={result.findings} />}
      {result.checking && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('guardrails.editor.checking')}
          </Text>
        </Group>
      )}
      {result.serverFailed && (
        <Alert color="yellow" title={t('guardrails.editor.serverFailedTitle')}>
          {t('guardrails.editor.serverFailed')}
        </Alert>
      )}
    </Stack>
  );
}
