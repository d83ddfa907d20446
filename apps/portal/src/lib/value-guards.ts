// Whether a value (a select's choice, a URL parameter, a key of the server's answer) is one of
// the values @chorus/core lists.
import {
  CONTENT_ACTIONS,
  CONTENT_KINDS,
  CONTENT_STATUSES,
  SHARE_NETWORKS,
  type ContentAction,
  type ContentKind,
  type ContentStatus,
  type ShareNetwork,
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

export function isShareNetwork(value: unknown): value is ShareNetwork {
  return typeof value === 'string' && (SHARE_NETWORKS as readonly string[]).includes(value);
}
