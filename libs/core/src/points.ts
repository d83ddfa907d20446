import { localDate, startOfLocalDay } from './time-zone';

/**
 * Points: recognition derived from facts Chorus already counts, never a running balance. Each
 * rule has one written definition (the catalogue's `points:rules.<rule>`), shown in the portal.
 * Admins may change values and turn rules off; a change applies from its moment on, so every
 * award is worked out with the rules in force when its fact happened.
 */
export const POINT_RULES = [
  'share',
  'ownWords',
  'verified',
  'clicks',
  'suggestion',
  'training',
] as const;
export type PointRuleName = (typeof POINT_RULES)[number];

export function isPointRuleName(value: unknown): value is PointRuleName {
  return typeof value === 'string' && (POINT_RULES as readonly string[]).includes(value);
}

export interface PointRule {
  enabled: boolean;
  points: number;
}

/** Human clicks earn `points` per `per` clicks, at most `max` points per counted item. */
export interface ClickPointRule extends PointRule {
  per: number;
  max: number;
}

export interface PointRules {
  /** A counted share (the first share of an item, within the day's cap). */
  share: PointRule;
  /** The counted share's text is the person's own (they changed the suggested post). */
  ownWords: PointRule;
  /** The item's share was verified (crawler fetch or a human click), once per item. */
  verified: PointRule;
  clicks: ClickPointRule;
  /** A page the person suggested became content (the credited item was approved). */
  suggestion: PointRule;
  /** A training stage passed, first pass only. */
  training: PointRule;
  /** Counted shares per person per organisation day; shares beyond it earn nothing. */
  dailyShareCap: number;
}

/** The rules of the issue: share 1, own words +1, verified +2, +1 per 10 clicks up to 10, ... */
export const DEFAULT_POINT_RULES: PointRules = {
  share: { enabled: true, points: 1 },
  ownWords: { enabled: true, points: 1 },
  verified: { enabled: true, points: 2 },
  clicks: { enabled: true, points: 1, per: 10, max: 10 },
  suggestion: { enabled: true, points: 5 },
  training: { enabled: true, points: 5 },
  dailyShareCap: 3,
};

/** What an admin may set (both ends included). */
export const POINT_RULE_LIMITS = {
  points: { min: 0, max: 100 },
  per: { min: 1, max: 10_000 },
  max: { min: 1, max: 1_000 },
  dailyShareCap: { min: 1, max: 50 },
} as const;

/**
 * A set of rules in one line, for the audit log: `share 1 · ownWords off · clicks 1/10 max 10 ·
 * … · cap 3`.
 */
export function describePointRules(rules: PointRules): string {
  const parts = POINT_RULES.map((name) => {
    const rule = rules[name];
    if (!rule.enabled) return `${name} off`;
    if (name === 'clicks')
      return `clicks ${rules.clicks.points}/${rules.clicks.per} max ${rules.clicks.max}`;
    return `${name} ${rule.points}`;
  });
  return [...parts, `cap ${rules.dailyShareCap}`].join(' · ');
}

/** A set of rules and the moment it took effect. */
export interface PointRuleVersion {
  from: Date;
  rules: PointRules;
}

function inRange(value: unknown, limits: { min: number; max: number }): value is number {
  return (
    Number.isInteger(value) && (value as number) >= limits.min && (value as number) <= limits.max
  );
}

/** What is wrong with a set of rules (field paths), empty when it can be saved. */
export function pointRulesProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['rules'];
  const rules = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const name of POINT_RULES) {
    const rule = rules[name] as Record<string, unknown> | undefined;
    if (typeof rule !== 'object' || rule === null) {
      problems.push(name);
      continue;
    }
    if (typeof rule.enabled !== 'boolean') problems.push(`${name}.enabled`);
    if (!inRange(rule.points, POINT_RULE_LIMITS.points)) problems.push(`${name}.points`);
    if (name === 'clicks') {
      if (!inRange(rule.per, POINT_RULE_LIMITS.per)) problems.push('clicks.per');
      if (!inRange(rule.max, POINT_RULE_LIMITS.max)) problems.push('clicks.max');
    }
  }
  if (!inRange(rules.dailyShareCap, POINT_RULE_LIMITS.dailyShareCap)) {
    problems.push('dailyShareCap');
  }
  return problems;
}

