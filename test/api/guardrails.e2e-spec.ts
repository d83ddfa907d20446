import { randomUUID } from 'node:crypto';
import { sampleTrackedLink } from '@chorus/core';
import { publicAddress } from '../../apps/api/src/config/public-address';
import {
  createTestApp,
  makeUser,
  MadeUser,
  signIn,
  SignedInAgent,
  TestApp,
} from '../support/test-app';
import type { Schema } from '../support/api-client';

describe('guardrails and restricted terms', () => {
  let t: TestApp;
  let adminUser: MadeUser;
  let admin: SignedInAgent;
  let employee: SignedInAgent;

  beforeAll(async () => {
    t = await createTestApp();
    adminUser = await makeUser(t, { roles: ['admin'] });
    admin = await signIn(t, adminUser);
    employee = await signIn(t, await makeUser(t));
  });
  afterAll(() => t.close());

  const check = (
    text: string,
    network: Schema<'CheckPostDto'>['network'] = 'linkedin',
    language?: Schema<'CheckPostDto'>['language'],
  ) => employee.api.post('/api/guardrails/check', { text, network, language }).expect(200);

  const term = (body: Partial<Schema<'CreateRestrictedTermDto'>> & { term: string }) =>
    admin.api.post('/api/restricted-terms', {
      category: 'confidential',
      severity: 'block',
      note: '',
      ...body,
    });

  it('checks a post the way a share is checked: terms with their note, swearing, personal data', async () => {
    await term({
      term: 'Project Falcon',
      note: 'Falcon is not announced yet: do not mention it.',
    }).expect(201);
    const text = 'Big news on #ProjectFalcon, this is f**king great! Call +31 6 1234 5678';
    const { body } = await check(text);
    expect(body.blocked).toBe(true);
    expect(
      body.findings.map(
        (finding: { kind: string; severity: string; start: number; end: number }) => [
          finding.kind,
          finding.severity,
          text.slice(finding.start, finding.end),
        ],
      ),
    ).toEqual([
      ['restricted_term', 'block', 'ProjectFalcon'],
      ['profanity', 'block', 'f**king'],
      ['phone', 'warn', '+31 6 1234 5678'],
    ]);
    expect(body.findings[0]).toMatchObject({
      term: 'Project Falcon',
      category: 'confidential',
      note: 'Falcon is not announced yet: do not mention it.',
    });

    const clean = await check('Proud of our new office in Athens! #WeAreChorus');
    expect(clean.body).toEqual({ findings: [], blocked: false });
  });

  it("checks profanity in every language the organisation uses, whatever the post's language", async () => {
    const languages = () => employee.api.get('/api/guardrails/languages').expect(200);
    expect((await languages()).body).toEqual({ languages: ['en'] });
    // Dutch is not used yet: a Dutch swear word in a post marked English is not Dutch to anyone.
    expect((await check('Wat een klootzak', 'linkedin', 'en')).body.blocked).toBe(false);
    expect((await check('Wat een klootzak', 'linkedin', 'nl')).body.blocked).toBe(true);

    await makeUser(t, { language: 'nl' });
    await makeUser(t, { language: 'no' });
    expect((await languages()).body).toEqual({ languages: ['en', 'nb', 'nl'] });
    const { body } = await check('Wat een klootzak', 'linkedin', 'en');
    expect(body.blocked).toBe(true);
    expect(body.findings[0]).toMatchObject({ match: 'klootzak', language: 'nl' });
    // A word that is profane in one of them but ordinary in another is not matched by itself.
    expect((await check('Slutt på uka, og slut på veckan', 'linkedin', 'en')).body.blocked).toBe(
      true,
    );
    await makeUser(t, { language: 'sv' });
    expect((await check('Slut på veckan', 'linkedin', 'en')).body.blocked).toBe(false);
  });

  it("shows each writer the term's note in their language, else the main note", async () => {
    const created = await term({
      term: 'Nightjar',
      note: 'Nightjar is not announced yet.',
      notes: {
        da: ' Nightjar er ikke annonceret endnu. ',
        el: 'Το Nightjar δεν έχει ανακοινωθεί ακόμη.',
        nl: '',
      },
    }).expect(201);
    expect(created.body).toMatchObject({
      note: 'Nightjar is not announced yet.',
      notes: {
        da: 'Nightjar er ikke annonceret endnu.',
        el: 'Το Nightjar δεν έχει ανακοινωθεί ακόμη.',
      },
    });
    expect(Object.keys(created.body.notes).sort()).toEqual(['da', 'el']);
    const noteFor = async (language: string) => {
      const writer = await signIn(t, await makeUser(t, { language }));
      const { body } = await writer.api
        .post('/api/guardrails/check', { text: 'Nightjar ships soon', network: 'x' })
        .expect(200);
      return body.findings[0];
    };

    expect(await noteFor('da')).toMatchObject({ note: 'Nightjar er ikke annonceret endnu.' });
    expect((await noteFor('el')).message).toContain('Το Nightjar δεν έχει ανακοινωθεί ακόμη.');
    // Swedish has no note of its own; nor has a language Chorus does not speak.
    expect(await noteFor('sv')).toMatchObject({ note: 'Nightjar is not announced yet.' });
    expect(await noteFor('fi')).toMatchObject({ note: 'Nightjar is not announced yet.' });

    // A change of the translations applies at once, to the language it concerns.
    const changed = await admin.api
      .patch(`/api/restricted-terms/${created.body.id}`, {
        notes: { sv: 'Nightjar är inte lanserat än.' },
      })
      .expect(200);
    expect(changed.body.notes).toEqual({ sv: 'Nightjar är inte lanserat än.' });
    expect(await noteFor('sv')).toMatchObject({ note: 'Nightjar är inte lanserat än.' });
    expect(await noteFor('da')).toMatchObject({ note: 'Nightjar is not announced yet.' });
    const found = await admin.api.get('/api/restricted-terms?search=lanserat').expect(200);
    expect(found.body.map((row: { term: string }) => row.term)).toEqual(['Nightjar']);

    const tooLong = await admin.api
      .patch(`/api/restricted-terms/${created.body.id}`, { notes: { de: 'x'.repeat(501) } })
      .expect(400);
    expect(tooLong.body.message).toBe('notes.de must be at most 500 characters');
    await admin.api.delete(`/api/restricted-terms/${created.body.id}`).expect(204);
  });

  it('applies a change to the terms at once', async () => {
    const created = await term({
      term: 'Brightwave',
      category: 'competitor',
      severity: 'warn',
    }).expect(201);
    expect((await check('Better than Brightwave')).body.findings[0]).toMatchObject({
      severity: 'warn',
      category: 'competitor',
    });
    await admin.api
      .patch(`/api/restricted-terms/${created.body.id}`, {
        severity: 'block',
        note: 'Do not compare.',
      })
      .expect(200);
    expect((await check('Better than Brightwave')).body).toMatchObject({
      blocked: true,
      findings: [{ severity: 'block', note: 'Do not compare.' }],
    });
    await admin.api.delete(`/api/restricted-terms/${created.body.id}`).expect(204);
    expect((await check('Better than Brightwave')).body.findings).toEqual([]);
  });

  it('counts the length the network’s way, with the tracked link the share will carry', async () => {
    // The tracked link is on this server's address (http://localhost:…), which X does not take
    // for a link without a top-level domain: its characters count. An emoji counts 2.
    const link = sampleTrackedLink(publicAddress(t.config));
    const room = 280 - 1 - link.length;
    const { body } = await check(`${'a'.repeat(room - 1)}🎉`, 'x');
    expect(body.findings).toEqual([
      expect.objectContaining({ kind: 'length', severity: 'block', limit: 280, length: 281 }),
    ]);
    expect((await check(`${'a'.repeat(room - 2)}🎉`, 'x')).body.findings).toEqual([]);
    expect((await check(`${'a'.repeat(room - 24)} example.com/x`, 'x')).body.findings).toEqual([]);
  });

  it('lets admins keep the list, refusing a term the checker cannot tell from another', async () => {
    const created = await term({
      term: '  Café Noir ',
      category: 'taboo',
      note: ' Not yet. ',
    }).expect(201);
    expect(created.body).toMatchObject({ term: 'Café Noir', category: 'taboo', note: 'Not yet.' });
    const duplicate = await term({ term: 'cafe-NOIR' }).expect(409);
    expect(duplicate.body.message).toBe(
      '“Café Noir” is already a restricted term, and matches the same words as “cafe-NOIR”.',
    );

    const other = await term({ term: 'Nimbus' }).expect(201);
    await admin.api
      .patch(`/api/restricted-terms/${other.body.id}`, {
        term: 'café noir',
      })
      .expect(409);
    await admin.api
      .patch(`/api/restricted-terms/${created.body.id}`, {
        term: 'Café noir',
      })
      .expect(200);

    const list = await admin.api.get('/api/restricted-terms?category=taboo').expect(200);
    expect(list.body.map((row: { term: string }) => row.term)).toEqual(['Café noir']);
    const search = await admin.api.get('/api/restricted-terms?search=not%20yet').expect(200);
    expect(search.body.map((row: { term: string }) => row.term)).toEqual(['Café noir']);

    const audit = await admin.api.get(`/api/audit?targetId=${created.body.id}`).expect(200);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'restricted_term.updated',
      'restricted_term.created',
    ]);
    expect(audit.body.items[0].summary).toEqual({
      before: { term: 'Café Noir', category: 'taboo', severity: 'block', note: 'Not yet.' },
      after: { term: 'Café noir', category: 'taboo', severity: 'block', note: 'Not yet.' },
    });
  });

  it('refuses bad terms with a message, and unknown ones with 404', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ term: '' }, 'term must not be empty'],
      [{ term: '!!!' }, 'term must contain at least one letter or digit'],
      [{ term: 'x'.repeat(101) }, 'term must be at most 100 characters'],
      [
        { term: 'Ok', category: 'secret' },
        'category must be one of: confidential, competitor, taboo',
      ],
      [{ term: 'Ok', severity: 'stop' }, 'severity must be one of: warn, block'],
    ];
    for (const [body, message] of cases) {
      const refused = await admin.api
        .malformed('post', '/api/restricted-terms', {
          category: 'confidential',
          severity: 'block',
          note: '',
          ...body,
        })
        .expect(400);
      expect(refused.body.message).toContain(message);
    }
    await admin.api.patch(`/api/restricted-terms/${randomUUID()}`, { note: 'x' }).expect(404);
    await admin.api.delete(`/api/restricted-terms/${randomUUID()}`).expect(404);
  });

  it('keeps the list itself from employees: it names unannounced projects', async () => {
    await employee.api.get('/api/restricted-terms').expect(403);
    const curator = await signIn(t, await makeUser(t, { roles: ['curator'] }));
    await curator.api.get('/api/restricted-terms').expect(403);
    await employee.api.malformed('post', '/api/restricted-terms', { term: 'x' }).expect(403);
  });

  it('refuses a check it cannot run with 400', async () => {
    const bad = await employee.api
      .malformed('post', '/api/guardrails/check', { text: 'hi', network: 'myspace' })
      .expect(400);
    expect(bad.body.message).toContain('network must be one of: any, linkedin, x');
    await employee.api
      .malformed('post', '/api/guardrails/check', { text: 'hi', network: 'x', language: 'klingon' })
      .expect(400);
    await employee.api
      .post('/api/guardrails/check', {
        text: 'x'.repeat(10_001),
        network: 'x',
      })
      .expect(400);
    await t.http().post('/api/guardrails/check').send({ text: 'hi', network: 'x' }).expect(401);
  });
});
