import { COUNTRY_TLDS, GENERIC_TLDS } from './top-level-domains';

/**
 * The links X finds in a post, by twitter-text's extraction rules (v3.1), each of which X counts
 * as 23 characters whatever its length: 'http://' or 'https://' links, and bare domains with a
 * known top-level domain ('example.com', 'www.example.nl', 'example.nl/x', 't.co'; not a bare
 * 'example.nl', nor 'index.html'). One left-to-right pass with no backtracking: each character is
 * read a bounded number of times, so a megabyte of text takes milliseconds.
 *
 * The rules, as twitter-text's regular expressions state them:
 * - a link does not start right after a letter or digit of ASCII, '@', '$', '#' (or their
 *   full-width forms); a bare domain not after '-', '_', '.' or '/' either;
 * - the host is labels joined by dots, ending in a known top-level domain that is not followed by
 *   an ASCII letter or digit, '@', '+' or '-'; each label at most 63 characters (punycoded), not
 *   starting or ending with '-'; '_' only in subdomains. A bare domain's labels are ASCII letters,
 *   digits and Latin accented letters; after 'https://' any letters;
 * - then an optional port, a path of URL characters that ends on a letter, digit, '/', '=', '_',
 *   '#', '+', '-' or a balanced ')' (so a sentence's full stop is not part of it), and a query.
 */

export interface LinkSpan {
  start: number;
  end: number;
}

/** twitter-text's limit on a link's length. */
const MAX_URL_LENGTH = 4096;
/** The longest label of a host, punycoded (RFC 1035). */
const MAX_LABEL_LENGTH = 63;
/** The longest top-level domain in the lists: a label is only tried as such up to this length. */
const MAX_TLD_LENGTH = Math.max(...[...GENERIC_TLDS, ...COUNTRY_TLDS].map((tld) => tld.length));
/** Country codes that are links even bare and alone ('t.co', 'example.tv'). */
const SPECIAL_COUNTRY_TLDS = new Set(['co', 'tv']);

const PROTOCOL = /https?:\/\//iy;
/** A dot and a letter; global, so reset before each use (all uses are synchronous). */
const DOT_LETTER = /\.\p{L}/gu;
/** Before any link: not '@', '$', '#' (or full-width), noncharacters (nor an ASCII letter or digit). */
function isInvalidBefore(code: number): boolean {
  return (
    code === 0x40 ||
    code === 0xff20 ||
    code === 0x24 ||
    code === 0x23 ||
    code === 0xff03 ||
    code === 0xfffe ||
    code === 0xfeff ||
    code === 0xffff
  );
}

/** Before a bare domain, not '-', '_', '.' or '/' either. */
function isInvalidBeforeBare(code: number): boolean {
  return code === 0x2d || code === 0x5f || code === 0x2e || code === 0x2f;
}
/** ASCII punctuation: never part of a host's label, except '-' and '_' inside one. */
const ASCII_PUNCTUATION = new Set([...'!\'#%&()*+,\\-./:;<=>?@[]^_{|}~$"`']);
const SPACE = /[\s\u0085\u180e]/u;

function isAsciiAlphanumeric(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  );
}

