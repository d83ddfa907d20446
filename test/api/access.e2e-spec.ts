import { ROLES, Role } from '@chorus/core';
import { declaredRoutes, DeclaredRoute } from '../support/routes';
import { createTestApp, makeUser, signIn, TestApp } from '../support/test-app';

/** Stands in for every :param, so that record-level checks answer 404 rather than 401/403. */
const SOME_ID = '00000000-0000-4000-8000-000000000000';

function call(
  agent: ReturnType<TestApp['http']> | Awaited<ReturnType<typeof signIn>>['agent'],
  route: DeclaredRoute,
) {
  const path = route.path.replace(/:\w+/g, SOME_ID);
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  return agent[method](path);
}

/**
 * Who may call each route, written out by hand rather than read from the decorators, so that a
 * route declared too openly (or too tightly) fails here, and so does a route nobody listed.
 */
const ACCESS: Record<string, 'public' | 'signed-link' | 'signed-in' | readonly Role[]> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'signed-in',
  'GET /api/auth/options': 'public',
  'GET /api/auth/sso/start': 'public',
  'GET /api/auth/sso/callback': 'public',
  'POST /api/auth/invitations/lookup': 'public',
  'POST /api/auth/invitations/accept': 'public',
  'POST /api/auth/password-reset': 'public',
  'POST /api/auth/password-reset/confirm': 'public',
  'GET /api/me': 'signed-in',
  'PATCH /api/me': 'signed-in',
  'DELETE /api/me': 'signed-in',
  'GET /api/me/profile': 'signed-in',
  'PATCH /api/me/profile': 'signed-in',
  'GET /api/me/export': 'signed-in',
  'GET /api/groups/:kind': 'signed-in',
  'POST /api/groups/:kind': ['admin'],
  'PATCH /api/groups/:kind/:id': ['admin'],
  'DELETE /api/groups/:kind/:id': ['admin'],
  'GET /api/people': ['admin'],
  'POST /api/people': ['admin'],
  'POST /api/people/import': ['admin'],
  'GET /api/people/:id': ['admin'],
  'PATCH /api/people/:id': ['admin'],
  'POST /api/people/:id/deactivate': ['admin'],
  'POST /api/people/:id/reactivate': ['admin'],
  'POST /api/people/:id/invitation': ['admin'],
  'GET /api/outbox': ['admin'],
  'GET /api/outbox/deliveries': ['admin'],
  'POST /api/outbox/deliveries/:id/retry': ['admin'],
  'GET /api/content': ['curator', 'admin'],
  'POST /api/content': ['curator', 'admin'],
  'GET /api/content/:id': ['curator', 'admin'],
  'PATCH /api/content/:id': ['curator', 'admin'],
  'POST /api/content/:id/unfurl': ['curator', 'admin'],
  'GET /api/content/:id/thumbnail': 'signed-in',
  'GET /api/content/:id/thumbnail/shared': 'public',
  'GET /api/digests/preview': ['admin'],
  'POST /api/content/:id/submit': ['curator', 'admin'],
  'POST /api/content/:id/approve': ['curator', 'admin'],
  'POST /api/content/:id/reject': ['curator', 'admin'],
  'POST /api/content/:id/archive': ['curator', 'admin'],
  'POST /api/content/:id/variants': ['curator', 'admin'],
  'PUT /api/content/:id/variants/:variantId': ['curator', 'admin'],
  'DELETE /api/content/:id/variants/:variantId': ['curator', 'admin'],
  'GET /api/sources': ['curator', 'admin'],
  'POST /api/sources': ['curator', 'admin'],
  'PATCH /api/sources/:id': ['curator', 'admin'],
  'DELETE /api/sources/:id': ['curator', 'admin'],
  'POST /api/sources/:id/poll': ['curator', 'admin'],
  'GET /api/sources/:id/entries': ['curator', 'admin'],
  'GET /api/source-entries': ['curator', 'admin'],
  'POST /api/source-entries/:id/promote': ['curator', 'admin'],
  'POST /api/source-entries/:id/dismiss': ['curator', 'admin'],
  // Signed in; who may suggest also depends on the programme (the service answers 403).
  'POST /api/suggestions': 'signed-in',
  'GET /api/suggestions/mine': 'signed-in',
  'GET /api/content/lookup': 'signed-in',
  'GET /api/audit': ['admin'],
  'GET /api/topics': 'signed-in',
  'POST /api/topics': ['curator', 'admin'],
  'PATCH /api/topics/:id': ['curator', 'admin'],
  'DELETE /api/topics/:id': ['curator', 'admin'],
  'GET /api/campaigns': ['curator', 'analyst', 'admin'],
  'GET /api/campaigns/:id': ['curator', 'analyst', 'admin'],
  'POST /api/campaigns': ['curator', 'admin'],
  'PATCH /api/campaigns/:id': ['curator', 'admin'],
  'DELETE /api/campaigns/:id': ['curator', 'admin'],
  'GET /api/challenges': ['curator', 'admin'],
  'GET /api/challenges/mine': 'signed-in',
  'GET /api/challenges/report': ['analyst', 'admin'],
  'POST /api/challenges': ['curator', 'admin'],
  'PATCH /api/challenges/:id': ['curator', 'admin'],
  'DELETE /api/challenges/:id': ['curator', 'admin'],
  'GET /api/settings': 'signed-in',
  'PATCH /api/settings': ['admin'],
  'GET /api/points/rules': 'signed-in',
  'PUT /api/points/rules': ['admin'],
  'GET /api/me/points': 'signed-in',
  'POST /api/guardrails/check': 'signed-in',
  'GET /api/guardrails/languages': 'signed-in',
  'GET /api/restricted-terms': ['admin'],
  'POST /api/restricted-terms': ['admin'],
  'PATCH /api/restricted-terms/:id': ['admin'],
  'DELETE /api/restricted-terms/:id': ['admin'],
  'GET /api/me/advocacy': 'signed-in',
  'POST /api/me/enrollment': 'signed-in',
  'DELETE /api/me/enrollment': 'signed-in',
  'PUT /api/me/leaderboard': 'signed-in',
  'GET /api/leaderboards': 'signed-in',
  'GET /api/me/standing': 'signed-in',
  'GET /api/notifications': 'signed-in',
  'GET /api/notifications/unread-count': 'signed-in',
  'POST /api/notifications/read': 'signed-in',
  'GET /api/me/notification-preferences': 'signed-in',
  'PUT /api/me/notification-preferences': 'signed-in',
  'GET /unsubscribe/:token': 'signed-link',
  'POST /unsubscribe/:token': 'signed-link',
  'GET /api/policy/current': 'signed-in',
  'POST /api/policy/current/acknowledgments': 'signed-in',
  'POST /api/policy': ['admin'],
  'GET /api/policy/versions': ['admin', 'analyst'],
  'GET /api/policy/versions/:version': 'signed-in',
  'PUT /api/policy/versions/:version/texts/:language': ['admin', 'analyst'],
  'GET /api/policy/coverage': ['analyst', 'admin'],
  'GET /api/policy/acknowledgments.csv': ['analyst', 'admin'],
  'GET /api/training': 'signed-in',
  'GET /api/training/distribution': ['analyst', 'admin'],
  'GET /api/training/lessons/:id': 'signed-in',
  'POST /api/training/lessons/:id/read': 'signed-in',
  'GET /api/training/stages/:stage/quiz': 'signed-in',
  'POST /api/training/stages/:stage/attempts': 'signed-in',
  'GET /api/training/stages/:stage': ['curator', 'admin'],
  'PATCH /api/training/stages/:stage': ['curator', 'admin'],
  'POST /api/training/stages/:stage/lessons': ['curator', 'admin'],
  'PATCH /api/training/lessons/:id': ['curator', 'admin'],
  'DELETE /api/training/lessons/:id': ['curator', 'admin'],
  'POST /api/training/stages/:stage/questions': ['curator', 'admin'],
  'PATCH /api/training/questions/:id': ['curator', 'admin'],
  'PUT /api/training/stages/:stage/translations/:language': ['curator', 'admin'],
  'DELETE /api/training/stages/:stage/translations/:language': ['curator', 'admin'],
  'PUT /api/training/lessons/:id/translations/:language': ['curator', 'admin'],
  'DELETE /api/training/lessons/:id/translations/:language': ['curator', 'admin'],
  'PUT /api/training/questions/:id/translations/:language': ['curator', 'admin'],
  'DELETE /api/training/questions/:id/translations/:language': ['curator', 'admin'],
  'DELETE /api/training/questions/:id': ['curator', 'admin'],
  'POST /api/shares/preflight': 'signed-in',
  'POST /api/shares': 'signed-in',
  'GET /api/shares/mine': 'signed-in',
  'GET /api/me/activity': 'signed-in',
  'GET /api/shares/by-code/:code': ['admin'],
  'PATCH /api/shares/:id': ['admin'],
  'GET /api/analytics/summary': ['analyst', 'admin', 'curator'],
  'GET /api/analytics/timeseries': ['analyst', 'admin', 'curator'],
  'GET /api/analytics/breakdown': ['analyst', 'admin', 'curator'],
  'GET /api/analytics/advocates': ['analyst', 'admin'],
  'GET /api/feed': 'signed-in',
  'GET /api/feed/:id': 'signed-in',
  'GET /api/feed/:id/suggestion': 'signed-in',
  'GET /api/me/topics': 'signed-in',
  'PUT /api/me/topics/:id': 'signed-in',
  'DELETE /api/me/topics/:id': 'signed-in',
  'GET /api/escalations': 'signed-in',
  'GET /api/escalations/team': ['curator', 'admin'],
  'POST /api/escalations': 'signed-in',
  'GET /api/escalations/:id': 'signed-in',
  'PATCH /api/escalations/:id': ['curator', 'admin'],
  'POST /api/escalations/:id/notes': ['curator', 'admin'],
  'GET /api/channels': ['admin'],
  'POST /api/channels': ['admin'],
  'PATCH /api/channels/:id': ['admin'],
  'DELETE /api/channels/:id': ['admin'],
  'POST /api/channels/:id/test': ['admin'],
};

