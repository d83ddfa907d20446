import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DomainError } from '../../apps/api/src/common/domain-error';
import { TopicsService } from '../../apps/api/src/topics/topics.service';
import { makeItem } from '../support/factories';
import { createTestApp, makeUser, signIn, SignedInAgent, TestApp } from '../support/test-app';

describe('topics', () => {
  let t: TestApp;
  let curator: SignedInAgent;
  let curatorId: string;
  let admin: SignedInAgent;

  beforeAll(async () => {
    t = await createTestApp();
    const carla = await makeUser(t, { email: 'carla@topics.test', roles: ['curator'] });
    curatorId = carla.id;
    curator = await signIn(t, carla);
    admin = await signIn(t, await makeUser(t, { roles: ['admin'] }));
  });
  afterAll(() => t.close());

  async function topic(name: string): Promise<string> {
    const response = await curator.api.post('/api/topics', { name }).expect(201);
    return response.body.id;
  }

  /** A draft tagged with these topics. */
  const taggedItem = (...topicIds: string[]) => makeItem(t, { topicIds });

  async function auditEntries(targetId: string) {
    const response = await admin.api.get(`/api/audit?targetId=${targetId}`).expect(200);
    return response.body.items as { action: string; actorId: string; summary: unknown }[];
  }

  it('lets a curator add topics that everyone signed in sees by name, with their item counts', async () => {
    const ai = await topic('  Artificial intelligence ');
    const climate = await topic('Climate');
    await taggedItem(ai, climate);
    await taggedItem(ai);

    const employee = await signIn(t, await makeUser(t));
    const response = await employee.api.get('/api/topics').expect(200);
    const names = response.body.map((row: { name: string }) => row.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(response.body).toEqual(
      expect.arrayContaining([
        { id: ai, name: 'Artificial intelligence', names: {}, itemCount: 2 },
        { id: climate, name: 'Climate', names: {}, itemCount: 1 },
      ]),
    );
  });

  it('keeps names unique whatever their case', async () => {
    await topic('Hiring');
    const taken = await curator.api.post('/api/topics', { name: ' HIRING ' }).expect(409);
    expect(taken.body.message).toBe('A topic called "HIRING" already exists.');

    const events = await topic('Events');
    const clash = await curator.api.patch(`/api/topics/${events}`, { name: 'hiring' }).expect(409);
    expect(clash.body.message).toBe('A topic called "hiring" already exists.');
    // A change of case only is a rename of the same topic, not a clash with itself.
    const recased = await curator.api
      .patch(`/api/topics/${events}`, {
        name: 'EVENTS',
      })
      .expect(200);
    expect(recased.body).toEqual({ id: events, name: 'EVENTS', names: {}, itemCount: 0 });
  });

  it('keeps a name per language beside the main name, which each change replaces', async () => {
    const created = await curator.api
      .post('/api/topics', {
        name: 'Wellbeing',
        names: { da: ' Trivsel ', sv: 'Välmående', el: 'Ευεξία', nl: '' },
      })
      .expect(201);
    const id = created.body.id;
    // Trimmed, empty ones dropped, in the order of the UI languages.
    expect(created.body).toEqual({
      id,
      name: 'Wellbeing',
      names: { da: 'Trivsel', sv: 'Välmående', el: 'Ευεξία' },
      itemCount: 0,
    });

    const retranslated = await curator.api
      .patch(`/api/topics/${id}`, { names: { da: 'Trivsel', nl: 'Welzijn' } })
      .expect(200);
    expect(retranslated.body).toMatchObject({
      name: 'Wellbeing',
      names: { nl: 'Welzijn', da: 'Trivsel' },
    });
    // A rename alone keeps the translations.
    const renamed = await curator.api
      .patch(`/api/topics/${id}`, { name: 'Well-being' })
      .expect(200);
    expect(renamed.body.names).toEqual({ nl: 'Welzijn', da: 'Trivsel' });
    const listed = (await curator.api.get('/api/topics').expect(200)).body;
    expect(listed).toContainEqual({
      id,
      name: 'Well-being',
      names: { nl: 'Welzijn', da: 'Trivsel' },
      itemCount: 0,
    });

    const [entry] = await auditEntries(id);
    expect(entry).toMatchObject({
      action: 'topic.renamed',
      summary: { before: { name: 'Wellbeing' } },
    });
    const [, retranslation] = await auditEntries(id);
    expect(retranslation.summary).toEqual({
      before: { translations: 'Dansk: Trivsel · Svenska: Välmående · Ελληνικά: Ευεξία' },
      after: { translations: 'Nederlands: Welzijn · Dansk: Trivsel' },
    });
  });

  it('refuses a name that two topics would share in some language', async () => {
    const climate = await curator.api
      .post('/api/topics', { name: 'Oceans', names: { da: 'Havene', sv: 'Haven' } })
      .expect(201);
    await topic('Careers');

    const sameTranslation = await curator.api
      .post('/api/topics', { name: 'Seas', names: { da: 'HAVENE' } })
      .expect(409);
    expect(sameTranslation.body.message).toBe(
      'In Danish, "HAVENE" is already the name of the topic "Oceans".',
    );
    // Where "Careers" has no Swedish name, Swedish readers see it as "Careers".
    const jobs = await topic('Jobs');
    const mainName = await curator.api
      .patch(`/api/topics/${jobs}`, { names: { sv: 'careers' } })
      .expect(409);
    expect(mainName.body.message).toBe(
      'In Swedish, "careers" is already the name of the topic "Careers".',
    );
    // A name that is free in Swedish because "Oceans" reads "Haven" there.
    await curator.api.patch(`/api/topics/${jobs}`, { names: { sv: 'Oceans' } }).expect(200);
    const renamedInto = await curator.api
      .patch(`/api/topics/${climate.body.id}`, { names: { sv: '' } })
      .expect(409);
    expect(renamedInto.body.message).toBe(
      'In Swedish, "Oceans" is already the name of the topic "Jobs".',
    );
    const unchanged = (await curator.api.get('/api/topics').expect(200)).body.find(
      (row: { id: string }) => row.id === climate.body.id,
    );
    expect(unchanged.names).toEqual({ da: 'Havene', sv: 'Haven' });
  });

  it('refuses translations in a language Chorus does not speak, or too long', async () => {
    const unknown = await curator.agent
      .post('/api/topics')
      .set('X-XSRF-TOKEN', curator.xsrf)
      .send({ name: 'Finance', names: { fi: 'Talous' } })
      .expect(400);
    expect(unknown.body.message).toBe('names.fi is not a field this request accepts');
    const long = await curator.api
      .post('/api/topics', { name: 'Finance', names: { de: 'x'.repeat(81) } })
      .expect(400);
    expect(long.body.message).toBe('names.de must be at most 80 characters');
    const notObject = await curator.agent
      .post('/api/topics')
      .set('X-XSRF-TOKEN', curator.xsrf)
      .send({ name: 'Finance', names: 'Talous' })
      .expect(400);
    expect(notObject.body.message).toBe('names must be an object');
    const list = await curator.api
      .post('/api/topics', { name: 'Finance', names: ['Talous'] as never })
      .expect(400);
    expect(list.body.code).toBe('invalid_input');
    expect(list.body.details.problems[0]).toMatchObject({ key: 'validation:object' });
  });

  it('renames and deletes topics, and the tagged content simply loses the tag', async () => {
    const id = await topic('Sustainabilty');
    const item = await taggedItem(id);

    const renamed = await curator.api
      .patch(`/api/topics/${id}`, {
        name: 'Sustainability',
      })
      .expect(200);
    expect(renamed.body).toEqual({ id, name: 'Sustainability', names: {}, itemCount: 1 });

    await curator.api.delete(`/api/topics/${id}`).expect(204);
    const list = await curator.api.get('/api/topics').expect(200);
    expect(list.body.map((row: { id: string }) => row.id)).not.toContain(id);
    const db = t.app.get(DataSource);
    expect(await db.query('SELECT id FROM content_items WHERE id = $1', [item])).toHaveLength(1);
    expect(
      await db.query('SELECT topic_id FROM content_item_topics WHERE item_id = $1', [item]),
    ).toEqual([]);
    await curator.api.delete(`/api/topics/${id}`).expect(404);
  });

  it('writes who created, renamed and deleted each topic to the audit log', async () => {
    const id = await topic('Product news');
    await taggedItem(id);
    await admin.api.patch(`/api/topics/${id}`, { name: 'Product updates' }).expect(200);
    // Saving the same name again changes nothing and logs nothing.
    await admin.api.patch(`/api/topics/${id}`, { name: 'Product updates' }).expect(200);
    await curator.api.delete(`/api/topics/${id}`).expect(204);

    const entries = await auditEntries(id);
    expect(entries.map((entry) => entry.action)).toEqual([
      'topic.deleted',
      'topic.renamed',
      'topic.created',
    ]);
    expect(entries[0]).toMatchObject({
      actorId: curatorId,
      actorLabel: 'carla@topics.test',
      targetType: 'topic',
      targetLabel: 'Product updates',
      summary: { items: 1 },
    });
    expect(entries[1].summary).toEqual({
      before: { name: 'Product news' },
      after: { name: 'Product updates' },
    });
  });

  it('refuses names that are empty or too long, and ids that are not topic ids', async () => {
    const empty = await curator.api.post('/api/topics', { name: '   ' }).expect(400);
    expect(empty.body.message).toBe('name must not be empty');
    const long = await curator.api.post('/api/topics', { name: 'x'.repeat(81) }).expect(400);
    expect(long.body.message).toBe('name must be at most 80 characters');
    await curator.api.post('/api/topics', { name: 'x'.repeat(80) }).expect(201);
    // A body the API does not document goes through the raw agent.
    const extra = await curator.agent
      .post('/api/topics')
      .set('X-XSRF-TOKEN', curator.xsrf)
      .send({ name: 'Ok', colour: 'red' })
      .expect(400);
    expect(extra.body.message).toBe('colour is not a field this request accepts');

    const badId = await curator.api.patch('/api/topics/42', { name: 'Anything' }).expect(400);
    expect(badId.body.message).toBe('id must be an id (a UUID)');
    await curator.api.delete('/api/topics/not-a-uuid').expect(400);
    const unknown = await curator.api
      .patch(`/api/topics/${randomUUID()}`, {
        name: 'Anything',
      })
      .expect(404);
    expect(unknown.body.message).toMatch(/^No topic with id /);
  });

  it('lets only curators and admins change topics', async () => {
    const id = await topic('Culture');
    for (const role of ['employee', 'analyst'] as const) {
      const person = await signIn(t, await makeUser(t, { roles: [role] }));
      await person.api.get('/api/topics').expect(200);
      await person.api.post('/api/topics', { name: `By ${role}` }).expect(403);
      await person.api.patch(`/api/topics/${id}`, { name: `By ${role}` }).expect(403);
      await person.api.delete(`/api/topics/${id}`).expect(403);
    }
    await admin.api.post('/api/topics', { name: 'By admin' }).expect(201);
    await t.http().get('/api/topics').expect(401);
  });

  it('finds topics by id for content, refusing an unknown id as bad input', async () => {
    const a = await topic('Alpha topic');
    const b = await topic('Beta topic');
    const topics = t.app.get(TopicsService);
    const found = await topics.findByIds([b, a, b]);
    expect(found.map((row) => row.name)).toEqual(['Beta topic', 'Alpha topic']);
    expect(await topics.findByIds([])).toEqual([]);

    const unknown = randomUUID();
    const refusal = await topics.findByIds([a, unknown]).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({
      code: 'invalid_input',
      message: `There is no topic with id ${unknown}.`,
    });
  });
});
