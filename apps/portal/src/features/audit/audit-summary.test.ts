import {
  AUDIT_DETAILS,
  AUDIT_DETAIL_KEYS,
  type AuditSummary,
  type AuditValueKind,
  type UiLanguage,
} from '@chorus/core';
import { createI18n } from '../../i18n';
import { ALL_TRANSLATIONS } from '../../test/translations';
import { describeSummary } from './audit-summary';
import type { Reader } from './audit-values';

const reader = (language: UiLanguage): Reader => ({
  t: createI18n(language, { loaded: ALL_TRANSLATIONS }).t,
  language,
});
const english = reader('en');
const dutch = reader('nl');
const french = reader('fr');
const greek = reader('el');

const describe_ = (summary: AuditSummary | Record<string, unknown> | null, who = english) =>
  describeSummary(summary, who);

/** One value of each kind the API records, and how an English reader sees it. */
const SAMPLES: Record<AuditValueKind, [value: unknown, words: string | RegExp]> = {
  text: ['Spring launch', 'Spring launch'],
  code: ['spring-launch-2026', 'spring-launch-2026'],
  count: [1200, '1,200'],
  number: [3, '3'],
  yesNo: [true, 'yes'],
  date: ['2026-03-01T12:00:00.000Z', /^Mar 1, 2026, \d{1,2}:\d{2}\s[AP]M$/],
  minutes: [15, '15 minutes'],
  months: [1, '1 month'],
  percent: [80, '80%'],
  role: ['curator', 'Curator'],
  userStatus: ['deactivated', 'Deactivated'],
  contentStatus: ['in_review', 'In review'],
  kind: ['company_news', 'Company news'],
  language: ['de', 'German'],
  network: ['linkedin', 'LinkedIn'],
  stage: [2, 'Stage 2'],
  restrictedTermCategory: ['competitor', 'Competitor'],
  severity: ['block', 'Block sharing'],
  signInLimit: ['account-anywhere', 'This account, from any device'],
  origin: ['import', 'People import'],
  advocateNames: ['initials', 'Initials only'],
  currency: ['EUR', 'Euro (EUR)'],
  timeZone: ['Europe/Amsterdam', 'Central European Time (Europe/Amsterdam)'],
  costPerClick: [{ linkedin: 1.5, x: 0.25 }, 'LinkedIn 1.50, X 0.25'],
};