const key = (route: DeclaredRoute) => `${route.method} ${route.path}`;

function allowed(route: DeclaredRoute, role: Role): boolean {
  const rule = ACCESS[key(route)];
  return rule === 'public' || rule === 'signed-link' || rule === 'signed-in' || rule.includes(role);
}

describe('authorization is declared on every route', () => {
  let t: TestApp;
  let routes: DeclaredRoute[];

  beforeAll(async () => {
    t = await createTestApp();
    routes = declaredRoutes(t.app);
  });
  afterAll(() => t.close());

  it('finds the application routes', () => {
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'POST /api/auth/login',
        'GET /api/me',
        'GET /api/people',
        'GET /api/health',
      ]),
    );
  });

  it('lists every route in the access table above, and nothing that is not a route', () => {
    expect(routes.map(key).sort()).toEqual(Object.keys(ACCESS).sort());
  });

  it('declares on each route exactly the rule the table gives', () => {
    for (const route of routes) {
      const rule = route.rule;
      const declared = rule?.kind === 'roles' ? [...rule.roles].sort() : (rule?.kind ?? 'nothing');
      const expected = ACCESS[key(route)];
      expect({ route: key(route), declared }).toEqual({
        route: key(route),
        declared: Array.isArray(expected) ? [...expected].sort() : expected,
      });
    }
  });

  it('has an access rule (public, signed-in or roles) on every route', () => {
    const undeclared = routes.filter((route) => route.rule === undefined).map((r) => r.handler);
    expect(undeclared).toEqual([]);
  });

  it('refuses every non-public route to an anonymous caller with a 401', async () => {
    const open = ['public', 'signed-link'];
    for (const route of routes.filter((r) => !open.includes(ACCESS[key(r)] as string))) {
      const response = await call(t.http(), route);
      expect({ route: route.handler, status: response.status }).toEqual({
        route: route.handler,
        status: 401,
      });
    }
  });

  it('lets anyone call the public routes, but not from another site', async () => {
    for (const route of routes.filter((r) => ACCESS[key(r)] === 'public')) {
      const response = await call(t.http(), route).send({});
      expect({ route: key(route), refused: [401, 403].includes(response.status) }).toEqual({
        route: key(route),
        refused: false,
      });
      if (route.method === 'GET') continue;
      const forged = await call(t.http(), route).set('Origin', 'https://evil.example').send({});
      expect({ route: key(route), status: forged.status }).toEqual({
        route: key(route),
        status: 403,
      });
    }
  });

  it('lets anyone holding a signed link call its routes, from anywhere, with a form', async () => {
    for (const route of routes.filter((r) => ACCESS[key(r)] === 'signed-link')) {
      const response = await call(t.http(), route)
        .set('Origin', 'https://mail.example')
        .type('form')
        .send('List-Unsubscribe=One-Click');
      expect({ route: key(route), status: response.status }).toEqual({
        route: key(route),
        status: 404,
      });
    }
  });

  it.each(ROLES)(
    'lets a person with only the %s role call exactly the routes open to it',
    async (role) => {
      for (const route of routes.filter((r) => ACCESS[key(r)] !== 'public')) {
        // A fresh session per call: calling logout must not spoil the next check.
        const { agent, xsrf } = await signIn(t, await makeUser(t, { roles: [role] }));
        const response = await call(agent, route).set('X-XSRF-TOKEN', xsrf).send({});
        const outcome = [401, 403].includes(response.status) ? 'refused' : 'let through';
        expect({ route: route.handler, outcome }).toEqual({
          route: route.handler,
          outcome: allowed(route, role) ? 'let through' : 'refused',
        });
      }
    },
  );
});
