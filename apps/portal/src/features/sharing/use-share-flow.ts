import type { PreferredLanguage, ShareNetwork, ShareSource } from '@chorus/core';
import { useState } from 'react';
import {
  copyText,
  linkedinSharePage,
  needsPasting,
  openShareMenu,
  opensWindow,
  usesComposer,
  type SharePages,
} from './share-networks';
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
   * Whether the text went on the clipboard: `failed` means the person copies it by hand. Null
   * when nothing had to be copied.
   */
  clipboard: 'copied' | 'failed' | null;
  /**
   * LinkedIn's composer: `opened` with the text filled in (the clipboard holds it too, in case
   * it came up empty); `sharePage` once the person fell back to the documented share page, where
   * they paste the text. Null for every other way of sharing.
   */
  composer: 'opened' | 'sharePage' | null;
}

/** What the window opened at the click shows: the network's page, unable to reach back. */
function send(popup: Window | null, url: string): boolean {
  if (popup === null || popup.closed) return false;
  // The network's page must not be able to reach back into Chorus.
  popup.opener = null;
  popup.location.href = url;
  return true;
}

const clipboardState = (copied: boolean | null) =>
  copied === null ? null : copied ? 'copied' : 'failed';

/**
 * Sharing an item: records the share, then takes the person to the network with their tracked
 * link. `error` says why a share was refused; `outcome` is set once it was recorded. `source`
 * says where the share was started when not from the feed (the server's default); `pages` how
 * the organisation opens the networks' share pages.
 */
export function useShareFlow(
  contentId: string,
  source: ShareSource | undefined,
  pages: SharePages,
) {
  const create = useCreateShare();
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const record = (post: SharePost) =>
    create.mutateAsync({ contentId, ...post, ...(source ? { source } : {}) });

  /** In a new window, opened by the click itself. */
  const shareInWindow = async (post: SharePost) => {
    // Both start before anything is awaited: popup blockers let through only a window opened
    // by the click at once, and the clipboard refuses a page that lost the focus to it.
    const copies = usesComposer(post.network, pages) || needsPasting(post.network, pages);
    const copying = copies ? copyText(post.text) : null;
    const popup = opensWindow(post.network) ? window.open('about:blank', '_blank') : null;
    let share: CreatedShare;
    try {
      share = await record(post);
    } catch {
      popup?.close();
      return;
    }
    const copied =
      copies || share.copyTextFirst ? (await copying) || (await copyText(post.text)) : null;
    const opened = send(popup, share.intentUrl);
    setOutcome({
      ...post,
      share,
      delivery: opened ? 'window' : 'link',
      clipboard: clipboardState(copied),
      // The server's answer says which LinkedIn page opened: the settings in the portal's
      // cache may predate an admin's change.
      composer: post.network === 'linkedin' && !share.copyTextFirst ? 'opened' : null,
    });
  };

  /**
   * LinkedIn's composer came up empty: the text goes on the clipboard again and LinkedIn's
   * documented share page opens, in a window opened by this click.
   */
  const openSharePage = async () => {
    if (outcome === null) return;
    const copying = copyText(outcome.text);
    const popup = window.open('about:blank', '_blank');
    const copied = await copying;
    const intentUrl = linkedinSharePage(outcome.share.trackedUrl);
    const opened = send(popup, intentUrl);
    setOutcome({
      ...outcome,
      share: { ...outcome.share, intentUrl },
      delivery: opened ? 'window' : 'link',
      clipboard: clipboardState(copied),
      composer: 'sharePage',
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
    setOutcome({
      ...post,
      share,
      delivery: opened ? 'phone' : 'phoneFailed',
      clipboard: null,
      composer: null,
    });
  };

  return {
    shareInWindow,
    shareWithPhone,
    openSharePage,
    sharing: create.isPending,
    error: create.error,
    outcome,
  };
}

export type ShareFlow = ReturnType<typeof useShareFlow>;
