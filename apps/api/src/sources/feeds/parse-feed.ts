import { parseFeed as readFeed } from 'htmlparser2';
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

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom document. Entry links are resolved against the feed's
 * address and normalised like curators' URLs; entries without a usable web link are skipped.
 */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  const feed = readFeed(xml, { xmlMode: true });
  if (!feed) {
    throw new FeedParseError('not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)');
  }
  const seen = new Set<string>();
  const entries: FeedEntry[] = [];
  for (const item of feed.items) {
    if (!item.link) continue;
    let absolute: string;
    try {
      absolute = new URL(item.link.trim(), feedUrl).toString();
    } catch {
      continue;
    }
    const url = normalizeContentUrl(absolute);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const title = clean(item.title ?? '') || url;
    entries.push({
      url,
      title: [...title].slice(0, MAX_TITLE).join(''),
      publishedAt: validDate(item.pubDate),
    });
  }
  return { title: clean(feed.title ?? '') || null, entries };
}

/** One line of text: whitespace collapsed, control characters (NUL included) dropped. */
function clean(text: string): string {
  const printable = [...text].filter((char) => {
    const code = char.codePointAt(0)!;
    return code >= 0x20 ? code !== 0x7f : char === '\t' || char === '\n' || char === '\r';
  });
  return printable.join('').replace(/\s+/g, ' ').trim();
}

function validDate(value: Date | undefined): Date | null {
  return value && !Number.isNaN(value.getTime()) ? value : null;
}
