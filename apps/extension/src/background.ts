// The toolbar button. Listeners are registered synchronously at start-up, as a Manifest V3
// background (a service worker in Chromium, an event page in Firefox) requires.
import { buttonTarget } from './chorus-address.js';
import { extension, type Tab } from './extension-api.js';
import { storedAddress } from './settings.js';

extension.runtime.onInstalled.addListener(({ reason }) => {
  // Nothing to wait for: the page opens or the browser reports why it could not.
  if (reason === 'install') void extension.runtime.openOptionsPage();
});

extension.action.onClicked.addListener((tab) => {
  // An event listener's promise is not awaited by the browser; failures are reported as usual.
  void openFor(tab);
});

/** Opens the person's Chorus for the tab's page, beside it, or the options page when needed. */
async function openFor(tab: Tab): Promise<void> {
  const target = buttonTarget(await storedAddress(), tab);
  const url =
    target.kind === 'chorus'
      ? target.url
      : extension.runtime.getURL(`options.html?notice=${target.notice}`);
  await extension.tabs.create({ url, index: tab.index + 1, openerTabId: tab.id });
}
