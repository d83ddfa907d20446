/**
 * The page the browser extension opens for the tab the person is on:
 * `/share-page?url=<address>&title=<tab title>&source=extension`.
 */
export const SHARE_PAGE_PATH = '/share-page';

/** Suggesting a page to the curators: `/suggest?url=&title=` fills the form in. */
export const SUGGEST_PATH = '/suggest';
