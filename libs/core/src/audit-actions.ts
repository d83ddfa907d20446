/** Every kind of audit entry Chorus writes. The portal offers them as a filter. */
export const AUDIT_ACTIONS = [
  'auth.sign_in_throttled',
  'auth.password_reset',
  'person.invited',
  'person.invitation_accepted',
  'person.updated',
  'person.roles_changed',
  'person.deactivated',
  'person.reactivated',
  'person.sso_provisioned',
  'person.sso_linked',
  'person.deleted_own_account',
  'people.imported',
  'group.created',
  'group.renamed',
  'group.deleted',
  'settings.changed',
  'topic.created',
  'topic.renamed',
  'topic.deleted',
  'campaign.created',
  'campaign.updated',
  'campaign.deleted',
  'content.created',
  'content.updated',
  'content.submitted',
  'content.approved',
  'content.rejected',
  'content.archived',
  'content.variant_saved',
  'content.variant_deleted',
  'source.created',
  'source.updated',
  'source.deleted',
  'source.entry_promoted',
  'source.entry_dismissed',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value);
}
