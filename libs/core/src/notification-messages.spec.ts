import { renderMessage } from './messages';
import { notificationMessageKey, notificationMessageParams } from './notification-messages';
import { NOTIFICATION_KINDS, type NotificationKind } from './notifications';

const say = (
  language: string,
  kind: NotificationKind,
  params: Record<string, string | number>,
): string =>
  renderMessage(language, notificationMessageKey(kind), notificationMessageParams(kind, params));

describe('notification messages', () => {
  it('have a sentence for every kind', () => {
    for (const kind of NOTIFICATION_KINDS) {
      expect(say('en', kind, {})).not.toBe(notificationMessageKey(kind));
    }
  });

  it('say whether an item was approved or rejected, with the reason when there is one', () => {
    const title = 'Spring launch';
    expect(say('en', 'content.decided', { title, decision: 'approved', reason: '' })).toBe(
      '“Spring launch” was approved',
    );
    expect(say('en', 'content.decided', { title, decision: 'rejected', reason: '' })).toBe(
      '“Spring launch” was rejected',
    );
    expect(
      say('da', 'content.decided', { title, decision: 'rejected', reason: 'Mangler kilde' }),
    ).toBe('“Spring launch” er afvist: Mangler kilde');
  });

  it('tell a suggester whether their page was approved, or declined and why', () => {
    const title = 'Our new plant';
    expect(say('en', 'suggestion.decided', { title, outcome: 'approved', reason: '' })).toBe(
      '“Our new plant”, the page you suggested, was approved for sharing',
    );
    expect(
      say('en', 'suggestion.decided', { title, outcome: 'declined', reason: ' Old news. ' }),
    ).toBe('The curators decided not to use the page you suggested, “Our new plant”: Old news.');
    expect(say('nb', 'suggestion.decided', { title, outcome: 'declined', reason: '' })).toBe(
      'Kuratorene kommer ikke til å bruke siden du foreslo, «Our new plant»',
    );
  });

  it('say a challenge’s result against its target, and whether it was reached', () => {
    const title = 'Winter launch';
    expect(
      say('en', 'challenge.ended', { title, result: 1200, target: 1000, reached: 'yes' }),
    ).toBe('The challenge “Winter launch” has ended: 1,200 of 1,000, goal reached!');
    expect(say('fr', 'challenge.ended', { title, result: 80, target: 100, reached: 'no' })).toBe(
      'Le défi « Winter launch » est terminé : 80 sur 100, objectif non atteint',
    );
  });

  it('count days and failures in the plural form of the language', () => {
    expect(say('en', 'reminder.share', { days: 1 })).toMatch(/for 1 day:/);
    expect(say('en', 'reminder.share', { days: 14 })).toMatch(/for 14 days:/);
    expect(say('de', 'source.failing', { source: 'Blog', failures: 5 })).toBe(
      'Die Quelle „Blog“ ist 5-mal in Folge fehlgeschlagen',
    );
  });

  it('name the network of a report, or none for somewhere else', () => {
    expect(say('en', 'report.assigned', { network: 'linkedin' })).toBe(
      'A report of a comment on LinkedIn was assigned to you',
    );
    expect(say('en', 'report.assigned', { network: 'other' })).toBe(
      'A report of a comment was assigned to you',
    );
    expect(say('en', 'report.assigned', { network: 'xing' })).toBe(
      'A report of a comment on Xing was assigned to you',
    );
    // A stored code that is no network is "somewhere else", never a property of an object.
    expect(say('en', 'report.assigned', { network: 'constructor' })).toBe(
      'A report of a comment was assigned to you',
    );
  });

  it("say a report's new status", () => {
    expect(say('en', 'report.status', { status: 'resolved' })).toBe(
      'Your report of a comment was resolved',
    );
  });
});
