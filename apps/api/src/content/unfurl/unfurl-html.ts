import { DomUtils, parseDocument } from 'htmlparser2';

/** What a fetched web page says about itself, ready to fill a content item. */
export interface PageMetadata {
  title: string | null;
  summary: string | null;
  imageUrl: string | null;
  siteName: string | null;
  /** ISO 639-1 primary subtag, lower-case ('en' from 'en-GB'), or null. */
  language: string | null;
  /** Absolute http(s) URL. */
  canonicalUrl: string | null;
  /** From og:type when present. */
  kind: 'article' | 'website' | 'video' | 'other' | null;
}

export const TITLE_MAX_LENGTH = 300;
export const SUMMARY_MAX_LENGTH = 1000;
export const SITE_NAME_MAX_LENGTH = 200;
/** A longer URL is dropped rather than cut: a truncated URL points somewhere else. */
export const URL_MAX_LENGTH = 2048;

/** The tags whose attributes or text carry page metadata. */
const METADATA_TAGS = new Set(['html', 'base', 'title', 'meta', 'link']);

const IMAGE_META_KEYS = [
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'twitter:image',
  'twitter:image:src',
];

type Element = ReturnType<typeof DomUtils.findAll>[number];

/** The raw metadata of a document, each value the first non-empty one in document order. */
interface DocumentMetadata {
  lang: string | null;
  baseHref: string | null;
  title: string | null;
  /** `<meta>` content by lower-cased `property`, `name` or `http-equiv`. */
  meta: Map<string, string>;
  /** `<link>` href by lower-cased `rel` token. */
  links: Map<string, string>;
}

/**
 * Reads a page's metadata: OpenGraph first, then Twitter card, then plain HTML. Relative URLs
 * resolve against `<base href>` or the page URL; only http(s) URLs are kept.
 */
export function unfurlHtml(html: string, pageUrl: string): PageMetadata {
  const page = readDocument(html);
  const meta = (key: string): string | null => page.meta.get(key) ?? null;
  const base = baseUrl(page.baseHref, pageUrl);

  const title = meta('og:title') ?? meta('twitter:title') ?? page.title;
  const summary = meta('og:description') ?? meta('twitter:description') ?? meta('description');
  const siteName = meta('og:site_name') ?? meta('application-name') ?? hostWithoutWww(pageUrl);

  return {
    title: title === null ? null : truncate(title, TITLE_MAX_LENGTH),
    summary: summary === null ? null : truncate(summary, SUMMARY_MAX_LENGTH),
    imageUrl: imageUrl(meta, page.links.get('image_src') ?? null, base),
    siteName: siteName === null ? null : truncate(siteName, SITE_NAME_MAX_LENGTH),
    language: firstOf(
      [page.lang, meta('og:locale'), meta('content-language')].map(primaryLanguage),
    ),
    canonicalUrl: firstHttpUrl([page.links.get('canonical') ?? null, meta('og:url')], base),
    kind: kindOf(meta('og:type')),
  };
}

function readDocument(html: string): DocumentMetadata {
  const page: DocumentMetadata = {
    lang: null,
    baseHref: null,
    title: null,
    meta: new Map(),
    links: new Map(),
  };
  const elements = DomUtils.findAll((el) => METADATA_TAGS.has(el.name), parseDocument(html));
  for (const el of elements) {
    const attribs = el.attribs;
    switch (el.name) {
      case 'html':
        page.lang ??= nonEmpty(attribs.lang);
        break;
      case 'base':
        page.baseHref ??= nonEmpty(attribs.href);
        break;
      case 'title':
        if (!insideSvg(el)) page.title ??= nonEmpty(DomUtils.textContent(el));
        break;
      case 'meta': {
        const content = nonEmpty(attribs.content);
        if (content === null) break;
        for (const attribute of ['property', 'name', 'http-equiv']) {
          const key = attribs[attribute]?.trim().toLowerCase();
          if (key && !page.meta.has(key)) page.meta.set(key, content);
        }
        break;
      }
      case 'link': {
        const href = attribs.href?.trim();
        if (!href) break;
        for (const rel of (attribs.rel ?? '').toLowerCase().split(/\s+/)) {
          if (rel && !page.links.has(rel)) page.links.set(rel, href);
        }
        break;
      }
    }
  }
  return page;
}

/**
 * The first image candidate; when that is plain http, the https `og:image:secure_url` that
 * sites publish beside it (an http image is blocked or warned about on https pages).
 */
function imageUrl(
  meta: (key: string) => string | null,
  imageSrc: string | null,
  base: string | undefined,
): string | null {
  const first = firstHttpUrl([...IMAGE_META_KEYS.map(meta), imageSrc], base);
  if (first === null || !first.startsWith('http:')) return first;
  const secure = httpUrl(meta('og:image:secure_url'), base);
  return secure?.startsWith('https:') ? secure : first;
}

/** An inline SVG's `<title>` names the drawing, not the page. */
function insideSvg(el: Element): boolean {
  for (let node = el.parent; node; node = node.parent) {
    if ('name' in node && node.name === 'svg') return true;
  }
  return false;
}

/** Whitespace collapsed and trimmed; null when nothing is left. */
function nonEmpty(value: string | undefined): string | null {
  const collapsed = (value ?? '').replace(/\s+/g, ' ').trim();
  return collapsed === '' ? null : collapsed;
}

/** At most `max` UTF-16 units, never splitting a surrogate pair. */
function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const end = isHighSurrogate(value.charCodeAt(max - 1)) ? max - 1 : max;
  return value.slice(0, end).trimEnd();
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function firstOf<T>(values: (T | null)[]): T | null {
  return values.find((value) => value !== null) ?? null;
}

/** The URL relative ones resolve against: an http(s) `<base href>`, else the page. */
function baseUrl(baseHref: string | null, pageUrl: string): string | undefined {
  return httpUrl(baseHref, pageUrl) ?? httpUrl(pageUrl, undefined) ?? undefined;
}

function firstHttpUrl(candidates: (string | null)[], base: string | undefined): string | null {
  return firstOf(candidates.map((candidate) => httpUrl(candidate, base)));
}

function httpUrl(raw: string | null, base: string | undefined): string | null {
  if (raw === null) return null;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href.length <= URL_MAX_LENGTH ? url.href : null;
}

function hostWithoutWww(pageUrl: string): string | null {
  const url = httpUrl(pageUrl, undefined);
  if (url === null) return null;
  const host = new URL(url).hostname;
  return host.startsWith('www.') ? host.slice('www.'.length) : host;
}

/** 'en' from 'en-GB', 'nl' from 'nl_NL', 'de' from 'de, en'; null unless two letters. */
function primaryLanguage(tag: string | null): string | null {
  const primary = (tag ?? '')
    .trim()
    .split(/[-_,;\s]/, 1)[0]
    .toLowerCase();
  return /^[a-z]{2}$/.test(primary) ? primary : null;
}

function kindOf(ogType: string | null): PageMetadata['kind'] {
  if (ogType === null) return null;
  const type = ogType.toLowerCase();
  if (type === 'article' || type === 'website') return type;
  if (type === 'video' || type.startsWith('video.')) return 'video';
  return 'other';
}
