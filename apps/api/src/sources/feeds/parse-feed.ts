import { DomUtils, parseDocument } from 'htmlparser2';
import { normalizeContentUrl } from '@chorus/core';

export interface FeedEntry {
  url: string;
  title: string;
  publishedAt: Date | null;
}

export interface ParsedFeed {
  title: string | null;
  entries: FeedEntry[];
}

/** Not an RSS or Atom document, said in words for the source's health line. */
export class FeedParseError extends Error {}

const MAX_TITLE = 500;

const ATOM_NAMESPACES = ['http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#'];
/** RSS 0.9x and 2.0 have no namespace; RSS 1.0 and 0.90 are RDF with their own. */
const RSS_NAMESPACES = [
  '',
  'http://purl.org/rss/1.0/',
  'http://my.netscape.com/rdf/simple/0.9/',
  'http://backend.userland.com/rss2',
];
const RDF_NAMESPACE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DUBLIN_CORE = ['http://purl.org/dc/elements/1.1/'];
/** FeedBurner put its own redirect in `<link>` and the article in `<feedburner:origLink>`. */
const FEEDBURNER = ['http://rssnamespace.org/feedburner/ext/1.0'];
const XML_BASE = 'xml:base';
/** Atom's default relation, also written as the registry URI. */
const ALTERNATE = new Set(['alternate', 'http://www.iana.org/assignments/relation/alternate']);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = ReturnType<typeof DomUtils.findAll>[number];

interface Dialect {
  entries(root: Element): Element[];
  entry(element: Element, base: string): RawEntry;
  title(root: Element): string | null;
}

interface RawEntry {
  link: string | null;
  title: string | null;
  date: string | null;
}

/**
 * Reads an RSS 0.9x/2.0, RSS 0.90/1.0 (RDF) or Atom 0.3/1.0 document, whatever prefix its
 * elements carry. An entry's link is its article: an Atom entry's `alternate` link (not its
 * `self`, `edit` or `replies` API links), an RSS item's `<link>`, else its permalink `<guid>`.
 * Links resolve against `xml:base` and the feed's address and are normalised like curators'
 * URLs; entries without a usable web link are skipped. Titles are stored as text.
 */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  const document = parseDocument(xml, { xmlMode: true });
  const root = document.children.find(isElement);
  const dialect = root ? dialectOf(root) : null;
  if (!root || !dialect) {
    throw new FeedParseError('not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)');
  }
  const seen = new Set<string>();
  const entries: FeedEntry[] = [];
  for (const element of dialect.entries(root)) {
    const raw = dialect.entry(element, baseOf(element, feedUrl));
    const url = raw.link === null ? null : normalizeContentUrl(raw.link);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    entries.push({
      url,
      title: [...(raw.title || url)].slice(0, MAX_TITLE).join(''),
      publishedAt: validDate(raw.date),
    });
  }
  return { title: dialect.title(root) || null, entries };
}

function dialectOf(root: Element): Dialect | null {
  const namespace = namespaceOf(root);
  const name = localName(root);
  if (name === 'feed' && (namespace === '' || ATOM_NAMESPACES.includes(namespace))) {
    return atom(namespace === '' ? [''] : ATOM_NAMESPACES);
  }
  if (
    (name === 'rss' && RSS_NAMESPACES.includes(namespace)) ||
    (name === 'RDF' && namespace === RDF_NAMESPACE)
  ) {
    return rss;
  }
  return null;
}

const rss: Dialect = {
  entries(root) {
    // RSS 2.0 nests items in the channel; RSS 1.0 and 0.90 put them beside it.
    const channel = child(root, 'channel', RSS_NAMESPACES);
    return [
      ...(channel ? children(channel, 'item', RSS_NAMESPACES) : []),
      ...children(root, 'item', RSS_NAMESPACES),
    ];
  },
  entry(item, base) {
    return {
      link: rssLink(item, base),
      title: htmlText(
        text(child(item, 'title', RSS_NAMESPACES) ?? child(item, 'title', DUBLIN_CORE)),
      ),
      date: text(child(item, 'pubDate', RSS_NAMESPACES) ?? child(item, 'date', DUBLIN_CORE)),
    };
  },
  title(root) {
    const channel = child(root, 'channel', RSS_NAMESPACES);
    return channel ? htmlText(text(child(channel, 'title', RSS_NAMESPACES))) : null;
  },
};

/** The `<link>`, else an Atom alternate link, else a `<guid>` that is a permalink. */
function rssLink(item: Element, base: string): string | null {
  const original = originalLink(item, base);
  if (original) return original;
  for (const link of children(item, 'link', RSS_NAMESPACES)) {
    // Some feeds write RSS's <link> the Atom way, as an empty element with an href.
    const href = resolve(text(link)?.trim() || link.attribs.href, baseOf(link, base));
    if (href) return href;
  }
  const alternate = alternateLink(item, ATOM_NAMESPACES, base);
  if (alternate) return alternate;
  const guid = child(item, 'guid', RSS_NAMESPACES);
  const permaLink = guid?.attribs.isPermaLink?.trim().toLowerCase();
  if (!guid || permaLink === 'false') return null;
  // Without isPermaLink="true", only an absolute address is taken for one: many feeds use
  // opaque ids (`1234@example.com`, `tag:` URIs) and never say so.
  return resolve(text(guid), permaLink === 'true' ? baseOf(guid, base) : undefined);
}

