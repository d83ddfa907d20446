const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element content and in double-quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

const PAGE_STYLE =
  'body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}' +
  'h1{font-size:1.4rem}button{font:inherit;padding:.6rem 1.4rem;border:0;border-radius:6px;' +
  'background:#1c7ed6;color:#fff;cursor:pointer}a{color:#1c7ed6}';

/**
 * A small page the API serves itself, outside the portal (a tracked link that leads nowhere, an
 * unsubscribe link): `title` (text) as its title and heading, then `body` (HTML, its text
 * escaped by the caller). Kept out of search engines.
 */
export function simplePage(language: string, title: string, body: string): string {
  const heading = escapeHtml(title);
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${heading}</title><style>${PAGE_STYLE}</style></head><body><h1>${heading}</h1>${body}</body></html>`;
}
