import { slugFromName } from '../campaigns/campaign-slug';

/**
 * The `utm_campaign` of an item without a campaign: its title as a slug, or the last part of its
 * address when it has no usable title.
 */
export function contentSlug(title: string | null, url: string): string {
  const fromTitle = title ? slugFromName(title).slice(0, 60).replace(/-+$/, '') : '';
  if (fromTitle) return fromTitle;
  const path = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  return slugFromName(safelyDecoded(path)).slice(0, 60).replace(/-+$/, '') || 'content';
}

function safelyDecoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
