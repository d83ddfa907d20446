/**
 * What kind of value an audit detail holds, so a reader sees it in words: a role as "Curator",
 * a content status as "In review", a date in their own locale.
 */
export type AuditValueKind =
  /** Written by a person or taken from a page: shown as it is (a name, a title, an address). */
  | 'text'
  /** An identifier or code that has no words of its own (a slug, an id, a client fingerprint). */
  | 'code'
  | 'count'
  | 'number'
  | 'yesNo'
  /** An ISO 8601 moment. */
  | 'date'
  | 'minutes'
  | 'months'
  /** A whole percentage, 1 to 100. */
  | 'percent'
  | 'role'
  | 'userStatus'
  | 'contentStatus'
  /** A group kind (department, location) or a content kind (company news, event...). */
  | 'kind'
  /** An ISO 639-1 language code. */
  | 'language'
  /** A share network id, or "any" for a post that suits every network. */
  | 'network'
  /** A training stage; 0 means none. */
  | 'stage'
  | 'restrictedTermCategory'
  | 'severity'
  /** Which sign-in limit held attempts back (account, client, account-anywhere). */
  | 'signInLimit'
  /** How a change came about other than by hand ("import"). */
  | 'origin'
  /** How top advocates are named (full, initials). */
  | 'advocateNames'
  /** An ISO 4217 currency code. */
  | 'currency'
  /** An IANA time zone name (Europe/Amsterdam). */
  | 'timeZone'
  /** Networks to what one click from each is worth. */
  | 'costPerClick';

/**
 * Every detail an audit entry's summary can hold, with the kind of its value. The API's audit
 * entries are typed by these keys, and the portal has a label for each: a new detail is added
 * here, and the portal's tests then ask for its words.
 */
export const AUDIT_DETAILS = {
  // People and their accounts
  name: 'text',
  roles: 'role',
  department: 'text',
  departmentId: 'code',
  location: 'text',
  language: 'language',
  status: 'userStatus',
  resent: 'yesNo',
  by: 'origin',
  issuer: 'text',
  // People imports
  created: 'count',
  updated: 'count',
  unchanged: 'count',
  invitations: 'yesNo',
  newDepartments: 'text',
  newLocations: 'text',
  // Sign-in limits
  failures: 'count',
  windowMinutes: 'minutes',
  limit: 'signInLimit',
  client: 'code',
  // Groups, topics and campaigns
  kind: 'kind',
  members: 'count',
  items: 'count',
  /** A topic's names or a term's notes in other languages, as "Dansk: Klima · Svenska: Klimat". */
  translations: 'text',
  slug: 'code',
  description: 'text',
  startsAt: 'date',
  endsAt: 'date',
  // Challenges: what one counts, how many it aims for, how many it reached
  metric: 'code',
  goal: 'count',
  result: 'count',
  // Content
  title: 'text',
  summary: 'text',
  imageUrl: 'text',
  siteName: 'text',
  topics: 'text',
  campaign: 'text',
  targets: 'text',
  targetLanguages: 'language',
  publishAt: 'date',
  expiresAt: 'date',
  pinned: 'yesNo',
  /** A review step's status before and after; `from` is also the feed an item was promoted from. */
  from: 'contentStatus',
  to: 'contentStatus',
  reason: 'text',
  network: 'network',
  text: 'text',
  // Feeds and people's suggestions
  pollIntervalMinutes: 'minutes',
  itemId: 'code',
  /**
   * The person who suggested the page an item was promoted from: their name then, and their id,
   * by which both are forgotten when they delete their account.
   */
  suggestedBy: 'text',
  suggestedById: 'code',
  // Guardrails and policy
  term: 'text',
  category: 'restrictedTermCategory',
  severity: 'severity',
  note: 'text',
  version: 'number',
  requiresAcknowledgment: 'yesNo',
  /** A policy version's main language, and every language it has a text in. */
  mainLanguage: 'language',
  languages: 'language',
  changeSummary: 'text',
  /** How long a policy text is, in characters (the text itself is on file with its version). */
  bodyLength: 'count',
  // Training
  passMark: 'percent',
  // Organisation settings
  organisationName: 'text',
  fourEyesApproval: 'yesNo',
  shareRequiresStage: 'stage',
  editRequiresStage: 'stage',
  enabledNetworks: 'network',
  linkedinComposer: 'yesNo',
  timeZone: 'timeZone',
  clickRetentionMonths: 'months',
  reminderInactiveDays: 'count',
  advocateNames: 'advocateNames',
  costPerClick: 'costPerClick',
  currency: 'currency',
  /** Channels by notification kind (`app`, `email`, `off`). */
  notificationDefaults: 'code',
  notificationsOff: 'code',
  // Points
  /** The point rules in one line (see describePointRules). */
  pointRules: 'code',
  /** When a change takes effect. */
  effectiveFrom: 'date',
} as const satisfies Record<string, AuditValueKind>;

export type AuditDetail = keyof typeof AUDIT_DETAILS;

export const AUDIT_DETAIL_KEYS = Object.keys(AUDIT_DETAILS) as AuditDetail[];

export function isAuditDetail(key: string): key is AuditDetail {
  return Object.hasOwn(AUDIT_DETAILS, key);
}

/** Details of an entry, or of what a change was before or after. */
export type AuditDetails = { [K in AuditDetail]?: unknown };

/** An audit entry's summary: details, and for an edit what the changed fields were and are. */
export type AuditSummary = AuditDetails & { before?: AuditDetails; after?: AuditDetails };
