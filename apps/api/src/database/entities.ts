import { AccountToken } from '../accounts/entities/account-token.entity';
import { AuditEntry } from '../audit/entities/audit-entry.entity';
import { LoginFailure } from '../auth/entities/login-failure.entity';
import { Session } from '../auth/entities/session.entity';
import { OrgGroup } from '../groups/entities/org-group.entity';
import { OutboxMessage } from '../mail/entities/outbox-message.entity';
import { SocialProfile } from '../profile/entities/social-profile.entity';
import { User } from '../users/entities/user.entity';

/** Every entity of the schema; the migrations and the drift check are measured against this list. */
export const ENTITIES = [
  User,
  Session,
  LoginFailure,
  OrgGroup,
  AuditEntry,
  OutboxMessage,
  AccountToken,
  SocialProfile,
];
