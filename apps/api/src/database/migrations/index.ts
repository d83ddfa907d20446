import { AccountsAndSessions1763798400000 } from './1763798400000-accounts-and-sessions';
import { PeopleAndAccess1763884800000 } from './1763884800000-people-and-access';
import { ContentCuration1763971200000 } from './1763971200000-content-curation';
import { ContentSources1764057600000 } from './1764057600000-content-sources';
import { ContentDuplicates1764144000000 } from './1764144000000-content-duplicates';
import { PolicyTrainingGuardrails1764230400000 } from './1764230400000-policy-training-guardrails';
import { SharingAndTracking1764316800000 } from './1764316800000-sharing-and-tracking';
import { ClickRollups1764403200000 } from './1764403200000-click-rollups';
import { ClickEventIds1764489600000 } from './1764489600000-click-event-ids';
import { ContentUrlFragments1764496800000 } from './1764496800000-content-url-fragments';
import { ContentThumbnails1764504000000 } from './1764504000000-content-thumbnails';
import { SharedDefinitionsAsViews1764510600000 } from './1764510600000-shared-definitions-as-views';
import { Languages1764518400000 } from './1764518400000-languages';
import { PolicyTranslations1764522000000 } from './1764522000000-policy-translations';
import { TrainingTranslations1764525600000 } from './1764525600000-training-translations';
import { TranslatedTopicsAndNotes1764529200000 } from './1764529200000-translated-topics-and-notes';
import { OutboxHtmlParts1764532800000 } from './1764532800000-outbox-html-parts';
import { MailQueue1764540000000 } from './1764540000000-mail-queue';
import { Notifications1764543600000 } from './1764543600000-notifications';
import { ShareSources1764547200000 } from './1764547200000-share-sources';
import { ChatChannels1764550800000 } from './1764550800000-chat-channels';
import { Digests1764558000000 } from './1764558000000-digests';
import { Reminders1764561600000 } from './1764561600000-reminders';
import { NotificationEvents1764565200000 } from './1764565200000-notification-events';
import { ThreadsMastodon1764568800000 } from './1764568800000-threads-mastodon';
import { PageSuggestions1764572400000 } from './1764572400000-page-suggestions';
import { Points1764576000000 } from './1764576000000-points';
import { SelfClicks1764579600000 } from './1764579600000-self-clicks';
import { LeaderboardOptIn1764583200000 } from './1764583200000-leaderboard-opt-in';
import { Challenges1764586800000 } from './1764586800000-challenges';
import { SuggestionDecisions1764590400000 } from './1764590400000-suggestion-decisions';

/** Every migration, oldest first. Start-up runs the pending ones. */
export const MIGRATIONS = [
  AccountsAndSessions1763798400000,
  PeopleAndAccess1763884800000,
  ContentCuration1763971200000,
  ContentSources1764057600000,
  ContentDuplicates1764144000000,
  PolicyTrainingGuardrails1764230400000,
  SharingAndTracking1764316800000,
  ClickRollups1764403200000,
  ClickEventIds1764489600000,
  ContentUrlFragments1764496800000,
  ContentThumbnails1764504000000,
  SharedDefinitionsAsViews1764510600000,
  Languages1764518400000,
  PolicyTranslations1764522000000,
  TrainingTranslations1764525600000,
  TranslatedTopicsAndNotes1764529200000,
  OutboxHtmlParts1764532800000,
  MailQueue1764540000000,
  Notifications1764543600000,
  ShareSources1764547200000,
  ChatChannels1764550800000,
  Digests1764558000000,
  Reminders1764561600000,
  NotificationEvents1764565200000,
  ThreadsMastodon1764568800000,
  PageSuggestions1764572400000,
  Points1764576000000,
  SelfClicks1764579600000,
  LeaderboardOptIn1764583200000,
  Challenges1764586800000,
  SuggestionDecisions1764590400000,
];
