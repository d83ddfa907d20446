import {
  CONTENT_ACTIONS,
  CONTENT_KINDS,
  CONTENT_STATUSES,
  type ContentAction,
  type ContentKind,
  type ContentStatus,
} from '@chorus/core';

export function isContentKind(value: unknown): value is ContentKind {
  return typeof value === 'string' && (CONTENT_KINDS as readonly string[]).includes(value);
}

export function isContentStatus(value: unknown): value is ContentStatus {
  return typeof value === 'string' && (CONTENT_STATUSES as readonly string[]).includes(value);
}

export function isContentAction(value: unknown): value is ContentAction {
  return typeof value === 'string' && (CONTENT_ACTIONS as readonly string[]).includes(value);
}
