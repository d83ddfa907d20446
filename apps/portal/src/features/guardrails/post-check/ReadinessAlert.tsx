import type { ShareBlocker } from '@chorus/core';
import { Alert, Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { advocacyStatusQuery } from '../../advocacy/api/advocacy-queries';

/** The page that resolves each blocker. */
export const RESOLVED_AT: Record<ShareBlocker, string> = {
  not_enrolled: '/advocacy',
  policy_not_acknowledged: '/policy',
  training_required: '/training',
};

/** What the person still has to do before they may share, each with a link to do it. */
export function ReadinessAlert() {
  const { t } = useTranslation();
  const status = useQuery(advocacyStatusQuery());
  // Only a help beside the check: while it loads, or if it fails, the page works without it.
  if (!status.isSuccess || status.data.blockers.length === 0) return null;
  const { blockers, requiredToShare, reachedStage } = status.data;

  return (
    <Alert color="blue" title={t('postCheck.readiness.title')}>
      <List size="sm">
        {blockers.map((blocker) => (
          <List.Item key={blocker}>
            <Anchor component={Link} to={RESOLVED_AT[blocker]} size="sm">
              {t(`postCheck.readiness.${blocker}`, {
                stage: requiredToShare,
                reached: reachedStage,
              })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