/** Latin letters with accents, as twitter-text's latinAccentChars lists them. */
function isLatinAccent(code: number): boolean {
  return (
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0xff) ||
    (code >= 0x100 && code <= 0x24f) ||
    code === 0x253 ||
    code === 0x254 ||
    code === 0x256 ||
    code === 0x257 ||
    code === 0x259 ||
    code === 0x25b ||
    code === 0x263 ||
    code === 0x268 ||
    code === 0x26f ||
    code === 0x272 ||
    code === 0x289 ||
    code === 0x28b ||
    code === 0x2bb ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

/** A character of a bare domain's label (besides '-'). */
function isBareLabelChar(code: number): boolean {
  return isAsciiAlphanumeric(code) || isLatinAccent(code);
}

/** A character of a host's label after 'https://' (besides '-' and '_'): anything but punctuation and spaces. */
function isHostChar(char: string): boolean {
  return !ASCII_PUNCTUATION.has(char) && !SPACE.test(char) && !/[\ufffe\ufeff\uffff]/.test(char);
}

/** A character of a path ('/...'), besides balanced parentheses. */
const PATH_CHAR = /[a-z\u0400-\u04ff0-9!*';:=+,.$/%#[\]\-\u2013_~@|&]/i;
/** A character a path may end on (so '/foo.' leaves the full stop out). */
const PATH_END_CHAR = /[+\-a-z\u0400-\u04ff0-9=_#/]/i;
const QUERY_CHAR = /[a-z0-9!?*'@();:&=+$/%#[\]\-_.,~|]/i;
const QUERY_END_CHAR = /[a-z0-9\-_&=#/]/i;

/** Every link in the text, in order, by twitter-text's rules (see above). */
export function findLinks(text: string): LinkSpan[] {
  const links: LinkSpan[] = [];
  // Every host has a dot followed by a letter (a top-level domain starts with one), so only the
  // words around such dots are read, from the start of the word (or of its 'https://').
  const dots = DOT_LETTER;
  dots.lastIndex = 0;
  let done = 0;
  for (let found = dots.exec(text); found; found = dots.exec(text)) {
    const dot = found.index;
    let start = dot;
    while (start > done && isWordChar(text, start - 1)) start -= 1;
    const protocol = /https?:\/\/$/i.exec(text.slice(Math.max(done, start - 8), start));
    if (protocol) start -= protocol[0].length;
    done = scan(text, start, dot, links);
    dots.lastIndex = Math.max(done, dot + 1);
  }
  return links;
}

/** Part of a word a host may be in: a label's character, a dot, '-' or '_'. */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80)
    return isAsciiAlphanumeric(code) || code === 0x2e || code === 0x2d || code === 0x5f;
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) return isHostChar(text.slice(i - 1, i + 1));
  return isHostChar(text[i]);
}

/** Finds the links that start from `i` up to `until`; returns where it stopped reading. */
function scan(text: string, from: number, until: number, links: LinkSpan[]): number {
  let i = from;
  while (i <= until) {
    const code = text.charCodeAt(i);
    const before = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (!isBareLabelChar(code) || isAsciiAlphanumeric(before) || isInvalidBefore(before)) {
      i += 1;
      continue;
    }
    PROTOCOL.lastIndex = i;
    const protocol = (code === 0x68 || code === 0x48) && PROTOCOL.test(text);
    const hostStart = protocol ? PROTOCOL.lastIndex : i;
    if (!protocol && (isInvalidBeforeBare(before) || isBareLabelChar(before))) {
      i = skipWord(text, i);
      continue;
    }
    const host = readHost(text, hostStart, protocol);
    if (!host.found) {
      i = Math.max(i + 1, host.end);
      continue;
    }
    const end = readRest(text, host.end);
    const bareShort =
      !protocol &&
      host.labels === 2 &&
      COUNTRY_TLDS.has(host.tld) &&
      !SPECIAL_COUNTRY_TLDS.has(host.tld) &&
      text[host.end] !== '/';
    if (!bareShort && end - i <= MAX_URL_LENGTH) links.push({ start: i, end });
    i = end;
  }
  return i;
}

/** Past the run of bare-label characters, dots and hyphens at `i`. */
function skipWord(text: string, i: number): number {
  let end = i;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (!isBareLabelChar(code) && code !== 0x2e && code !== 0x2d) break;
    end += 1;
  }
  return Math.max(end, i + 1);
}

interface Host {
  found: boolean;
  /** Where the host ends (when found), or how far it was read (when not). */
  end: number;
  labels: number;
  tld: string;
}

/**
 * Reads the labels of a host from `start` and picks the longest run of them that ends in a known
 * top-level domain (as a regular expression's greedy match would). A top-level domain may also be
 * the start of a label, followed by something not ASCII ('example.comです').
 */
function readHost(text: string, start: number, protocol: boolean): Host {
  let best: Host = { found: false, end: start, labels: 0, tld: '' };
  let labelStart = start;
  let previous = '';
  for (let count = 1; ; count += 1) {
    let end = labelStart;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code < 0x80) {
        if (!isAsciiAlphanumeric(code) && code !== 0x2d && code !== 0x5f) break;
        end += 1;
        continue;
      }
      const char = String.fromCodePoint(text.codePointAt(end)!);
      if (!isHostChar(char)) break;
      end += char.length;
    }
    const label = text.slice(labelStart, end);
    if (!label) return { ...best, end: best.found ? best.end : end };
    // The label before the top-level domain is the domain name: no '_' in it.
    if (count >= 2 && !previous.includes('_')) {
      const tld = topLevelDomain(label, text.charCodeAt(end));
      if (tld) best = { found: true, end: labelStart + tld.length, labels: count, tld };
    }
    previous = label;
    // The host goes on past a label only if a dot follows and it is fit to be a (sub)domain name.
    if (text.charCodeAt(end) !== 0x2e || !isValidLabel(label, protocol)) {
      return { ...best, end: best.found ? best.end : end };
    }
    labelStart = end + 1;
  }
}

