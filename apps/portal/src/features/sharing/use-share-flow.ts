import type { PreferredLanguage, ShareNetwork, ShareSource } from '@chorus/core';
import { useState } from 'react';
import { copyText, needsPasting, openShareMenu, opensWindow } from './share-networks';
import { useCreateShare, type CreatedShare } from './use-create-share';

export interface SharePost {
  network: ShareNetwork;
  text: string;
  /** The language the writer says the post is in; the server checks it in that language too. */
  language?: PreferredLanguage;
}

/** How the post reaches the network once the share is recorded. */
export type Delivery =
  /** The network's share page opened in the window opened for it. */
  | 'window'
  /** No window could be opened (a popup blocker, or e-mail): the person follows a link. */
  | 'link'
  /** The phone's share menu opened. */
  | 'phone'
  /** The phone's share menu did not open: the person tries again from the result. */
  | 'phoneFailed';

export interface ShareOutcome extends SharePost {
  share: CreatedShare;
  delivery: Delivery;
  /**
   * Whether the text went on the clipboard, for a network that cannot take it: `failed` means
   * the person copies it by hand. Null when nothing had to be copied.
   */
  clipboard: 'copied' | 'failed' | null;
}

/**
 * Sharing an item: records the share, then takes the person to the network with their tracked
 * link. `error` says why a share was refused; `outcome` is set once it was recorded. `source`
 * says where the share was started when not from the feed (the server's default).
 */
export function useShareFlow(contentId: string, source?: ShareSource) {
  const create = useCreateShare();
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const record = (post: SharePost) =>
    create.mutateAsync({ contentId, ...post, ...(source ? { source } : {}) });

  /** In a new window, opened by the click itself. */
  const shareInWindow = async (post: SharePost) => {
    // Both start before anything is awaited: popup blockers let through only a window opened
    // by the click at once, and the clipboard refuses a page that lost the focus to it.
    const copying = needsPasting(post.network) ? copyText(post.text) : null;
    const popup = opensWindow(post.network) ? window.open('about:blank', '_blank') : null;
    let share: CreatedShare;
    try {
      share = await record(post);
    } catch {
      popup?.close();
      return;
    }
    const copied = share.copyTextFirst ? (await copying) || (await copyText(post.text)) : null;
    const opened = popup !== null && !popup.closed;
    if (opened) {
      // The network's page must not be able to reach back into Chorus.
      popup.opener = null;
      popup.location.href = share.intentUrl;
    }
    setOutcome({
      ...post,
      share,
      delivery: opened ? 'window' : 'link',
      clipboard: copied === null ? null : copied ? 'copied' : 'failed',
    });
  };

  /** Through the phone's own share menu, which takes the text and the link to any app. */
  const shareWithPhone = async (post: SharePost) => {
    let share: CreatedShare;
    try {
      share = await record(post);
    } catch {
      return;
    }
    const opened = await openShareMenu(post.text, share.trackedUrl);
    // The share menu takes the text itself: nothing goes on the clipboard.
    setOutcome({ ...post, share, delivery: opened ? 'phone' : 'phoneFailed', clipboard: null });
  };

  return {
    shareInWindow,
    shareWithPhone,
    sharing: create.isPending,
    error: create.error,
    outcome,
  };
}

export type ShareFlow = ReturnType<typeof useShareFlow>;
