import {
  archiveApprovedItems,
  makeGroup,
  makeLiveItem,
  makeQuiz,
  makeReady,
  makeTopic,
  placeInGroups,
  publishPolicy,
} from '../support/factories';
import {
  createTestApp,
  makeUser,
  MadeUser,
  signIn,
  SignedInAgent,
  TestApp,
} from '../support/test-app';

const DAY = 86_400_000;

describe('the feed', () => {
  let t: TestApp;
  let admin: MadeUser;
  let curator: MadeUser;
  let sales: string;
  let support: string;
  let athens: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await makeUser(t, { roles: ['admin'] });
    curator = await makeUser(t, { roles: ['curator'] });
    sales = (await makeGroup(t, admin, 'department', 'Sales')).id;
    support = (await makeGroup(t, admin, 'department', 'Support')).id;
    athens = (await makeGroup(t, admin, 'location', 'Athens')).id;
    await makeQuiz(t, curator, 1, 2);
    await publishPolicy(t, admin);
  });
  afterAll(() => t.close());

  // Each test sees only the items it makes.
  beforeEach(() => archiveApprovedItems(t, curator));

  async function person(departmentId: string | null, locationId: string | null, language = 'en') {
    const user = await makeUser(t, { language });
    await placeInGroups(t, admin, user, { departmentId, locationId });
    return user;
  }

  const titles = async (who: SignedInAgent, query: '' | `?${string}` = '') =>
    (await who.api.get(`/api/feed${query}`).expect(200)).body.items.map(
      (item: { title: string }) => item.title,
    );

  it('shows live items meant for me: by department, location and language, within their window', async () => {
    const tag = `t${Date.now()}`;
    const make = (title: string, options: Parameters<typeof makeLiveItem>[1] = {}) =>
      makeLiveItem(t, { title: `${tag} ${title}`, ...options });
    await make('everyone');
    await make('sales', { targets: [sales] });
    await make('support', { targets: [support] });
    await make('sales in Athens', { targets: [sales, athens] });
    await make('Greek', { languages: ['el'] });
    await make('not yet', { publishAt: new Date(Date.now() + DAY) });
    await make('expired', { expiresAt: new Date(Date.now() - 1000) });
    await make('draft', { status: 'draft' });
    await make('archived', { status: 'archived' });

    const ofMine = async (user: MadeUser) =>
      (await titles(await signIn(t, user), '?limit=50'))
        .filter((title: string) => title.startsWith(tag))
        .map((title: string) => title.slice(tag.length + 1))
        .sort();
    expect(await ofMine(await person(sales, null))).toEqual(['everyone', 'sales']);
    expect(await ofMine(await person(sales, athens))).toEqual([
      'everyone',
      'sales',
      'sales in Athens',
    ]);
    expect(await ofMine(await person(support, athens, 'el'))).toEqual([
      'Greek',
      'everyone',
      'support',
    ]);
    expect(await ofMine(await person(null, null))).toEqual(['everyone']);
  });

  it('puts pinned items first, then items on topics I follow, then the newest, across pages', async () => {
    const topic = (await makeTopic(t, curator, 'Climate')).id;
    const at = (days: number) => new Date(Date.now() - days * DAY);
    await makeLiveItem(t, { title: 'old news', publishAt: at(9) });
    await makeLiveItem(t, { title: 'pinned', pinned: true, publishAt: at(20) });
    await makeLiveItem(t, { title: 'on climate', publishAt: at(15), topicIds: [topic] });
    await makeLiveItem(t, { title: 'newest', publishAt: at(1) });
    await makeLiveItem(t, { title: 'industry view', kind: 'industry', publishAt: at(3) });

    const reader = await signIn(t, await makeUser(t));
    expect(await titles(reader)).toEqual([
      'pinned',
      'newest',
      'industry view',
      'old news',
      'on climate',
    ]);
    await reader.api.put(`/api/me/topics/${topic}`).expect(204);
    await reader.api.put(`/api/me/topics/${topic}`).expect(204);
    const followed = (await reader.api.get('/api/me/topics').expect(200)).body;
    expect(followed).toEqual([{ id: topic, name: 'Climate', names: {}, followed: true }]);

    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `limit=2&cursor=${cursor}` : 'limit=2';
      const page = (await reader.api.get(`/api/feed?${query}`).expect(200)).body;
      pages.push(...page.items.map((item: { title: string }) => item.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual(['pinned', 'on climate', 'newest', 'industry view', 'old news']);

    expect(await titles(reader, '?kind=industry')).toEqual(['industry view']);
    expect(await titles(reader, `?topicId=${topic}`)).toEqual(['on climate']);

    await reader.api.delete(`/api/me/topics/${topic}`).expect(204);
    expect((await titles(reader))[1]).toBe('newest');
  });

  it('says on which networks I already shared an item, and labels its kind and link', async () => {
    const item = await makeLiveItem(t, {
      title: 'shared one',
      kind: 'industry',
      url: 'https://news.example.com/shared-one#highlights',
    });
    const user = await makeReady(t, await makeUser(t));
    const agent = await signIn(t, user);
    for (const network of ['x', 'linkedin', 'x'] as const) {
      await agent.api
        .post('/api/shares', { contentId: item, network, text: 'Have a look!' })
        .expect(201);
    }
    const [entry] = (await agent.api.get('/api/feed').expect(200)).body.items;
    expect(entry).toMatchObject({
      title: 'shared one',
      kind: 'industry',
      url: 'https://news.example.com/shared-one#highlights',
      sharedOn: ['linkedin', 'x'],
    });
    const other = await signIn(t, await makeUser(t));
    expect((await other.api.get('/api/feed').expect(200)).body.items[0].sharedOn).toEqual([]);
  });

  it('gives one item of my feed by its id, as the feed shows it; nothing that is not live for me', async () => {
    const topic = (await makeTopic(t, curator, 'Oceans')).id;
    const item = await makeLiveItem(t, { title: 'one of mine', topicIds: [topic] });
    const forSupport = await makeLiveItem(t, { title: 'support only', targets: [support] });
    const later = await makeLiveItem(t, {
      title: 'not yet',
      publishAt: new Date(Date.now() + DAY),
    });
    const draft = await makeLiveItem(t, { title: 'draft', status: 'draft' });
    const user = await makeReady(t, await person(sales, null));
    const agent = await signIn(t, user);
    await agent.api.put(`/api/me/topics/${topic}`).expect(204);
    await agent.api
      .post('/api/shares', { contentId: item, network: 'linkedin', text: 'Look!' })
      .expect(201);

    const one = (await agent.api.get(`/api/feed/${item}`).expect(200)).body;
    const [inFeed] = (await agent.api.get('/api/feed').expect(200)).body.items;
    expect(one).toEqual(inFeed);
    expect(one).toMatchObject({ title: 'one of mine', followed: true, sharedOn: ['linkedin'] });

    for (const hidden of [forSupport, later, draft, '8f1f8a44-7ac1-4b4c-9f0c-3c3a4de3ab10']) {
      const refused = await agent.api.get(`/api/feed/${hidden}`).expect(404);
      expect(refused.body.code).toBe('not_found');
    }
    await agent.api.get('/api/feed/not-an-id').expect(400);
  });

  it('offers colleagues different suggested posts in their language, the least used first', async () => {
    const item = await makeLiveItem(t, {
      variants: [
        ['any', 'en', 'For any network'],
        ['x', 'en', 'For X only'],
        ['linkedin', 'en', 'For LinkedIn only'],
        ['any', 'nl', 'In het Nederlands'],
      ],
    });
    const suggest = async (user: MadeUser, network: string) =>
      (
        await (
          await signIn(t, user)
        ).agent
          .get(`/api/feed/${item}/suggestion?network=${network}`)
          .expect(200)
      ).body;

    const first = await makeReady(t, await makeUser(t));
    const offered = await suggest(first, 'x');
    expect(['For any network', 'For X only']).toContain(offered.text);
    const agent = await signIn(t, first);
    await agent.api
      .post('/api/shares', { contentId: item, network: 'x', text: offered.text })
      .expect(201);
    // The next colleague is offered the other wording: it has been shared less.
    const second = await suggest(await makeUser(t), 'x');
    expect(second.text).not.toBe(offered.text);
    expect(['For any network', 'For X only']).toContain(second.text);

    expect((await suggest(await makeUser(t, { language: 'nl' }), 'x')).text).toBe(
      'In het Nederlands',
    );
    const fallback = await makeLiveItem(t, { title: 'No posts yet', variants: [] });
    const none = await (
      await signIn(t, await makeUser(t))
    ).agent
      .get(`/api/feed/${fallback}/suggestion?network=linkedin`)
      .expect(200);
    expect(none.body).toEqual({
      variantId: null,
      text: 'No posts yet',
      language: 'en',
      fallback: false,
    });
    const stranger = await signIn(t, await makeUser(t));
    await stranger.api.get(`/api/feed/${item}/suggestion?network=myspace`).expect(400);
  });

  it("offers my language's post, else the item's main language, else any, and says when it falls back", async () => {
    const item = await makeLiveItem(t, {
      language: 'sv',
      variants: [
        ['any', 'sv', 'Kolla in vårt nya kontor!'],
        ['any', 'el', 'Δείτε το νέο μας γραφείο!'],
        ['any', 'da', 'Se vores nye kontor!'],
      ],
    });
    const suggest = async (language: string, itemId = item) =>
      (
        await (
          await signIn(t, await makeUser(t, { language }))
        ).api
          .get(`/api/feed/${itemId}/suggestion?network=linkedin`)
          .expect(200)
      ).body;

    expect(await suggest('el')).toMatchObject({
      text: 'Δείτε το νέο μας γραφείο!',
      language: 'el',
      fallback: false,
    });
    expect(await suggest('da')).toMatchObject({ language: 'da', fallback: false });
    // No Dutch post: the item's main language comes before the other translations.
    expect(await suggest('nl')).toMatchObject({
      text: 'Kolla in vårt nya kontor!',
      language: 'sv',
      fallback: true,
    });

    // Nothing in mine nor in the item's main language: any other will do, and it says so.
    const greekOnly = await makeLiveItem(t, {
      language: 'en',
      variants: [['any', 'el', 'Δείτε το νέο μας γραφείο!']],
    });
    expect(await suggest('de', greekOnly)).toMatchObject({ language: 'el', fallback: true });
    const untranslated = await makeLiveItem(t, { title: 'Our new office', variants: [] });
    expect(await suggest('fr', untranslated)).toMatchObject({
      variantId: null,
      text: 'Our new office',
      language: 'en',
      fallback: true,
    });
  });

  it("carries each topic's names in other languages, on items and among the topics I may follow", async () => {
    const topic = await makeTopic(t, curator, `Sustainability ${Date.now()}`);
    await (
      await signIn(t, curator)
    ).api
      .patch(`/api/topics/${topic.id}`, { names: { da: 'Bæredygtighed', el: 'Βιωσιμότητα' } })
      .expect(200);
    await makeLiveItem(t, { title: 'Greener offices', topicIds: [topic.id] });
    const reader = await signIn(t, await makeUser(t, { language: 'da' }));

    const [entry] = (await reader.api.get('/api/feed').expect(200)).body.items;
    const names = { da: 'Bæredygtighed', el: 'Βιωσιμότητα' };
    expect(entry.topics).toEqual([{ id: topic.id, name: topic.name, names }]);
    const followable = (await reader.api.get('/api/me/topics').expect(200)).body;
    expect(followable).toContainEqual({ id: topic.id, name: topic.name, names, followed: false });
  });

  it('refuses a cursor it did not give out, and bad filters', async () => {
    const reader = await signIn(t, await makeUser(t));
    const bad = await reader.api.get('/api/feed?cursor=bm9wZQ').expect(400);
    expect(bad.body.message).toBe('cursor is not one this feed gave out: start again without it');
    await reader.api.get('/api/feed?limit=500').expect(400);
    await reader.api.get('/api/feed?kind=rumour').expect(400);
    await reader.api.get('/api/feed?topicId=nope').expect(400);
    await reader.api.put('/api/me/topics/00000000-0000-4000-8000-000000000000').expect(404);
  });
});