/**
 * Stored rules read back: whatever a stored version lacks (a rule added in a later release)
 * is the default, so old versions keep working.
 */
export function normalizePointRules(value: unknown): PointRules {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<PointRules>;
  const rules = structuredClone(DEFAULT_POINT_RULES);
  for (const name of POINT_RULES) {
    const rule = stored[name] as Partial<ClickPointRule> | undefined;
    if (!rule || typeof rule !== 'object') continue;
    const target = rules[name] as ClickPointRule;
    if (typeof rule.enabled === 'boolean') target.enabled = rule.enabled;
    if (inRange(rule.points, POINT_RULE_LIMITS.points)) target.points = rule.points;
    if (name === 'clicks') {
      if (inRange(rule.per, POINT_RULE_LIMITS.per)) target.per = rule.per;
      if (inRange(rule.max, POINT_RULE_LIMITS.max)) target.max = rule.max;
    }
  }
  if (inRange(stored.dailyShareCap, POINT_RULE_LIMITS.dailyShareCap)) {
    rules.dailyShareCap = stored.dailyShareCap;
  }
  return rules;
}

/** One of a person's shares, as points read it. */
export interface PointShareFact {
  itemId: string;
  /** The organisation day it was made on (as stored with the share). */
  day: string;
  at: Date;
  /** The person changed the suggested text: their own words. */
  edited: boolean;
  verifiedAt: Date | null;
  /** Human clicks per organisation day (self-clicks and bots excluded at the source). */
  clicks: { day: string; clicks: number }[];
}

/** Everything one person's points and badges are derived from. */
export interface RecognitionFacts {
  shares: PointShareFact[];
  /** Each stage's first passed attempt. */
  trainingPasses: { stage: number; at: Date }[];
  /** Items credited to the person's suggestion, with when they were approved. */
  approvedSuggestions: { itemId: string; at: Date }[];
}

export interface PointAward {
  rule: PointRuleName;
  /** The organisation day the award belongs to (the fact's day). */
  day: string;
  at: Date;
  points: number;
  itemId?: string;
  stage?: number;
}

/** The rules in force at a moment: the latest version from before it, else the defaults. */
export function pointRulesAt(versions: readonly PointRuleVersion[], at: Date): PointRules {
  let found: PointRules = DEFAULT_POINT_RULES;
  let since = -Infinity;
  for (const version of versions) {
    const from = version.from.getTime();
    if (from <= at.getTime() && from >= since) {
      found = version.rules;
      since = from;
    }
  }
  return found;
}

interface ItemGroup {
  itemId: string;
  /** The shares that count towards it: the counted one and later ones on other networks. */
  shares: PointShareFact[];
}

/**
 * A person's shares grouped per item, with the caps applied: in the order made, the first
 * share of an item counts when the day (organisation day) has room under the cap in force
 * then; later shares of a counted item join it (another network: no cap used, no share
 * points); a share of an uncounted item on a full day earns nothing at all.
 */
function countedItems(
  shares: readonly PointShareFact[],
  versions: readonly PointRuleVersion[],
): { counted: PointShareFact[]; groups: ItemGroup[] } {
  const ordered = [...shares].sort((a, b) => a.at.getTime() - b.at.getTime());
  const groups = new Map<string, ItemGroup>();
  const perDay = new Map<string, number>();
  const counted: PointShareFact[] = [];
  for (const share of ordered) {
    const group = groups.get(share.itemId);
    if (group) {
      group.shares.push(share);
      continue;
    }
    const used = perDay.get(share.day) ?? 0;
    if (used >= pointRulesAt(versions, share.at).dailyShareCap) continue;
    perDay.set(share.day, used + 1);
    counted.push(share);
    groups.set(share.itemId, { itemId: share.itemId, shares: [share] });
  }
  return { counted, groups: [...groups.values()] };
}

/** Days' first instants, shared by every recount: a few thousand days at most in practice. */
const dayStarts = new Map<string, number>();

