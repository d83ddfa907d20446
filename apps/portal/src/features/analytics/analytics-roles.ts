import { hasAnyRole, type Role } from '@chorus/core';

/** Who uses the analytics pages: HR (analysts), admins, and curators for their content. */
export const ANALYTICS_ROLES: readonly Role[] = ['analyst', 'admin', 'curator'];

/**
 * Who sees figures about people (by department or location, adoption, participation, top
 * advocates), as the API decides: HR and admins. Curators see content and network figures.
 */
const PEOPLE_FIGURES_ROLES: readonly Role[] = ['analyst', 'admin'];

/** Who may open a content item's own page: those who curate (the curation pages' roles). */
const CONTENT_ITEM_ROLES: readonly Role[] = ['curator', 'admin'];

export const seesPeopleFigures = (roles: readonly Role[]) =>
  hasAnyRole(roles, PEOPLE_FIGURES_ROLES);

export const opensContentItems = (roles: readonly Role[]) => hasAnyRole(roles, CONTENT_ITEM_ROLES);
