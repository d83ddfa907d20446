import { createTestApp, makeUser, signIn, TestApp } from '../support/test-app';

describe('GET /api/people (admin)', () => {
  let t: TestApp;
  let agent: Awaited<ReturnType<typeof signIn>>['agent'];

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await makeUser(t, { name: 'Zed Admin', roles: ['admin'] });
    await makeUser(t, { name: 'bea Baker', email: 'bea@people.test', roles: ['employee'] });
    await makeUser(t, {
      name: 'Al Analyst',
      email: 'al@people.test',
      roles: ['analyst', 'employee'],
    });
    await makeUser(t, { name: 'Cy Curator', email: 'cy@people.test', roles: ['curator'] });
    ({ agent } = await signIn(t, admin));
  });
  afterAll(() => t.close());

  it('lists people sorted by name, case-insensitively, with the total', async () => {
    const response = await agent.get('/api/people').expect(200);
    // The first administrator from CHORUS_ADMIN_EMAIL is a person too.
    expect(response.body.items.map((p: { name: string }) => p.name)).toEqual([
      'Al Analyst',
      'bea Baker',
      'Cy Curator',
      'first-admin',
      'Zed Admin',
    ]);
    expect(response.body).toMatchObject({ total: 5, page: 1, pageSize: 25 });
  });

  it('searches names and email addresses', async () => {
    const byName = await agent.get('/api/people?search=BAKER').expect(200);
    expect(byName.body.items.map((p: { email: string }) => p.email)).toEqual(['bea@people.test']);
    const byEmail = await agent.get('/api/people?search=cy@').expect(200);
    expect(byEmail.body.items.map((p: { name: string }) => p.name)).toEqual(['Cy Curator']);
    const wildcard = await agent.get('/api/people?search=%25').expect(200);
    expect(wildcard.body.total).toBe(0);
  });

  it('filters by role and pages through the result', async () => {
    const employees = await agent.get('/api/people?role=employee&pageSize=1&page=2').expect(200);
    expect(employees.body).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(employees.body.items.map((p: { name: string }) => p.name)).toEqual(['bea Baker']);
  });
});

// Apart from the list above: the person it signs in would be one more in the list.
describe('GET /api/people (not an admin)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is refused to people who are not admins', async () => {
    const { agent: curator } = await signIn(
      t,
      await makeUser(t, { roles: ['curator', 'analyst'] }),
    );
    const response = await curator.get('/api/people').expect(403);
    expect(response.body).toMatchObject({
      code: 'forbidden',
      message: 'This needs one of these roles: admin.',
      details: { key: 'errors:auth.needsRole', params: { roles: 'admin' } },
    });
  });
});
