import { Parser } from 'htmlparser2';

/** How much of a page is searched for a `<meta charset>` first (as the HTML standard advises). */
const PRESCAN_BYTES = 1024;
/** How much of a feed may come before the end of its XML declaration. */
const XML_DECLARATION_BYTES = 512;

/**
 * Decodes a fetched page as browsers do: a byte order mark, else the charset from the HTTP
 * header when given and known, else a `<meta charset>` or `<meta http-equiv="Content-Type">`
 * in the first 1024 bytes. Failing those, UTF-8 when the bytes are UTF-8; when they are not, a
 * declaration later in the `<head>` names the encoding (a browser re-reads the page on meeting
 * it). Unknown labels are skipped; bytes no declaration explains become U+FFFD.
 */
export function decodeHtml(body: Buffer, headerCharset: string | null): string {
  const declared = bomEncoding(body) ?? knownEncoding(headerCharset) ?? metaEncoding(body);
  if (declared) return decode(body, declared);
  const utf8 = strictUtf8(body);
  if (utf8 !== null) return utf8;
  return decode(body, lateMetaEncoding(body) ?? 'utf-8');
}

/**
 * Decodes a fetched feed as XML requires (RFC 7303, XML 1.0 appendix F): a byte order mark,
 * else the charset from the HTTP header, else UTF-16 recognised from the first bytes, else the
 * encoding the XML declaration names (`<?xml version="1.0" encoding="windows-1251"?>`), else
 * UTF-8. Unknown labels are skipped; undecodable bytes become U+FFFD.
 */
export function decodeXml(body: Buffer, headerCharset: string | null): string {
  const encoding =
    bomEncoding(body) ??
    knownEncoding(headerCharset) ??
    utf16WithoutBom(body) ??
    xmlDeclarationEncoding(body) ??
    'utf-8';
  return decode(body, encoding);
}

/** The WHATWG name of a charset label, or null when the label is missing or unknown. */
export function knownEncoding(label: string | null | undefined): string | null {
  const trimmed = (label ?? '').trim().replace(/^["']|["']$/g, '');
  if (trimmed === '') return null;
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    return null;
  }
}

function decode(body: Buffer, encoding: string): string {
  const decoder = new TextDecoder(encoding);
  // One-shot decoding of windows-1252 (and so of 'iso-8859-1', its alias) wrongly yields
  // ISO-8859-1 since Node 20.18.3 (nodejs/node#56542): 0x80 becomes U+0080, not €. The
  // streaming path decodes through ICU and is correct for every encoding.
  return decoder.decode(body, { stream: true }) + decoder.decode();
}

/** The text when every byte is well-formed UTF-8 (a leading BOM dropped), else null. */
function strictUtf8(body: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return null;
  }
}

function bomEncoding(body: Buffer): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return null;
}

/** A document that starts with `<` or `<?` as UTF-16 without a byte order mark. */
function utf16WithoutBom(body: Buffer): string | null {
  if (body[0] === 0x00 && body[1] === 0x3c && body[2] === 0x00) return 'utf-16be';
  if (body[0] === 0x3c && body[1] === 0x00 && body[2] !== 0x00) return 'utf-16le';
  return null;
}

/** The encoding an XML declaration at the very start names, when it is one Node knows. */
function xmlDeclarationEncoding(body: Buffer): string | null {
  const head = body.subarray(0, XML_DECLARATION_BYTES).toString('latin1');
  const declaration = /^\s*<\?xml\s[^>]*?\?>/.exec(head)?.[0];
  if (!declaration) return null;
  const label = /\sencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(declaration)?.[1];
  return asciiCompatible(knownEncoding(label));
}

/** The charset a `<meta>` in the first bytes declares, read with the HTML tokenizer. */
function metaEncoding(body: Buffer): string | null {
  return firstMetaEncoding(body.subarray(0, PRESCAN_BYTES), false);
}

/** The charset the first `<meta>` that declares one in the `<head>` names, however late. */
function lateMetaEncoding(body: Buffer): string | null {
  return firstMetaEncoding(body, true);
}

function firstMetaEncoding(bytes: Buffer, headOnly: boolean): string | null {
  let found: string | null = null;
  const parser: Parser = new Parser({
    onopentag(name, attribs) {
      if (headOnly && name === 'body') return parser.pause();
      if (name !== 'meta') return;
      let label: string | undefined = attribs.charset;
      if (label === undefined && attribs['http-equiv']?.trim().toLowerCase() === 'content-type') {
        label = /charset\s*=\s*["']?([^\s"';]+)/i.exec(attribs.content ?? '')?.[1];
      }
      found = knownEncoding(label);
      if (found) parser.pause();
    },
    onclosetag(name) {
      if (headOnly && name === 'head') parser.pause();
    },
  });
  // Every byte is one character in latin1, so the ASCII markup reads the same in any
  // ASCII-compatible encoding.
  parser.write(bytes.toString('latin1'));
  parser.end();
  return asciiCompatible(found);
}

/** Bytes that read as ASCII are not UTF-16, whatever the document claims (HTML standard). */
function asciiCompatible(encoding: string | null): string | null {
  return encoding?.startsWith('utf-16') ? 'utf-8' : encoding;
}
