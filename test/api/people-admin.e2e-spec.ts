import { createTestApp, makeUser, signIn, SignedInAgent, TestApp } from '../support/test-app';

describe('administering people, groups and the audit log', () => {
  let t: TestApp;
  let admin: SignedInAgent;
  let adminId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const user = await makeUser(t, {
      name: 'Ada Admin',
      email: 'ada@admin.test',
      roles: ['admin'],
    });
    adminId = user.id;
    admin = await signIn(t, user);
  });
  afterAll(() => t.close());

  async function group(kind: 'department' | 'location', name: string): Promise<string> {
    const response = await admin.api.post(`/api/groups/${kind}`, { name }).expect(201);
    return response.body.id;
  }

  async function auditActions(targetId: string): Promise<string[]> {
    const response = await admin.api.get(`/api/audit?targetId=${targetId}`).expect(200);
    return response.body.items.map((entry: { action: string }) => entry.action);
  }

  describe('groups', () => {
    it('keeps departments and locations as managed lists, names unique case-insensitively', async () => {
      const sales = await group('department', 'Sales Benelux');
      const taken = await admin.api
        .post('/api/groups/department', { name: 'sales benelux' })
        .expect(409);
      expect(taken.body.message).toBe('A department called "sales benelux" already exists.');
      // The same name may be a location: the lists are separate.
      await group('location', 'Sales Benelux');

      const renamed = await admin.api
        .patch(`/api/groups/department/${sales}`, { name: 'Sales NL' })
        .expect(200);
      expect(renamed.body).toMatchObject({ id: sales, name: 'Sales NL', memberCount: 0 });
      const list = await admin.api.get('/api/groups/department').expect(200);
      expect(list.body.map((g: { name: string }) => g.name)).toContain('Sales NL');
      expect(await auditActions(sales)).toEqual(['group.renamed', 'group.created']);
    });

    it('refuses an unknown kind and lets any signed-in person read the lists, only admins change them', async () => {
      const wrong = await admin.api.get('/api/groups/team').expect(400);
      expect(wrong.body.message).toBe('kind must be one of: department, location');
      const employee = await signIn(t, await makeUser(t));
      await employee.api.get('/api/groups/location').expect(200);
      await employee.api.post('/api/groups/location', { name: 'Mars' }).expect(403);
    });

    it('deletes a group; its members simply have none', async () => {
      const temp = await group('department', 'Temporary');
      const person = await makeUser(t);
      await admin.api.patch(`/api/people/${person.id}`, { departmentId: temp }).expect(200);
      await admin.api.delete(`/api/groups/department/${temp}`).expect(204);
      const after = await admin.api.get(`/api/people/${person.id}`).expect(200);
      expect(after.body.department).toBeNull();
    });
  });

  describe('editing people', () => {
    it('changes name, department, location and language, and logs before and after', async () => {
      const marketing = await group('department', 'Marketing');
      const athens = await group('location', 'Athens');
      const person = await makeUser(t, { name: 'Eleni P' });

      const response = await admin.api
        .patch(`/api/people/${person.id}`, {
          name: 'Eleni Papadopoulou',
          departmentId: marketing,
          locationId: athens,
          language: 'el',
        })
        .expect(200);
      expect(response.body).toMatchObject({
        name: 'Eleni Papadopoulou',
        department: { id: marketing, name: 'Marketing' },
        location: { id: athens, name: 'Athens' },
        language: 'el',
      });

      const audit = await admin.api.get(`/api/audit?targetId=${person.id}`).expect(200);
      expect(audit.body.items[0]).toMatchObject({
        action: 'person.updated',
        actorId: adminId,
        actorLabel: 'ada@admin.test',
        targetLabel: person.email,
        summary: {
          before: { name: 'Eleni P', department: null, location: null, language: 'en' },
          after: {
            name: 'Eleni Papadopoulou',
            department: 'Marketing',
            location: 'Athens',
            language: 'el',
          },
        },
        requestId: expect.any(String),
      });
    });

    it('refuses a department id that is a location, or unknown, and an unsupported language', async () => {
      const location = await group('location', 'Lisbon');
      const person = await makeUser(t);
      const wrongKind = await admin.api
        .patch(`/api/people/${person.id}`, { departmentId: location })
        .expect(400);
      expect(wrongKind.body.message).toBe(`There is no department with id ${location}.`);
      const language = await admin.api
        .malformed('patch', `/api/people/${person.id}`, { language: 'xx' })
        .expect(400);
      expect(language.body.message).toMatch(/language must be one of: en, nl, de, fr, da, sv/);
      await admin.api.get('/api/people/00000000-0000-4000-8000-000000000000').expect(404);
      const badId = await admin.api.get('/api/people/42').expect(400);
      expect(badId.body.message).toBe('id must be an id (a UUID)');
    });

    it('applies a role change on the person’s very next request, and logs it', async () => {
      const person = await makeUser(t);
      const session = await signIn(t, person);
      await session.api.get('/api/people').expect(403);

      await admin.api
        .patch(`/api/people/${person.id}`, { roles: ['employee', 'admin'] })
        .expect(200);
      await session.api.get('/api/people').expect(200);

      const audit = await admin.agent
        .get(`/api/audit?targetId=${person.id}&action=person.roles_changed`)
        .expect(200);
      expect(audit.body.items[0].summary).toEqual({
        before: { roles: ['employee'] },
        after: { roles: ['employee', 'admin'] },
      });
    });
  });

  describe('deactivating and reactivating', () => {
    it('ends the person’s sessions at once and refuses their sign-in; reactivating lets them back', async () => {
      const person = await makeUser(t);
      const session = await signIn(t, person);
      await session.api.get('/api/me').expect(200);

      const deactivated = await admin.api.post(`/api/people/${person.id}/deactivate`).expect(200);
      expect(deactivated.body.status).toBe('deactivated');
      await session.api.get('/api/me').expect(401);
      const login = await t
        .http()
        .post('/api/auth/login')
        .send({ email: person.email, password: person.password })
        .expect(403);
      expect(login.body.code).toBe('account_deactivated');

      const reactivated = await admin.api.post(`/api/people/${person.id}/reactivate`).expect(200);
      expect(reactivated.body.status).toBe('active');
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: person.email, password: person.password })
        .expect(200);
      expect(await auditActions(person.id)).toEqual(['person.reactivated', 'person.deactivated']);
    });

    it('does not let admins deactivate themselves', async () => {
      const response = await admin.api.post(`/api/people/${adminId}/deactivate`).expect(409);
      expect(response.body.message).toBe(
        'You cannot deactivate your own account. Ask another administrator.',
      );
    });
  });

  describe('searching people', () => {
    it('filters by department, location and status, and sorts by any column either way', async () => {
      const finance = await group('department', 'Finance');
      const berlin = await group('location', 'Berlin');
      const a = await makeUser(t, { name: 'Alpha Finance' });
      const b = await makeUser(t, { name: 'Beta Finance' });
      await admin.api
        .patch(`/api/people/${a.id}`, { departmentId: finance, locationId: berlin })
        .expect(200);
      await admin.api.patch(`/api/people/${b.id}`, { departmentId: finance }).expect(200);

      const inFinance = await admin.agent
        .get(`/api/people?departmentId=${finance}&sort=name&order=desc`)
        .expect(200);
      expect(inFinance.body.items.map((p: { name: string }) => p.name)).toEqual([
        'Beta Finance',
        'Alpha Finance',
      ]);
      const inBerlin = await admin.api.get(`/api/people?locationId=${berlin}`).expect(200);
      expect(inBerlin.body.items.map((p: { name: string }) => p.name)).toEqual(['Alpha Finance']);

      const bySignIn = await admin.agent
        .get('/api/people?sort=lastSignInAt&order=desc&pageSize=1')
        .expect(200);
      expect(bySignIn.body.items[0].lastSignInAt).not.toBeNull();
      const bad = await admin.api.get('/api/people?sort=salary').expect(400);
      expect(bad.body.message).toMatch(/sort must be one of: name, email, status/);
    });
  });

  describe('the audit log', () => {
    it('records a burst of failed sign-ins once, and is read-only', async () => {
      const target = await makeUser(t, { email: 'victim@admin.test' });
      for (let attempt = 0; attempt < 6; attempt += 1) {
        await t
          .http()
          .post('/api/auth/login')
          .send({ email: target.email, password: 'wrong-guess-123' });
      }
      const audit = await admin.agent
        .get('/api/audit?action=auth.sign_in_throttled&search=victim@admin.test')
        .expect(200);
      expect(audit.body.total).toBe(1);
      expect(audit.body.items[0]).toMatchObject({
        actorId: null,
        targetLabel: 'victim@admin.test',
        summary: { failures: 5, limit: 'account', windowMinutes: 15 },
      });

      // Routes the API does not have, so the raw agent.
      await admin.agent.delete('/api/audit').set('X-XSRF-TOKEN', admin.xsrf).expect(404);
      await admin.agent.patch('/api/audit').set('X-XSRF-TOKEN', admin.xsrf).send({}).expect(404);
    });

    it('filters by time and refuses nonsense filters', async () => {
      const future = await admin.api.get('/api/audit?from=2999-01-01').expect(200);
      expect(future.body.total).toBe(0);
      const bad = await admin.api.get('/api/audit?action=person.teleported').expect(400);
      expect(bad.body.message).toMatch(/action must be one of: auth.sign_in_throttled/);
    });
  });
});
