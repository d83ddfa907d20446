import { GroupsService } from '../../apps/api/src/groups/groups.service';
import {
  acknowledgePolicy,
  enroll,
  makeGroup,
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

describe('the social media policy', () => {
  let t: TestApp;
  let admin: MadeUser;
  let adminAgent: SignedInAgent;
  let analyst: SignedInAgent;

  // The policy's versions are the organisation's: each test starts from an organisation of its
  // own, before any version is published.
  beforeEach(async () => {
    t = await createTestApp();
    admin = await makeUser(t, { roles: ['admin'] });
    adminAgent = await signIn(t, admin);
    analyst = await signIn(t, await makeUser(t, { roles: ['analyst'] }));
  });
  afterEach(() => t.close());

  async function inDepartment(name: string, department: string, enrolled = true) {
    const user = await makeUser(t, { name });
    const departmentId =
      (await t.app.get(GroupsService).findDepartment(department))?.id ??
      (await makeGroup(t, admin, 'department', department)).id;
    await placeInGroups(t, admin, user, { departmentId });
    if (enrolled) await enroll(t, user);
    return { user, agent: await signIn(t, user) };
  }

  it('has nothing to acknowledge before the first version, and says so', async () => {
    const employee = await signIn(t, await makeUser(t));
    const none = await employee.api.get('/api/policy/current').expect(404);
    expect(none.body.message).toBe('No social media policy has been published yet.');
    const sign = await employee.api
      .post('/api/policy/current/acknowledgments', {
        fullName: 'x',
      })
      .expect(404);
    expect(sign.body.message).toBe('No social media policy has been published yet.');
  });

  it('lets only admins publish; version 1 always needs acknowledging, and is audited', async () => {
    const curator = await signIn(t, await makeUser(t, { roles: ['curator'] }));
    await curator.api
      .post('/api/policy', {
        mainLanguage: 'en',
        texts: [{ language: 'en', title: 'Mine', body: 'x' }],
        requiresAcknowledgment: true,
      })
      .expect(403);

    const published = await adminAgent.api
      .post('/api/policy', {
        mainLanguage: 'en',
        texts: [
          {
            language: 'nl',
            title: 'Socialemediabeleid',
            body: '## Vertrouwelijke informatie\n\nTwijfel je? Dan niet.',
          },
          {
            language: 'en',
            title: '  Social media policy ',
            body: '## Confidential information\n\nIf in doubt, leave it out.',
          },
        ],
        requiresAcknowledgment: false,
      })
      .expect(201);
    expect(published.body).toMatchObject({
      version: 1,
      language: 'en',
      mainLanguage: 'en',
      languages: ['en', 'nl'],
      title: 'Social media policy',
      requiresAcknowledgment: true,
      changeSummary: '',
    });
    const audit = await adminAgent.api.get('/api/audit?action=policy.published').expect(200);
    expect(audit.body.items[0]).toMatchObject({
      actorId: admin.id,
      targetLabel: 'Version 1',
      summary: { after: { mainLanguage: 'en', languages: ['en', 'nl'] } },
    });
    const versions = await adminAgent.api.get('/api/policy/versions').expect(200);
    expect(versions.body[0]).toMatchObject({
      title: 'Social media policy',
      mainLanguage: 'en',
      texts: [
        { language: 'en', title: 'Social media policy', addedBy: admin.name },
        { language: 'nl', title: 'Socialemediabeleid', addedBy: admin.name },
      ],
    });
  });

  it('refuses a version whose texts do not make sense, and publishes nothing', async () => {
    const text = (language: string, fields: object = {}) => ({
      language,
      title: 'Social media policy',
      body: 'x',
      ...fields,
    });
    for (const [body, message] of [
      [
        { mainLanguage: 'en', texts: [text('en', { title: '' })], requiresAcknowledgment: true },
        'title must not be empty',
      ],
      [
        { mainLanguage: 'en', texts: [text('en', { body: '  ' })], requiresAcknowledgment: true },
        'body must not be empty',
      ],
      [{ mainLanguage: 'en', texts: [text('en')] }, 'requiresAcknowledgment must be true or false'],
      [
        { mainLanguage: 'en', texts: [], requiresAcknowledgment: true },
        'texts must list at least 1 item',
      ],
      [{ mainLanguage: 'en', requiresAcknowledgment: true }, 'texts must be a list'],
      [
        { mainLanguage: 'xx', texts: [text('en')], requiresAcknowledgment: true },
        'mainLanguage must be one of: en, nl',
      ],
      [
        { mainLanguage: 'en', texts: [text('en'), text('klingon')], requiresAcknowledgment: true },
        'texts.1.language must be one of: en, nl',
      ],
      [
        { mainLanguage: 'sv', texts: [text('en'), text('nl')], requiresAcknowledgment: true },
        'mainLanguage must be the language of one of the texts (en, nl).',
      ],
      [
        { mainLanguage: 'en', texts: [text('en'), text('en')], requiresAcknowledgment: true },
        'texts must have at most one text per language: en appears more than once.',
      ],
    ] as const) {
      const refused = await adminAgent.api.malformed('post', '/api/policy', body).expect(400);
      expect(refused.body.message).toContain(message);
    }
    expect((await adminAgent.api.get('/api/policy/versions').expect(200)).body).toEqual([]);
  });

  it('serves each reader the text in their language, else the main one, and says so', async () => {
    await publishPolicy(t, admin, {
      texts: [
        {
          language: 'en',
          title: 'Social media policy',
          body: 'If in doubt, leave it out.',
          changeSummary: '',
        },
        {
          language: 'nl',
          title: 'Socialemediabeleid',
          body: 'Twijfel je? Dan niet.',
          changeSummary: '',
        },
      ],
    });
    const dutch = await signIn(t, await makeUser(t, { language: 'nl' }));
    const inDutch = await dutch.api.get('/api/policy/current').expect(200);
    expect(inDutch.body).toMatchObject({
      language: 'nl',
      requestedLanguage: 'nl',
      fellBack: false,
      mainLanguage: 'en',
      languages: ['en', 'nl'],
      title: 'Socialemediabeleid',
      body: 'Twijfel je? Dan niet.',
    });
    const inEnglish = await dutch.api.get('/api/policy/current?language=en').expect(200);
    expect(inEnglish.body).toMatchObject({
      language: 'en',
      fellBack: false,
      title: 'Social media policy',
    });

    const swede = await signIn(t, await makeUser(t, { language: 'sv' }));
    const fallback = await swede.api.get('/api/policy/current').expect(200);
    expect(fallback.body).toMatchObject({
      language: 'en',
      requestedLanguage: 'sv',
      fellBack: true,
      body: 'If in doubt, leave it out.',
    });
    const older = await swede.api.get('/api/policy/versions/1?language=nl').expect(200);
    expect(older.body).toMatchObject({ version: 1, language: 'nl', fellBack: false });

    const unknown = await swede.api.get('/api/policy/current?language=xx').expect(400);
    expect(unknown.body.message).toContain('language must be one of: en, nl');
  });

  it('records the language signed; a translation added later asks nobody to sign again', async () => {
    await publishPolicy(t, admin);
    const lars = await inDepartment('Lars Andersson', 'Sales');
    await lars.agent.api.patch('/api/me', { language: 'sv' }).expect(200);
    const early = await inDepartment('Emma Early', 'Sales');
    await early.agent.api
      .post('/api/policy/current/acknowledgments', { fullName: 'Emma Early', language: 'en' })
      .expect(201);

    // No Swedish text yet: Lars cannot claim to have signed one.
    const noSwedish = await lars.agent.api
      .post('/api/policy/current/acknowledgments', { fullName: 'Lars Andersson', language: 'sv' })
      .expect(422);
    expect(noSwedish.body.message).toBe(
      'Version 1 of the policy has no Swedish text to sign; it is available in: en.',
    );

    const added = await adminAgent.api
      .put('/api/policy/versions/1/texts/sv', {
        title: ' Policy för sociala medier ',
        body: '## Var snäll\n\nInga konfidentiella uppgifter.',
      })
      .expect(200);
    expect(added.body).toMatchObject({
      version: 1,
      language: 'sv',
      title: 'Policy för sociala medier',
      languages: ['en', 'sv'],
    });
    const corrected = await analyst.api
      .put('/api/policy/versions/1/texts/sv', {
        title: 'Policy för sociala medier',
        body: '## Var vänlig\n\nInga konfidentiella uppgifter.',
      })
      .expect(200);
    expect(corrected.body.body).toBe('## Var vänlig\n\nInga konfidentiella uppgifter.');
    const audit = await adminAgent.api.get('/api/audit').expect(200);
    expect(
      audit.body.items.map((entry: { action: string; targetLabel: string }) => [
        entry.action,
        entry.targetLabel,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['policy.translation_added', 'Version 1'],
        ['policy.translation_updated', 'Version 1'],
      ]),
    );

    // Still version 1: whoever signed stays up to date.
    const emma = await early.agent.api.get('/api/policy/current').expect(200);
    expect(emma.body).toMatchObject({ version: 1, standing: { upToDate: true } });
    const versions = await analyst.api.get('/api/policy/versions').expect(200);
    expect(versions.body).toHaveLength(1);

    const reading = await lars.agent.api.get('/api/policy/current').expect(200);
    expect(reading.body).toMatchObject({ language: 'sv', fellBack: false });
    const signed = await lars.agent.api
      .post('/api/policy/current/acknowledgments', { fullName: 'Lars Andersson', language: 'sv' })
      .expect(201);
    expect(signed.body).toMatchObject({ version: 1, language: 'sv' });

    const csv = await analyst.api.get('/api/policy/acknowledgments.csv').expect(200);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines.find((line) => line.startsWith('Lars Andersson,'))).toMatch(
      /^Lars Andersson,[^,]+,Sales,,active,yes,1,sv,Policy för sociala medier,Lars Andersson,/,
    );
    expect(lines.find((line) => line.startsWith('Emma Early,'))).toMatch(
      /,1,en,Social media policy,Emma Early,/,
    );
    const coverage = await analyst.api.get('/api/policy/coverage').expect(200);
    expect(coverage.body.departments[0]).toMatchObject({
      department: 'Sales',
      acknowledged: 2,
      languages: expect.arrayContaining([
        { language: 'en', people: 1 },
        { language: 'sv', people: 1 },
      ]),
    });
  });

  it('refuses translations that would change what was published, or go nowhere', async () => {
    await publishPolicy(t, admin);
    const text = { title: 'Policy', body: 'x' };
    const main = await adminAgent.api.put('/api/policy/versions/1/texts/en', text).expect(409);
    expect(main.body.message).toBe(
      "The English text is version 1's main text, as it was published; publish a new version to change it.",
    );
    expect(main.body.details).toMatchObject({
      key: 'errors:policy.mainTextFixed',
      params: { language: 'en', version: 1 },
    });
    const inDutch = await adminAgent.api
      .put('/api/policy/versions/1/texts/en', text)
      .set('Accept-Language', 'nl')
      .expect(409);
    expect(inDutch.body.message).toBe(
      'De tekst in het Engels is de hoofdtekst van versie 1, zoals die is gepubliceerd; publiceer een nieuwe versie om hem te wijzigen.',
    );
    const missing = await adminAgent.api.put('/api/policy/versions/9/texts/sv', text).expect(404);
    expect(missing.body.message).toBe('There is no policy version 9.');
    const language = await adminAgent.api.put('/api/policy/versions/1/texts/xx', text).expect(400);
    expect(language.body.message).toContain('language must be one of: en, nl');
    const empty = await adminAgent.api
      .malformed('put', '/api/policy/versions/1/texts/sv', { title: 'T', body: ' ' })
      .expect(400);
    expect(empty.body.message).toContain('body must not be empty');
    const employee = await signIn(t, await makeUser(t));
    await employee.api.put('/api/policy/versions/1/texts/sv', text).expect(403);
    const current = await employee.api.get('/api/policy/current?language=sv').expect(200);
    expect(current.body).toMatchObject({ languages: ['en'], fellBack: true });
  });

  it('takes the typed full name as the signature, and keeps the first one', async () => {
    await publishPolicy(t, admin);
    const user = await makeUser(t, { name: 'José García' });
    const agent = await signIn(t, user);
    const before = await agent.api.get('/api/policy/current').expect(200);
    expect(before.body.standing).toMatchObject({ upToDate: false, acknowledged: null });

    const wrong = await agent.api
      .post('/api/policy/current/acknowledgments', {
        fullName: 'Jose',
      })
      .expect(422);
    expect(wrong.body.message).toBe(
      'Type your full name as it is on your account (José García) to sign the policy.',
    );

    const signed = await agent.api
      .post('/api/policy/current/acknowledgments', {
        fullName: ' jose  garcia ',
      })
      .expect(201);
    expect(signed.body).toMatchObject({ version: 1, language: 'en', typedName: 'jose  garcia' });
    const again = await agent.api
      .post('/api/policy/current/acknowledgments', {
        fullName: 'José García',
      })
      .expect(201);
    expect(again.body).toEqual(signed.body);

    const after = await agent.api.get('/api/policy/current').expect(200);
    expect(after.body.standing).toMatchObject({ upToDate: true, acknowledged: signed.body });
  });

  it('shows HR the coverage by department and exports every acknowledgment as CSV', async () => {
    await publishPolicy(t, admin);
    const sales1 = await inDepartment('Sam Sales', 'Sales');
    await inDepartment('Sue Sales', 'Sales');
    await inDepartment('Sid Sales', 'Sales', false);
    const support = await inDepartment('=HYPERLINK("x") Tess', 'Support');
    for (const person of [sales1, support]) {
      await person.agent.api
        .post('/api/policy/current/acknowledgments', {
          fullName: person.user.name,
        })
        .expect(201);
    }

    const coverage = await analyst.api.get('/api/policy/coverage').expect(200);
    expect(coverage.body.requiredVersion).toBe(1);
    const byName = Object.fromEntries(
      coverage.body.departments.map((row: { department: string }) => [row.department, row]),
    );
    expect(byName.Sales).toMatchObject({
      people: 3,
      enrolled: 2,
      acknowledged: 1,
      enrolledAcknowledged: 1,
    });
    expect(byName.Support).toMatchObject({ people: 1, enrolled: 1, enrolledAcknowledged: 1 });

    const csv = await analyst.api.get('/api/policy/acknowledgments.csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="policy-acknowledgments-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'name,email,department,location,status,enrolled,version,language,title,name typed,acknowledged at,up to date',
    );
    const sam = lines.find((line) => line.startsWith('Sam Sales,'));
    expect(sam).toMatch(
      new RegExp(
        `^Sam Sales,${sales1.user.email},Sales,,active,yes,1,en,Social media policy,Sam Sales,\\d{4}-.+Z,yes$`,
      ),
    );
    expect(lines.some((line) => line.startsWith(`"'=HYPERLINK(""x"") Tess"`))).toBe(true);

    const employee = await signIn(t, await makeUser(t));
    await employee.api.get('/api/policy/coverage').expect(403);
    await employee.api.get('/api/policy/acknowledgments.csv').expect(403);
  });

  it('keeps every version readable, and counts acknowledgments per version', async () => {
    await publishPolicy(t, admin);
    await acknowledgePolicy(t, await makeUser(t));
    await publishPolicy(t, admin, { title: 'Version two', requiresAcknowledgment: false });
    const versions = await analyst.api.get('/api/policy/versions').expect(200);
    expect(
      versions.body.map((row: { version: number; title: string; acknowledgments: number }) => [
        row.version,
        row.title,
        row.acknowledgments > 0,
      ]),
    ).toEqual([
      [2, 'Version two', false],
      [1, 'Social media policy', true],
    ]);
    const employee = await signIn(t, await makeUser(t));
    const first = await employee.api.get('/api/policy/versions/1').expect(200);
    expect(first.body.title).toBe('Social media policy');
    await employee.api.get('/api/policy/versions/9').expect(404);
    await employee.api.get('/api/policy/versions/zero').expect(400);
    await employee.api.get('/api/policy/versions').expect(403);
  });
});
