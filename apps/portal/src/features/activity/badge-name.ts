import type { Badge } from '@chorus/core';
import type { TFunction } from 'i18next';
import { sayServerMessage } from '../../api/describe-error';

/** A badge's name, from the catalogue the server also words its notifications with. */
export function badgeName(t: TFunction, badge: Badge): string {
  return sayServerMessage(t, { key: `points:badges.${badge}`, params: {} }, badge) ?? badge;
}
