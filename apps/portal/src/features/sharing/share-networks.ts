import {
  SHARE_NETWORKS,
  buildShareIntent,
  prefillOf,
  type ShareNetwork,
  type ShareOptions,
} from '@chorus/core';

/** How the organisation opens the networks' share pages, as its settings say. */
export type SharePages = Required<ShareOptions>;

/** The networks offered, in the usual order, whatever order the settings keep them in. */
export const offeredNetworks = (enabled: readonly ShareNetwork[]): ShareNetwork[] =>
  SHARE_NETWORKS.filter((network) => enabled.includes(network));

/** The network's share page drops the text: it goes on the clipboard, to be pasted. */
export const needsPasting = (network: ShareNetwork, pages: SharePages) =>
  prefillOf(network, pages) !== 'text';

/** LinkedIn's composer takes the text, but may come up empty: the text goes on the clipboard too. */
export const usesComposer = (network: ShareNetwork, pages: SharePages) =>
  network === 'linkedin' && pages.linkedinComposer;

/** LinkedIn's documented share page for my tracked link, when its composer came up empty. */
export const linkedinSharePage = (trackedUrl: string) =>
  buildShareIntent({ network: 'linkedin', text: '', url: trackedUrl, linkedinComposer: false })
    .intentUrl;

/** E-mail opens the mail app, not a page: a window opened for it would stay blank. */
export const opensWindow = (network: ShareNetwork) => network !== 'email';

/** Puts the text on the clipboard; false when the browser does not allow it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether this device has a share menu of its own (a phone's, through the Web Share API). */
export const hasShareMenu = () => typeof navigator.share === 'function';

/** Opens the phone's share menu; false when it did not open (closing it still counts). */
export async function openShareMenu(text: string, url: string): Promise<boolean> {
  try {
    await navigator.share({ text, url });
    return true;
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError';
  }
}
