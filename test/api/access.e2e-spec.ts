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

function allowed(route: DeclaredRoute, role: Role): boolean {
  const rule = route.rule!;
  return rule.kind !== 'roles' || rule.roles.includes(role);
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

  it('has an access rule (public, signed-in or roles) on every route', () => {
    const undeclared = routes.filter((route) => route.rule === undefined).map((r) => r.handler);
    expect(undeclared).toEqual([]);
  });

  it('refuses every non-public route to an anonymous caller with a 401', async () => {
    for (const route of routes.filter((r) => r.rule?.kind !== 'public')) {
      const response = await call(t.http(), route);
      expect({ route: route.handler, status: response.status }).toEqual({
        route: route.handler,
        status: 401,
      });
    }
  });

  it.each(ROLES)(
    'lets a person with only the %s role call exactly the routes open to it',
    async (role) => {
      for (const route of routes.filter((r) => r.rule?.kind !== 'public')) {
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
