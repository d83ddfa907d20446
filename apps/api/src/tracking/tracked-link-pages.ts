const PAGES: Record<404 | 410 | 503, { title: string; text: string }> = {
  404: {
    title: 'Link not found',
    text: 'This link is not known. Check that it was copied in full.',
  },
  410: {
    title: 'Link no longer available',
    text: 'The company that shared this link has turned it off.',
  },
  503: {
    title: 'Please try again',
    text: 'This link cannot be opened right now. Please try again in a moment.',
  },
};

/** The small page a visitor sees when a tracked link does not lead anywhere. */
export function trackedLinkPage(status: 404 | 410 | 503): string {
  const { title, text } = PAGES[status];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}h1{font-size:1.4rem}</style></head><body><h1>${title}</h1><p>${text}</p></body></html>`;
}
