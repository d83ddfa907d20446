import { screen, waitFor } from '@testing-library/react';
import { makeAdvocacyStatus, makeReadyStatus } from '../../test/advocacy-factories';
import { mockApi, ok } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { ADVOCACY_STATUS_QUERY_KEY, type AdvocacyStatus } from '../advocacy/api/advocacy-queries';
import { PostVerdict } from './PostVerdict';
import type { PostFindings } from './use-post-findings';

const CLEAN: PostFindings = { findings: [], blocked: false, checking: false, serverFailed: false };

function renderVerdict(status: AdvocacyStatus) {
  mockApi({ 'GET /api/me/advocacy': () => ok(status) });
  return renderPage(() => <PostVerdict text="Proud of our new office" result={CLEAN} />, {
    path: '/',
  });
}

describe('the verdict on a post that passes every check', () => {
  it('says it is ready to share for someone who may share', async () => {
    const { i18n } = renderVerdict(makeReadyStatus());

    expect(await screen.findByText(i18n.t('guardrails.verdict.ready'))).toBeInTheDocument();
  });

  it('does not say "ready to share" while a new policy version waits to be signed', async () => {
    const { i18n, queryClient } = renderVerdict(
      makeAdvocacyStatus({
        enrolled: true,
        reachedStage: 1,
        blockers: ['policy_not_acknowledged'],
      }),
    );
    await waitFor(() =>
      expect(queryClient.getQueryState(ADVOCACY_STATUS_QUERY_KEY)?.status).toBe('success'),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(i18n.t('guardrails.verdict.passes'));
    expect(screen.queryByText(i18n.t('guardrails.verdict.ready'))).not.toBeInTheDocument();
  });
});
