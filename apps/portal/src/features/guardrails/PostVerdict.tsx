import type { Finding } from '@chorus/guardrails';
import { Alert, List } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { advocacyStatusQuery } from '../advocacy/api/advocacy-queries';
import { findingSentence } from './finding-sentence';
import { findingKey } from './FindingsList';
import type { PostFindings } from './use-post-findings';

/** Why a blocking finding stops the share: a restricted term's note, when the admin wrote one. */
export const reasonOf = (finding: Finding, t: TFunction) =>
  finding.kind === 'restricted_term' && finding.note ? finding.note : findingSentence(t, finding);

/**
 * Whether the post may be shared as it is, and if not, why not. Nothing for an empty post, nor
 * while only the server's check could still block it. A post that passes is "ready to share" only
 * for someone who may share now: for anyone else, what they still have to do is said beside it.
 */
export function PostVerdict({ text, result }: { text: string; result: PostFindings }) {
  const { t } = useTranslation();
  const status = useQuery(advocacyStatusQuery());
  if (text.trim() === '') return null;

  const blocking = result.findings.filter((finding) => finding.severity === 'block');
  if (blocking.length > 0) {
    return (
      <Alert color="red" title={t('guardrails.verdict.blocked')}>
        <List size="sm">
          {blocking.map((finding) => (
            <List.Item key={findingKey(finding)}>{reasonOf(finding, t)}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  // Until the server has looked for restricted terms, the post is not known to be fine.
  if (result.checking) return null;
  if (result.findings.length > 0) {
    return <Alert color="yellow" title={t('guardrails.verdict.warnings')} />;
  }
  const mayShare = status.data?.mayShare === true;
  return (
    <Alert
      color={mayShare ? 'green' : 'gray'}
      title={mayShare ? t('guardrails.verdict.ready') : t('guardrails.verdict.passes')}
    />
  );
}
