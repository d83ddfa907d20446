import type { Role } from '@chorus/core';
import type { Schemas } from '../../api/client';
import {
  makeAdvocates,
  makeBreakdown,
  makeSummary,
  makeTimeseries,
} from '../../test/analytics-factories';
import { makeCampaign, makeGroup, makeUser } from '../../test/factories';
import { type Handler, type HandlerRequest, mockApi, ok } from '../../test/mock-api';
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
  summary?: AnalyticsSummary | Handler<'GET /api/analytics/summary'>;
  timeseries?: AnalyticsTimeseries;
  /** By `by`: a breakdown, or one made for the request (its `sort` and `limit`). */
  breakdowns?: Partial<
    Record<
      string,
      | AnalyticsBreakdown
      | ((request: HandlerRequest<'GET /api/analytics/breakdown'>) => AnalyticsBreakdown)
    >
  >;
  advocates?: AnalyticsAdvocates;
  groups?: Record<'department' | 'location', Schemas['GroupDto'][]>;
  challenges?: Schemas['ChallengeDto'][];
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
        : ok(answers.summary ?? makeSummary()),
    'GET /api/analytics/timeseries': ({ query }) =>
      ok(
        answers.timeseries ??
          makeTimeseries([], {
            interval: query.interval === 'week' ? 'week' : 'day',
          }),
      ),
    'GET /api/analytics/breakdown': (request) => {
      const by = request.query.by ?? '';
      const answer = answers.breakdowns?.[by] ?? makeBreakdown(by as 'network', []);
      return ok(typeof answer === 'function' ? answer(request) : answer);
    },
    'GET /api/analytics/advocates': () => ok(answers.advocates ?? makeAdvocates([])),
    'GET /api/groups/{kind}': ({ params }) =>
      ok(
        params.kind === 'department'
          ? (answers.groups?.department ?? [SALES])
          : (answers.groups?.location ?? [UTRECHT]),
      ),
    'GET /api/campaigns': () => ok([LAUNCH]),
    'GET /api/challenges/report': () => ok(answers.challenges ?? []),
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

/** Kept here too, for the analytics tests that import it from beside them. */
export { quietCharts } from '../../test/quiet-charts';
