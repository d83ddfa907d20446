// The few WebExtension APIs the extension uses, typed here rather than through @types/chrome:
// Firefox offers them promise-based as `browser`, Chromium as `chrome` (promises in Manifest V3).

export interface Tab {
  id?: number;
  index: number;
  url?: string;
  title?: string;
}

interface BrowserEvent<Listener> {
  addListener(listener: Listener): void;
}

export interface ExtensionApi {
  action: { onClicked: BrowserEvent<(tab: Tab) => void> };
  runtime: {
    onInstalled: BrowserEvent<(details: { reason: string }) => void>;
    openOptionsPage(): Promise<void>;
    getURL(path: string): string;
  };
  tabs: {
    create(properties: { url: string; index?: number; openerTabId?: number }): Promise<Tab>;
  };
  storage: {
    sync: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  i18n: {
    /** The message in the browser's language; '' for a name `_locales` does not define. */
    getMessage(name: string): string;
  };
}

const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };

export const extension: ExtensionApi = (() => {
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('The extension APIs are only available inside the extension.');
  return api;
})();
