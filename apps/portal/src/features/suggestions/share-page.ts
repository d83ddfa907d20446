import { isShareSource, type ShareSource } from '@chorus/core';

/**
 * The page the browser extension opens for the tab the person is on:
 * `/share-page?url=<address>&title=<tab title>&source=extension`.
 */
export const SHARE_PAGE_PATH = '/share-page';

/** Suggesting a page to the curators: `/suggest?url=&title=` fills the form in. */
export const SUGGEST_PATH = '/suggest';

export interface SharePageRequest {
  url: string;
  title: string;
  /** Recorded on the share; the extension unless the address names another known source. */
  source: ShareSource;
}

export function readSharePageRequest(params: URLSearchParams): SharePageRequest {
  const source = params.get('source');
  return {
    url: params.get('url')?.trim() ?? '',
    title: params.get('title') ?? '',
    source: isShareSource(source) ? source : 'extension',
  };
}

/** Where a shareable page leads: the existing share link of its item. */
export function shareLinkOf(itemId: string, source: ShareSource): string {
  return `/share/${encodeURIComponent(itemId)}?${new URLSearchParams({ source }).toString()}`;
}
