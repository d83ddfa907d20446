import { RESTRICTED_TERM_CATEGORIES, type RestrictedTermCategory } from '@chorus/guardrails';

/** The restricted terms' filters, as kept in the page's address. */
export interface TermFilters {
  search: string;
  category: RestrictedTermCategory | null;
}

export function isTermCategory(value: unknown): value is RestrictedTermCategory {
  return (RESTRICTED_TERM_CATEGORIES as readonly unknown[]).includes(value);
}

export function readTermFilters(params: URLSearchParams): TermFilters {
  const category = params.get('category');
  return {
    search: params.get('search') ?? '',
    category: isTermCategory(category) ? category : null,
  };
}

/** The address's search params after a change. */
export function writeTermFilters(
  params: URLSearchParams,
  change: Partial<TermFilters>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const merged = { ...readTermFilters(params), ...change };
  const values: Record<keyof TermFilters, string> = {
    search: merged.search.trim(),
    category: merged.category ?? '',
  };
  for (const [key, value] of Object.entries(values)) {
    if (value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** The API query for the filters. */
export function termsQuery(filters: TermFilters) {
  return {
    search: filters.search.trim() || undefined,
    category: filters.category ?? undefined,
  };
}
