import { Enrollment } from '../advocacy/entities/enrollment.entity';
import { Escalation } from '../escalations/entities/escalation.entity';
import { EscalationEvent } from '../escalations/entities/escalation-event.entity';
import { RestrictedTerm } from '../guardrails/entities/restricted-term.entity';
import { PolicyAcknowledgment } from '../policy/entities/policy-acknowledgment.entity';
import { PolicyVersion } from '../policy/entities/policy-version.entity';
import { PolicyVersionText } from '../policy/entities/policy-version-text.entity';
import { LessonRead } from '../training/entities/lesson-read.entity';
import { QuizAttempt } from '../training/entities/quiz-attempt.entity';
import {
  QuizQuestionTranslation,
  TrainingLessonTranslation,
  TrainingStageTranslation,
} from '../training/entities/training-translations.entity';
import { QuizQuestion } from '../training/entities/quiz-question.entity';
import { TrainingLesson } from '../training/entities/training-lesson.entity';
import { TrainingStage } from '../training/entities/training-stage.entity';
import { Digest } from '../digest/entities/digest.entity';
import { ContentRevision } from '../feed/entities/content-revision.entity';
import { TopicFollow } from '../feed/entities/topic-follow.entity';
import { NewContentAnnouncement } from '../feed/entities/new-content-announcement.entity';
import { Share } from '../sharing/entities/share.entity';
import { ClickEvent } from '../tracking/entities/click-event.entity';
import { RecentVisitor } from '../tracking/entities/recent-visitor.entity';
import { ItemClickDay } from '../tracking/entities/item-click-day.entity';
import { ItemClickMonth } from '../tracking/entities/item-click-month.entity';
import { ShareClickDay } from '../tracking/entities/share-click-day.entity';
import { ShareClickMonth } from '../tracking/entities/share-click-month.entity';
import { VisitorSalt } from '../tracking/entities/visitor-salt.entity';
import { AccountToken } from '../accounts/entities/account-token.entity';
import { AuditEntry } from '../audit/entities/audit-entry.entity';
import { Campaign } from '../campaigns/entities/campaign.entity';
import { Challenge } from '../challenges/entities/challenge.entity';
import { ContentItem } from '../content/entities/content-item.entity';
import { ContentThumbnail } from '../content/entities/content-thumbnail.entity';
import { ContentVariant } from '../content/entities/content-variant.entity';
import { LoginFailure } from '../auth/entities/login-failure.entity';
import { Session } from '../auth/entities/session.entity';
import { OrgGroup } from '../groups/entities/org-group.entity';
import { MailDelivery } from '../mail/entities/mail-delivery.entity';
import { MailSendSlot } from '../mail/entities/mail-send-slot.entity';
import { OutboxMessage } from '../mail/entities/outbox-message.entity';
import { Notification } from '../notifications/entities/notification.entity';
import { NotificationPreferences } from '../notifications/entities/notification-preferences.entity';
import { SocialProfile } from '../profile/entities/social-profile.entity';
import { Setting } from '../settings/entities/setting.entity';
import { ContentSource } from '../sources/entities/content-source.entity';
import { SourceEntry } from '../sources/entities/source-entry.entity';
import { Topic } from '../topics/entities/topic.entity';
import { User } from '../users/entities/user.entity';
import { ReminderSent } from '../reminders/entities/reminder-sent.entity';
import { ChatChannel } from '../channels/entities/chat-channel.entity';
import { BadgeAward } from '../points/entities/badge-award.entity';
import { PointAwardRow } from '../points/entities/point-award.entity';
import { PointMonth } from '../points/entities/point-month.entity';
import { PointRuleVersionRow } from '../points/entities/point-rule-version.entity';
import { PointsStale } from '../points/entities/points-stale.entity';

/** Every entity of the schema; the migrations and the drift check are measured against this list. */
export const ENTITIES = [
  User,
  Session,
  LoginFailure,
  OrgGroup,
  AuditEntry,
  OutboxMessage,
  MailDelivery,
  MailSendSlot,
  AccountToken,
  SocialProfile,
  Setting,
  Topic,
  Campaign,
  ContentItem,
  ContentVariant,
  ContentThumbnail,
  ContentSource,
  SourceEntry,
  RestrictedTerm,
  Enrollment,
  PolicyVersion,
  PolicyVersionText,
  PolicyAcknowledgment,
  TrainingStage,
  TrainingLesson,
  QuizQuestion,
  LessonRead,
  QuizAttempt,
  TrainingStageTranslation,
  TrainingLessonTranslation,
  QuizQuestionTranslation,
  Escalation,
  EscalationEvent,
  TopicFollow,
  NewContentAnnouncement,
  ContentRevision,
  Share,
  ClickEvent,
  ShareClickDay,
  ShareClickMonth,
  ItemClickDay,
  ItemClickMonth,
  RecentVisitor,
  VisitorSalt,
  Notification,
  NotificationPreferences,
  ReminderSent,
  ChatChannel,
  Digest,
  PointRuleVersionRow,
  PointAwardRow,
  PointMonth,
  BadgeAward,
  PointsStale,
  Challenge,
];