describe('describeSummary', () => {
  describe.each(AUDIT_DETAIL_KEYS)('the detail %s', (key) => {
    const [value, words] = SAMPLES[AUDIT_DETAILS[key]];

    it('reads as a label and its value in words', () => {
      const [line] = describe_({ [key]: value });
      const [label, shown] = line!.split(': ');
      expect(label).not.toBe(key);
      expect(label).not.toMatch(/audit\./);
      if (typeof words === 'string') expect(shown).toBe(words);
      else expect(shown).toMatch(words);
    });

    it('has a Dutch label of its own', () => {
      const [englishLabel] = describe_({ [key]: null })[0]!.split(': ');
      const [dutchLabel] = describe_({ [key]: null }, dutch)[0]!.split(': ');
      expect(dutchLabel).not.toBe(key);
      expect(dutchLabel).not.toMatch(/audit\./);
      expect(dutchLabel === englishLabel).toBe(['status', 'slug', 'term'].includes(key));
    });
  });

  it('describes each changed field as before → after', () => {
    expect(
      describe_({
        before: { name: 'Alan', department: null, language: 'en' },
        after: { name: 'Alan Turing', department: 'Research', language: 'de' },
      }),
    ).toEqual([
      'Name: Alan → Alan Turing',
      'Department: none → Research',
      'Language: English → German',
    ]);
  });

  it('translates statuses and roles', () => {
    expect(describe_({ before: { status: 'active' }, after: { status: 'deactivated' } })).toEqual([
      'Status: Active → Deactivated',
    ]);
    expect(describe_({ roles: ['employee', 'admin'] })).toEqual(['Roles: Employee, Admin']);
  });

  it('reads a review step as one change of status, with its reason', () => {
    expect(describe_({ from: 'in_review', to: 'draft', reason: 'Off brand' })).toEqual([
      'Status: In review → Draft',
      'Reason: Off brand',
    ]);
    expect(describe_({ from: 'draft', to: 'in_review' }, dutch)).toEqual([
      'Status: Concept → Ter beoordeling',
    ]);
  });

  it('keeps the feed a content item came from as an address', () => {
    expect(describe_({ kind: 'event', from: 'https://blog.example/feed' })).toEqual([
      'Type: Event',
      'From: https://blog.example/feed',
    ]);
  });

  it('puts a settings change in the words of the settings page', () => {
    expect(
      describe_({
        before: {
          enabledNetworks: ['linkedin', 'x'],
          shareRequiresStage: 1,
          fourEyesApproval: true,
        },
        after: { enabledNetworks: ['linkedin'], shareRequiresStage: 0, fourEyesApproval: false },
      }),
    ).toEqual([
      'Networks offered to employees: LinkedIn, X → LinkedIn',
      'Training stage needed to share: Stage 1 → No training needed',
      'Four-eyes approval: yes → no',
    ]);
    expect(
      describe_(
        {
          before: { clickRetentionMonths: 13, costPerClick: {} },
          after: { clickRetentionMonths: 1, costPerClick: { linkedin: 2 } },
        },
        dutch,
      ),
    ).toEqual([
      'Klikgebeurtenissen bewaren: 13 maanden → 1 maand',
      'Prijs per klik: geen → LinkedIn 2,00',
    ]);
  });

  it('lists what was added or removed without an empty side', () => {
    expect(
      describe_({
        after: { version: 4, title: 'Social media policy', requiresAcknowledgment: true },
      }),
    ).toEqual(['Version: 4', 'Title: Social media policy', 'Must be acknowledged again: yes']);
    expect(
      describe_({
        before: { term: 'Project X', category: 'confidential', severity: 'warn', note: null },
      }),
    ).toEqual(['Term: Project X', 'Category: Confidential', 'Severity: Warn only', 'Note: none']);
  });

  it('reads numbers, dates and languages in the reader’s locale', () => {
    expect(describe_({ items: 1200, targetLanguages: ['nl', 'fr'] }, dutch)).toEqual([
      'Contentitems: 1.200',
      'Doeltalen: Nederlands, Frans',
    ]);
    const [publishAt] = describe_({ publishAt: '2026-03-01T12:00:00.000Z' }, dutch);
    expect(publishAt).toMatch(/^Publiceren op: 1 mrt 2026/);
  });

  it('names the sign-in limit and the window it counts in', () => {
    expect(
      describe_({ failures: 10, windowMinutes: 15, limit: 'account', client: '3f9a1c' }),
    ).toEqual([
      'Failed attempts: 10',
      'Within: 15 minutes',
      'Limit reached: This account, from one device',
      'Device fingerprint: 3f9a1c',
    ]);
  });

  it('still reads the import counts older entries hold', () => {
    expect(describe_({ created: 2, invited: 2, newDepartments: [] })).toEqual([
      'New people: 2',
      'Invitations sent: 2',
      'New departments: none',
    ]);
  });

  it('joins label and value as the reader’s language does', () => {
    expect(describe_({ roles: ['curator'] }, french)).toEqual(['Rôles\u00a0: Curateur']);
    expect(describe_({ from: 'draft', to: 'in_review' }, french)).toEqual([
      'Statut\u00a0: Brouillon → En relecture',
    ]);
    expect(
      describe_({ before: { roles: ['employee'] }, after: { roles: ['admin'] } }, greek),
    ).toEqual(['Ρόλοι: Εργαζόμενος → Διαχειριστής']);
  });

  it('names a time zone in the reader’s language, keeping the zone an admin chose', () => {
    expect(
      describe_({ before: { timeZone: 'UTC' }, after: { timeZone: 'Europe/Amsterdam' } }, dutch),
    ).toEqual(['Tijdzone: UTC → Midden-Europese tijd (Europe/Amsterdam)']);
    expect(describe_({ timeZone: 'Europe/Athens' }, greek)).toEqual([
      'Ζώνη ώρας: Ώρα Ανατολικής Ευρώπης (Europe/Athens)',
    ]);
    expect(describe_({ timeZone: 'Mars/Olympus_Mons' })).toEqual(['Time zone: Mars/Olympus_Mons']);
  });

  it('has nothing to say without a summary', () => {
    expect(describe_(null)).toEqual([]);
  });
});