/** A click day's moment (its rules are those in force then): when that organisation day began. */
function clickDayMoment(day: string, timeZone: string): Date {
  const key = `${timeZone} ${day}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    if (dayStarts.size >= 20_000) dayStarts.clear();
    start = startOfLocalDay(day, timeZone);
    dayStarts.set(key, start);
  }
  return new Date(start);
}

function clickAwards(
  group: ItemGroup,
  versions: readonly PointRuleVersion[],
  timeZone: string,
): PointAward[] {
  const perDay = new Map<string, number>();
  for (const share of group.shares) {
    for (const { day, clicks } of share.clicks) perDay.set(day, (perDay.get(day) ?? 0) + clicks);
  }
  const awards: PointAward[] = [];
  let total = 0;
  let consumed = 0;
  let earned = 0;
  for (const day of [...perDay.keys()].sort()) {
    total += perDay.get(day)!;
    const at = clickDayMoment(day, timeZone);
    const rule = pointRulesAt(versions, at).clicks;
    // Clicks are used up by the rule in force as they come: a rule turned off does not pay
    // later for what it missed, and a changed `per` applies to clicks from then on.
    if (!rule.enabled) {
      consumed = total;
      continue;
    }
    const units = Math.floor((total - consumed) / rule.per);
    consumed += units * rule.per;
    const points = Math.min(units * rule.points, Math.max(0, rule.max - earned));
    if (points <= 0) continue;
    earned += points;
    awards.push({ rule: 'clicks', day, at, points, itemId: group.itemId });
  }
  return awards;
}

function award(
  rule: PointRule,
  name: PointRuleName,
  day: string,
  at: Date,
  extra: Pick<PointAward, 'itemId' | 'stage'>,
): PointAward[] {
  return rule.enabled && rule.points > 0
    ? [{ rule: name, day, at, points: rule.points, ...extra }]
    : [];
}

/**
 * A person's point awards from their facts: each award uses the rules in force at its fact's
 * moment (the share made, verified, the day clicks crossed a multiple of `per`, the quiz
 * passed, the suggested item approved). Days are the organisation's calendar days.
 */
export function pointAwards(
  facts: RecognitionFacts,
  versions: readonly PointRuleVersion[],
  timeZone = 'UTC',
): PointAward[] {
  const awards: PointAward[] = [];
  const { counted, groups } = countedItems(facts.shares, versions);
  for (const share of counted) {
    const rules = pointRulesAt(versions, share.at);
    awards.push(...award(rules.share, 'share', share.day, share.at, { itemId: share.itemId }));
    if (share.edited) {
      awards.push(
        ...award(rules.ownWords, 'ownWords', share.day, share.at, { itemId: share.itemId }),
      );
    }
  }
  for (const group of groups) {
    const verified = group.shares
      .map((share) => share.verifiedAt)
      .filter((at): at is Date => at !== null)
      .sort((a, b) => a.getTime() - b.getTime())[0];
    if (verified) {
      const rules = pointRulesAt(versions, verified);
      const day = localDate(verified.getTime(), timeZone);
      awards.push(...award(rules.verified, 'verified', day, verified, { itemId: group.itemId }));
    }
    awards.push(...clickAwards(group, versions, timeZone));
  }
  const passed = new Map<number, Date>();
  for (const pass of facts.trainingPasses) {
    const first = passed.get(pass.stage);
    if (!first || pass.at < first) passed.set(pass.stage, pass.at);
  }
  for (const [stage, at] of passed) {
    const rules = pointRulesAt(versions, at);
    awards.push(
      ...award(rules.training, 'training', localDate(at.getTime(), timeZone), at, { stage }),
    );
  }
  const suggested = new Set<string>();
  for (const { itemId, at } of facts.approvedSuggestions) {
    if (suggested.has(itemId)) continue;
    suggested.add(itemId);
    const rules = pointRulesAt(versions, at);
    awards.push(
      ...award(rules.suggestion, 'suggestion', localDate(at.getTime(), timeZone), at, { itemId }),
    );
  }
  return awards.sort((a, b) => a.at.getTime() - b.at.getTime() || a.rule.localeCompare(b.rule));
}

/** The sum of awards per month (first day of the month), as leaderboards read them. */
export function pointsPerMonth(awards: readonly PointAward[]): Map<string, number> {
  const months = new Map<string, number>();
  for (const { day, points } of awards) {
    const month = `${day.slice(0, 7)}-01`;
    months.set(month, (months.get(month) ?? 0) + points);
  }
  return months;
}