/** The known top-level domain the label is, or starts with before a non-ASCII character; '' if none. */
function topLevelDomain(label: string, after: number): string {
  const lower = label.toLowerCase();
  if (isTld(lower) && !isTldContinuation(after)) return lower;
  for (let length = Math.min(lower.length - 1, MAX_TLD_LENGTH); length >= 2; length -= 1) {
    const next = lower.charCodeAt(length);
    if (isTldContinuation(next) || next === 0x5f) continue;
    const prefix = lower.slice(0, length);
    if (isTld(prefix)) return prefix;
  }
  return '';
}

function isTld(name: string): boolean {
  return (
    GENERIC_TLDS.has(name) ||
    COUNTRY_TLDS.has(name) ||
    (name.startsWith('xn--') && /^xn--[0-9a-z]+$/.test(name))
  );
}

/** What may not follow a top-level domain: an ASCII letter or digit, '@', '+' or '-'. */
function isTldContinuation(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 0x40 || code === 0x2b || code === 0x2d;
}

function isValidLabel(label: string, protocol: boolean): boolean {
  if (label.startsWith('-') || label.endsWith('-') || label.startsWith('_') || label.endsWith('_'))
    return false;
  if (!protocol) {
    for (let k = 0; k < label.length; k += 1) {
      const code = label.charCodeAt(k);
      if (code !== 0x2d && !isBareLabelChar(code)) return false;
    }
  }
  return punycodedLength(label) <= MAX_LABEL_LENGTH;
}

/**
 * The label's length as the DNS sees it: punycoded ('xn--' and the encoding) when it is not ASCII,
 * Infinity when it cannot be. Short labels are surely short enough without encoding them: each
 * character that is not ASCII takes at most 7 characters of punycode.
 */
function punycodedLength(label: string): number {
  let other = 0;
  for (let k = 0; k < label.length; k += 1) if (label.charCodeAt(k) >= 0x80) other += 1;
  if (other === 0) return label.length;
  if ('xn--'.length + label.length + 1 + 7 * other <= MAX_LABEL_LENGTH) return MAX_LABEL_LENGTH;
  if (label.length > MAX_LABEL_LENGTH * 4) return Infinity;
  try {
    return new URL(`http://${label.replaceAll('_', '-')}.example/`).hostname.split('.')[0].length;
  } catch {
    return Infinity;
  }
}

/** Where a link ends: after its port, path and query, each read once. */
function readRest(text: string, hostEnd: number): number {
  let end = hostEnd;
  if (text[end] === ':' && /\d/.test(text[end + 1] ?? '')) {
    end += 1;
    while (/\d/.test(text[end] ?? '')) end += 1;
  }
  if (text[end] === '/') end = readPath(text, end);
  if (text[end] === '?') {
    let last = -1;
    for (let k = end + 1; k < text.length && QUERY_CHAR.test(text[k]); k += 1) {
      if (QUERY_END_CHAR.test(text[k])) last = k + 1;
    }
    if (last > 0) end = last;
  }
  return end;
}

/**
 * A path from the '/' at `start`: URL characters and balanced parentheses (nested once at most),
 * up to the last character a path may end on.
 */
function readPath(text: string, start: number): number {
  let end = start + 1;
  let depth = 0;
  for (let k = start + 1; k < text.length; k += 1) {
    const char = text[k];
    if (char === '(') {
      if (depth === 2) break;
      depth += 1;
    } else if (char === ')') {
      if (depth === 0) break;
      depth -= 1;
      if (depth === 0) end = k + 1;
    } else if (PATH_CHAR.test(char) || isLatinAccent(char.charCodeAt(0))) {
      if (depth === 0 && (PATH_END_CHAR.test(char) || isLatinAccent(char.charCodeAt(0))))
        end = k + 1;
    } else {
      break;
    }
  }
  return end;
}
