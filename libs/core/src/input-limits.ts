/**
 * How long or how many the fields people fill in may be: the API's DTOs check these, and the
 * portal's forms stop at the same numbers, so that one number is written once. A change here
 * changes both (and the OpenAPI document, through the plugin's metadata).
 */
export const INPUT_LIMITS = {
  topicName: 80,
  groupName: 120,
  campaignName: 120,
  campaignSlug: 80,
  campaignDescription: 2000,
  personName: 200,
  organisationName: 100,
  socialHandle: 200,
  signatureName: 200,
  contentTitle: 300,
  contentSummary: 1000,
  contentSiteName: 200,
  rejectionReason: 1000,
  suggestedPost: 5000,
  postText: 10_000,
  escalationExcerpt: 2000,
  escalationDescription: 2000,
  escalationNote: 4000,
  restrictedTerm: 100,
  restrictedTermNote: 500,
  policyTitle: 200,
  policyBody: 100_000,
  policyChangeSummary: 1000,
  stageTitle: 120,
  stageSummary: 500,
  lessonTitle: 200,
  lessonBody: 20_000,
  questionPrompt: 500,
  questionOption: 300,
  questionExplanation: 1000,
  questionOptionsMin: 2,
  questionOptionsMax: 6,
  passMarkMin: 1,
  passMarkMax: 100,
  pollIntervalMinutesMin: 5,
  pollIntervalMinutesMax: 1440,
  /** A page a person suggests: its title and why customers will care. */
  suggestionTitle: 500,
  suggestionNote: 500,
  /** Why the curators dismissed a person's suggestion, as the suggester reads it. */
  suggestionDeclineReason: 500,
  /** Rows of an analytics breakdown one request lists (its CSV has every row). */
  breakdownRows: 1000,
  /** The size of a people import file (CSV). */
  importFileBytes: 10 * 1_048_576,
} as const;

/** What a campaign slug looks like: it is the utm_campaign of every tracked link. */
export const CAMPAIGN_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
