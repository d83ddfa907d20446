import type { Role } from '@chorus/core';
import { vi } from 'vitest';
import type { Schemas } from '../../api/client';
import {
  makeAdvocates,
  makeBreakdown,
  makeSummary,
  makeTimeseries,
} from '../../test/analytics-factories';
import { makeCampaign, makeGroup, makeUser } from '../../test/factories';
import { json, mockApi, type RecordedRequest } from '../../test/untyped-mock-api';
import type {
  AnalyticsAdvocates,
  AnalyticsBreakdown,
  AnalyticsSummary,
  AnalyticsTimeseries,
} from './analytics-types';

export const SALES = makeGroup({ name: 'Sales', kind: 'department' });
export const UTRECHT = makeGroup({ name: 'Utrecht', kind: 'location' });
export const LAUNCH = makeCampaign({ name: 'Spring launch' });

interface Answers {
  roles?: Role[];
  summary?: AnalyticsSummary | ((request: RecordedRequest) => Response);
  timeseries?: AnalyticsTimeseries;
  /** By `by`: a breakdown, or one made for the request (its `sort` and `limit`). */
  breakdowns?: Partial<
    Record<string, AnalyticsBreakdown | ((request: RecordedRequest) => AnalyticsBreakdown)>
  >;
  advocates?: AnalyticsAdvocates;
  groups?: Record<'department' | 'location', Schemas['GroupDto'][]>;
}

/**
 * A fake of the analytics API and what its filters list, answering the same whatever asked,
 * with the user it answers (an analyst unless `roles` says otherwise).
 */
export function analyticsApi(answers: Answers = {}) {
  const api = mockApi({
    'GET /api/analytics/summary': (request) =>
      typeof answers.summary === 'function'
        ? answers.summary(request)
        : json(200, answers.summary ?? makeSummary()),
    'GET /api/analytics/timeseries': ({ url }) =>
      json(
        200,
        answers.timeseries ??
          makeTimeseries([], {
            interval: url.searchParams.get('interval') === 'week' ? 'week' : 'day',
          }),
      ),
    'GET /api/analytics/breakdown': (request) => {
      const by = request.url.searchParams.get('by') ?? '';
      const answer = answers.breakdowns?.[by] ?? makeBreakdown(by as 'network', []);
      return json(200, typeof answer === 'function' ? answer(request) : answer);
    },
    'GET /api/analytics/advocates': () => json(200, answers.advocates ?? makeAdvocates([])),
    'GET /api/groups/department': () => json(200, answers.groups?.department ?? [SALES]),
    'GET /api/groups/location': () => json(200, answers.groups?.location ?? [UTRECHT]),
    'GET /api/campaigns': () => json(200, [LAUNCH]),
  });
  return { ...api, signedIn: makeUser({ roles: answers.roles ?? ['analyst'] }) };
}

/** The query of each request to an analytics route, as a plain object. */
export function queriesTo(
  api: ReturnType<typeof analyticsApi>,
  route: 'summary' | 'timeseries' | 'breakdown' | 'advocates',
) {
  return api
    .requestsTo('GET', `/api/analytics/${route}`)
    .map((request) => Object.fromEntries(request.url.searchParams));
}

/**
 * Charts measure their box, which the test DOM does not lay out: recharts warns that it is 0 by 0.
 * Only that warning is kept out of the test output.
 */
export function quietCharts() {
  const warn = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (String(args[0]).includes('of chart should be greater than 0')) return;
    warn(...args);
  });
}
