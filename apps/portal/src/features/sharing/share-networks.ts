import { SHARE_NETWORKS, prefillOf, type ShareNetwork, type ShareOptions } from '@chorus/core';

/** The networks offered, in the usual order, whatever order the settings keep them in. */
export const offeredNetworks = (enabled: readonly ShareNetwork[]): ShareNetwork[] =>
  SHARE_NETWORKS.filter((network) => enabled.includes(network));

/**
 * The network's share page drops the text: it goes on the clipboard, to be pasted. Without the
 * organisation's options, LinkedIn is taken to be its documented share page (text copied), the
 * safe assumption where the `linkedinComposer` setting is not known.
 */
export const needsPasting = (
  network: ShareNetwork,
  options: ShareOptions = { linkedinComposer: false },
) => prefillOf(network, options) !== 'text';

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
