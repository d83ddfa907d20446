import { isPreferredLanguage, type PreferredLanguage, type ShareNetwork } from '@chorus/core';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { advocacyStatusQuery, type AdvocacyStatus } from '../advocacy/api/advocacy-queries';
import { useCurrentUser } from '../../lib/current-user';
import type { FeedItem } from '../../api/client';
import { usePostFindings, type PostFindings } from '../guardrails/use-post-findings';
import { ReadinessAlert } from '../guardrails/post-check/ReadinessAlert';
import { PostLanguageSelect } from '../../components/PostLanguageSelect';
import { MastodonHandle } from './MastodonHandle';
import { NetworkChoice } from './NetworkChoice';
import { PostText } from './PostText';
import { ShareActions, type NotYet } from './ShareActions';
import { ShareRefusal } from './ShareRefusal';
import type { SharePages } from './share-networks';
import { useMastodonHandle } from './use-mastodon-handle';
import type { ShareFlow } from './use-share-flow';
import { useSuggestion } from './use-suggestion';

interface ShareFormProps {
  item: FeedItem;
  /** The networks offered, at least one. */
  networks: readonly [ShareNetwork, ...ShareNetwork[]];
  /** One of `networks`: the first unless a link asked for another. */
  initialNetwork?: ShareNetwork;
  /** How the organisation opens the networks' share pages. */
  pages: SharePages;
  flow: ShareFlow;
}

/** The language the post is in unless the writer says otherwise: the suggestion's, else the item's, else mine. */
const languageOf = (...candidates: (string | null | undefined)[]): PreferredLanguage =>
  candidates.find(isPreferredLanguage) ?? 'en';

/** Where to share, what to post, and the button that shares it once nothing stands in the way. */
export function ShareForm({ item, networks, initialNetwork, pages, flow }: ShareFormProps) {
  const user = useCurrentUser();
  const status = useQuery(advocacyStatusQuery());
  const [network, setNetwork] = useState<ShareNetwork>(initialNetwork ?? networks[0]);
  const mastodon = useMastodonHandle(network === 'mastodon');
  // Null until the person changes the suggested text: until then it follows the network.
  const [draft, setDraft] = useState<string | null>(null);
  const suggestion = useSuggestion(item.id, network, draft === null);
  const text = draft ?? suggestion.data?.text ?? '';
  // Null until the person picks one: until then it follows the suggestion.
  const [pickedLanguage, setPickedLanguage] = useState<PreferredLanguage | null>(null);
  const language =
    pickedLanguage ?? languageOf(suggestion.data?.language, item.language, user.language);
  const result = usePostFindings({ text, network, language });
  const waitingForText = draft === null && !suggestion.isSuccess;
  const needsHandle = network === 'mastodon' && mastodon.asking;
  const notYet = whyNotYet(status, needsHandle, waitingForText, text, result);
  const post = { network, text, language };

  return (
    <Stack>
      <ReadinessAlert />
      <NetworkChoice networks={networks} value={network} onChange={setNetwork} />
      {network === 'mastodon' && <MastodonHandle mastodon={mastodon} />}
      <PostLanguageSelect value={language} onChange={setPickedLanguage} />
      <PostText
        network={network}
        pages={pages}
        text={text}
        onChange={setDraft}
        result={result}
        suggestion={{
          loading: draft === null && suggestion.isPending,
          error: draft === null ? suggestion.error : null,
          retry: () => void suggestion.refetch(),
        }}
        fallbackLanguage={
          draft === null && suggestion.data?.fallback ? suggestion.data.language : null
        }
        editable={status.data?.mayEditText ?? null}
        requiredToEdit={status.data?.requiredToEdit ?? 0}
      />
      {flow.error && <ShareRefusal error={flow.error} />}
      <ShareActions
        network={network}
        notYet={notYet}
        busy={flow.sharing}
        onShare={() => void flow.shareInWindow(post)}
        onShareWithPhone={() => void flow.shareWithPhone(post)}
      />
    </Stack>
  );
}

/** The first thing that keeps the post from being shared now, if any. */
function whyNotYet(
  status: { isPending: boolean; data?: AdvocacyStatus },
  needsHandle: boolean,
  waitingForText: boolean,
  text: string,
  result: PostFindings,
): NotYet | null {
  if (status.isPending) return 'checkingReadiness';
  // When the status cannot be loaded, the API still checks every share.
  if (status.data && !status.data.mayShare) return 'notReady';
  if (needsHandle) return 'mastodonHandle';
  if (waitingForText) return 'loadingText';
  if (text.trim() === '') return 'empty';
  if (result.blocked) return 'blocked';
  // Only the server knows the restricted terms: wait for its word on this very text.
  if (result.checking) return 'checking';
  return null;
}
