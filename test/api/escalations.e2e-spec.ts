import { randomUUID } from 'node:crypto';
import {
  createTestApp,
  makeUser,
  MadeUser,
  signIn,
  SignedInAgent,
  TestApp,
} from '../support/test-app';

describe('reporting hostile comments', () => {
  let t: TestApp;
  let reporter: SignedInAgent;
  let reporterUser: MadeUser;
  let colleague: SignedInAgent;
  let curator: SignedInAgent;
  let curatorUser: MadeUser;
  let admin: SignedInAgent;

  beforeAll(async () => {
    t = await createTestApp();
    colleague = await signIn(t, await makeUser(t));
    curatorUser = await makeUser(t, { name: 'Carl Curator', roles: ['curator', 'employee'] });
    curator = await signIn(t, curatorUser);
    admin = await signIn(t, await makeUser(t, { name: 'Ada Admin', roles: ['admin'] }));
  });
  afterAll(() => t.close());

  // A reporter of her own for each test: a test counts her reports.
  beforeEach(async () => {
    reporterUser = await makeUser(t, { name: 'Rita Reporter' });
    reporter = await signIn(t, reporterUser);
  });

  const report = (who: SignedInAgent, body: Record<string, unknown> = {}) =>
    who.api.post('/api/escalations', {
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
      network: 'linkedin',
      excerpt: '  This company is a scam!  ',
      description: 'Under my post about the new office.',
      ...body,
    });

  it('lets any employee report a comment and follow its status, without the team’s notes', async () => {
    const created = await report(reporter).expect(201);
    expect(created.body).toMatchObject({
      network: 'linkedin',
      excerpt: 'This company is a scam!',
      status: 'open',
      reporter: { id: reporterUser.id, name: 'Rita Reporter' },
      assignee: null,
      resolvedAt: null,
    });
    const id = created.body.id;

    await curator.api
      .post(`/api/escalations/${id}/notes`, {
        body: 'Known troll account; ignore.',
      })
      .expect(201);
    await curator.api.patch(`/api/escalations/${id}`, { status: 'resolved' }).expect(200);

    const mine = await reporter.api.get('/api/escalations').expect(200);
    expect(mine.body).toMatchObject({ total: 1, counts: { open: 0, in_progress: 0, resolved: 1 } });
    expect(mine.body.items[0]).toMatchObject({ id, status: 'resolved' });
    const detail = await reporter.api.get(`/api/escalations/${id}`).expect(200);
    expect(detail.body.status).toBe('resolved');
    expect(detail.body.resolvedAt).not.toBeNull();
    expect(detail.body.events).toEqual([]);
  });

  it('keeps reports private: a colleague neither lists nor opens someone else’s report', async () => {
    const { body } = await report(reporter).expect(201);
    await colleague.api.get(`/api/escalations/${body.id}`).expect(404);
    expect((await colleague.api.get('/api/escalations').expect(200)).body.total).toBe(0);
    const inbox = await colleague.api.get('/api/escalations?scope=all').expect(403);
    expect(inbox.body.message).toBe(
      'Only the social media team (curators and admins) sees every report.',
    );
    await colleague.api.patch(`/api/escalations/${body.id}`, { status: 'resolved' }).expect(403);
    await colleague.api.post(`/api/escalations/${body.id}/notes`, { body: 'hi' }).expect(403);
  });

  it('gives the team an inbox to assign, note and resolve, with a timeline', async () => {
    const { body } = await report(reporter, { network: 'x', url: 'https://x.com/a/status/2' });
    const id = body.id;
    const inbox = await curator.api.get('/api/escalations?scope=all&status=open').expect(200);
    expect(inbox.body.items.map((item: { id: string }) => item.id)).toContain(id);

    const team = await curator.api.get('/api/escalations/team').expect(200);
    // The first administrator from start-up is on the team too.
    expect(team.body.map((person: { name: string }) => person.name)).toEqual([
      'Ada Admin',
      'Carl Curator',
      'first-admin',
    ]);

    const assigned = await admin.api
      .patch(`/api/escalations/${id}`, {
        assigneeId: curatorUser.id,
        status: 'in_progress',
      })
      .expect(200);
    expect(assigned.body).toMatchObject({
      status: 'in_progress',
      assignee: { id: curatorUser.id, name: 'Carl Curator' },
    });
    const mine = await curator.api.get('/api/escalations?scope=all&assignee=me').expect(200);
    expect(mine.body.items.map((item: { id: string }) => item.id)).toEqual([id]);

    await curator.api
      .post(`/api/escalations/${id}/notes`, {
        body: 'Asked legal.',
      })
      .expect(201);
    const resolved = await curator.api
      .patch(`/api/escalations/${id}`, {
        status: 'resolved',
      })
      .expect(200);
    expect(
      resolved.body.events.map(
        (event: { kind: string; status: string | null; body: string | null }) =>
          event.kind === 'note' ? `note:${event.body}` : `${event.kind}:${event.status ?? ''}`,
      ),
    ).toEqual(['assignment:', 'status:in_progress', 'note:Asked legal.', 'status:resolved']);

    const reopened = await curator.api
      .patch(`/api/escalations/${id}`, {
        status: 'open',
        assigneeId: null,
      })
      .expect(200);
    expect(reopened.body).toMatchObject({ status: 'open', assignee: null, resolvedAt: null });
  });

  it('assigns only to active curators and admins', async () => {
    const { body } = await report(reporter).expect(201);
    const employee = await makeUser(t, { name: 'Eve Employee' });
    const refused = await curator.api
      .patch(`/api/escalations/${body.id}`, {
        assigneeId: employee.id,
      })
      .expect(400);
    expect(refused.body.message).toBe(
      'Eve Employee cannot take reports: only active curators and admins can.',
    );
    const unknown = randomUUID();
    const missing = await curator.api
      .patch(`/api/escalations/${body.id}`, {
        assigneeId: unknown,
      })
      .expect(400);
    expect(missing.body.message).toBe(`There is no person with id ${unknown}.`);
    await curator.api.patch(`/api/escalations/${randomUUID()}`, { status: 'open' }).expect(404);
  });

  it('refuses incomplete or malformed reports with a message saying what is wrong', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ url: 'javascript:alert(1)' }, 'url must be the http(s) address of the post or comment'],
      [{ url: 'not a url' }, 'url must be the http(s) address of the post or comment'],
      [{ network: 'myspace' }, 'network must be one of: linkedin, x, facebook'],
      [{ excerpt: '   ' }, 'excerpt must not be empty: paste the comment or describe it'],
      [{ excerpt: 'x'.repeat(2001) }, 'excerpt must be at most 2,000 characters'],
    ];
    for (const [body, message] of cases) {
      const response = await report(reporter, body).expect(400);
      expect(response.body.message).toContain(message);
    }
    await curator.api
      .malformed('patch', `/api/escalations/${randomUUID()}`, { status: 'closed' })
      .expect(400);
  });
});