/** Atom, in its own namespaces (or none, for a feed that forgot its xmlns). */
function atom(namespaces: readonly string[]): Dialect {
  return {
    entries: (root) => children(root, 'entry', namespaces),
    entry(entry, base) {
      const date =
        child(entry, 'published', namespaces) ??
        child(entry, 'updated', namespaces) ??
        child(entry, 'issued', namespaces) ??
        child(entry, 'modified', namespaces);
      return {
        link: originalLink(entry, base) ?? alternateLink(entry, namespaces, base),
        title: atomText(child(entry, 'title', namespaces)),
        date: text(date),
      };
    },
    title: (root) => atomText(child(root, 'title', namespaces)),
  };
}

/**
 * The entry's article: the `alternate` (or rel-less) link, an HTML one first when there are
 * several. Never `self`, `edit`, `replies`, `enclosure` and the like.
 */
function alternateLink(entry: Element, namespaces: readonly string[], base: string): string | null {
  const alternates = children(entry, 'link', namespaces).filter((link) =>
    ALTERNATE.has((link.attribs.rel ?? 'alternate').trim().toLowerCase()),
  );
  const type = (link: Element) => (link.attribs.type ?? '').split(';')[0].trim().toLowerCase();
  const ordered = [
    ...alternates.filter((link) => HTML_TYPES.has(type(link))),
    ...alternates.filter((link) => type(link) === ''),
    ...alternates.filter((link) => type(link) !== '' && !HTML_TYPES.has(type(link))),
  ];
  for (const link of ordered) {
    const href = resolve(link.attribs.href ?? '', baseOf(link, base));
    if (href) return href;
  }
  return null;
}

/** The article behind a FeedBurner redirect, when the feed went through FeedBurner. */
function originalLink(entry: Element, base: string): string | null {
  const original = child(entry, 'origLink', FEEDBURNER);
  return original ? resolve(text(original), baseOf(original, base)) : null;
}

/** An Atom text construct as text: `html` is unescaped markup, `xhtml` is inline markup. */
function atomText(element: Element | undefined): string | null {
  if (!element) return null;
  const type = (element.attribs.type ?? 'text').trim().toLowerCase();
  // Atom 0.3 said mode="escaped" for what Atom 1.0 calls type="html".
  const escaped = element.attribs.mode?.trim().toLowerCase() === 'escaped';
  const value = DomUtils.textContent(element);
  return type === 'html' || type === 'text/html' || escaped ? markupText(value) : clean(value);
}

/**
 * RSS says nothing of markup in titles, and feeds put it there (`1930ft<sup>2</sup>` in CDATA,
 * `&amp;eacute;`): text that holds a tag or an entity is read as HTML.
 */
function htmlText(value: string | null): string | null {
  if (value === null) return null;
  return /<[a-z!/]|&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(value)
    ? markupText(value)
    : clean(value);
}

function markupText(html: string): string {
  // A line break is a space between words, not nothing.
  return clean(DomUtils.textContent(parseDocument(html.replace(/<br\s*\/?>/gi, ' '))));
}

/** One line of text: whitespace collapsed, control characters (NUL included) dropped. */
function clean(text: string): string {
  const printable = [...text].filter((char) => {
    const code = char.codePointAt(0)!;
    return code >= 0x20 ? code !== 0x7f : char === '\t' || char === '\n' || char === '\r';
  });
  return printable.join('').replace(/\s+/g, ' ').trim();
}

function text(element: Element | undefined): string | null {
  return element ? DomUtils.textContent(element) : null;
}

/** An absolute http(s) address, or null. */
function resolve(href: string | null, base: string | undefined): string | null {
  const trimmed = (href ?? '').trim();
  if (trimmed === '') return null;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The address relative links in `element` resolve against: every `xml:base` down to it. */
function baseOf(element: Element, base: string): string {
  const chain: Element[] = [];
  for (let node: Element | null = element; node; node = parentElement(node)) chain.push(node);
  let resolved = base;
  for (const node of chain.reverse()) {
    const declared = node.attribs[XML_BASE];
    if (declared === undefined) continue;
    try {
      resolved = new URL(declared.trim(), resolved).href;
    } catch {
      // An unusable xml:base changes nothing.
    }
  }
  return resolved;
}

function validDate(value: string | null): Date | null {
  if (value === null || value.trim() === '') return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date;
}

function isElement(node: Node): node is Element {
  return DomUtils.isTag(node);
}

function parentElement(element: Element): Element | null {
  const parent = element.parent;
  return parent && DomUtils.isTag(parent) ? parent : null;
}

function localName(element: Element): string {
  const colon = element.name.indexOf(':');
  return colon === -1 ? element.name : element.name.slice(colon + 1);
}

/** The namespace URI of the element's prefix (or default namespace), '' when none is declared. */
function namespaceOf(element: Element): string {
  const colon = element.name.indexOf(':');
  const attribute = colon === -1 ? 'xmlns' : `xmlns:${element.name.slice(0, colon)}`;
  for (let node: Element | null = element; node; node = parentElement(node)) {
    const declared = node.attribs[attribute];
    if (declared !== undefined) return declared.trim();
  }
  return '';
}

function children(parent: Element, name: string, namespaces: readonly string[]): Element[] {
  return parent.children.filter(
    (node): node is Element =>
      isElement(node) && localName(node) === name && namespaces.includes(namespaceOf(node)),
  );
}

function child(parent: Element, name: string, namespaces: readonly string[]): Element | undefined {
  return children(parent, name, namespaces)[0];
}
