import { createTestApp, makeUser, signIn, SignedInAgent, TestApp } from '../support/test-app';

describe('Chorus always keeps an active administrator', () => {
  let t: TestApp;
  let only: SignedInAgent;
  let onlyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await makeUser(t, { email: 'only@admin.test', roles: ['admin', 'employee'] });
    onlyId = admin.id;
    only = await signIn(t, admin);
    // Deactivate the first administrator from the environment: `only` is now the last one.
    const people = await only.api.get('/api/people?role=admin').expect(200);
    const first = people.body.items.find((p: { id: string }) => p.id !== onlyId);
    await only.api.post(`/api/people/${first.id}/deactivate`).expect(200);
  });
  afterAll(() => t.close());

  it('refuses to take the admin role from the last administrator', async () => {
    const response = await only.api
      .patch(`/api/people/${onlyId}`, { roles: ['employee'] })
      .expect(409);
    expect(response.body).toMatchObject({
      code: 'last_admin',
      message:
        'This would leave Chorus without an active administrator. Make someone else an administrator first.',
    });
    const still = await only.api.get(`/api/people/${onlyId}`).expect(200);
    expect(still.body.roles).toEqual(['admin', 'employee']);
  });

  it('refuses an import that would demote the last administrator, writing nothing', async () => {
    const response = await only.api
      .post('/api/people/import')
      .set('Content-Type', 'text/csv')
      .send('email,name,roles\nonly@admin.test,Only Admin,employee\nnew@admin.test,New Person,\n')
      .expect(422);
    expect(response.body.details.problems).toEqual([
      {
        line: 2,
        column: 'roles',
        key: 'errors:import.lastAdmin',
        params: {},
        message: expect.stringMatching(/without an active administrator/),
      },
    ]);
    const search = await only.api.get('/api/people?search=new@admin.test').expect(200);
    expect(search.body.total).toBe(0);
  });

  it('refuses to let the last administrator delete their own account', async () => {
    const response = await only.api
      .delete('/api/me', { confirmEmail: 'only@admin.test' })
      .expect(409);
    expect(response.body.code).toBe('last_admin');
    await only.api.get('/api/me').expect(200);
  });
});
