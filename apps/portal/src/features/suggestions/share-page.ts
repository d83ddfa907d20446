import { INPUT_LIMITS, isShareSource, type ShareSource } from '@chorus/core';

/** What the page the browser extension opens (SHARE_PAGE_PATH) is asked about. */
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
    title: titleFrom(params),
    source: isShareSource(source) ? source : 'extension',
  };
}

/** Where a shareable page leads: the existing share link of its item. */
export function shareLinkOf(itemId: string, source: ShareSource): string {
  return `/share/${encodeURIComponent(itemId)}?${new URLSearchParams({ source }).toString()}`;
}

/**
 * The title an address gives the form (a browser tab's), cut to what a suggestion keeps, so
 * that a long tab title never stops the form from being sent.
 */
export function titleFrom(params: URLSearchParams): string {
  return Array.from(params.get('title') ?? '')
    .slice(0, INPUT_LIMITS.suggestionTitle)
    .join('');
}
