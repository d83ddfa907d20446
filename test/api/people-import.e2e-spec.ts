import { DataSource } from 'typeorm';
import { createTestApp, makeUser, signIn, SignedInAgent, TestApp } from '../support/test-app';

const HEADER = 'email,name,department,location,language,roles';

describe('POST /api/people/import (CSV)', () => {
  let t: TestApp;
  let admin: SignedInAgent;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    await admin.api.post('/api/groups/department', { name: 'Sales' }).expect(201);
  });
  afterAll(() => t.close());

  function upload(csv: string | Buffer, query: '' | `?${string}` = '') {
    return admin.api
      .post(`/api/people/import${query}`)
      .set('Content-Type', 'text/csv')
      .send(typeof csv === 'string' ? Buffer.from(csv) : csv);
  }

  async function count(sql: string): Promise<number> {
    const [{ count }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM ${sql}`);
    return count;
  }

  it('previews without writing, then applies, then finds nothing to change the second time', async () => {
    const csv = [
      HEADER,
      'sara@import.test,Sara Berg,sales,Stockholm,sv,employee',
      'tom@import.test,Tom Dijk,Support,Utrecht,nl,employee;curator',
    ].join('\n');
    const peopleBefore = await count('users');
    const auditBefore = await count('audit_entries');

    const preview = await upload(csv, '?dryRun=true&unknownGroups=create').expect(200);
    expect(preview.body).toMatchObject({
      dryRun: true,
      applied: false,
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      newDepartments: ['Support'],
      newLocations: ['Stockholm', 'Utrecht'],
      problems: [],
    });
    expect(preview.body.changes).toEqual([
      { line: 2, email: 'sara@import.test', name: 'Sara Berg', action: 'create', fields: [] },
      { line: 3, email: 'tom@import.test', name: 'Tom Dijk', action: 'create', fields: [] },
    ]);
    expect(await count('users')).toBe(peopleBefore);
    expect(await count('org_groups')).toBe(1);
    expect(await count('audit_entries')).toBe(auditBefore);

    const applied = await upload(csv, '?unknownGroups=create').expect(200);
    expect(applied.body).toMatchObject({ applied: true, created: 2 });
    const tom = await admin.api.get('/api/people?search=tom@import.test').expect(200);
    expect(tom.body.items[0]).toMatchObject({
      name: 'Tom Dijk',
      status: 'invited',
      roles: ['employee', 'curator'],
      language: 'nl',
      department: { name: 'Support' },
      location: { name: 'Utrecht' },
    });
    const sara = await admin.api.get('/api/people?search=sara@import.test').expect(200);
    expect(sara.body.items[0].department.name).toBe('Sales');

    const again = await upload(csv, '?unknownGroups=create').expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, newDepartments: [] });

    const audit = await admin.api.get('/api/audit?action=people.imported').expect(200);
    expect(audit.body.items[1].summary).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
  });

  it('updates what changed and keeps what an empty cell leaves out', async () => {
    await upload(`${HEADER}\nkeep@import.test,Kim Keep,Sales,,de,employee;analyst`).expect(200);
    const changed = await upload('email,name,roles\nkeep@import.test,Kim Keeper,').expect(200);
    expect(changed.body.changes).toEqual([
      {
        line: 2,
        email: 'keep@import.test',
        name: 'Kim Keeper',
        action: 'update',
        fields: ['name'],
      },
    ]);
    const person = await admin.api.get('/api/people?search=keep@import.test').expect(200);
    expect(person.body.items[0]).toMatchObject({
      name: 'Kim Keeper',
      roles: ['employee', 'analyst'],
      language: 'de',
      department: { name: 'Sales' },
    });
  });

  it('rejects rows with unknown groups when asked to, naming line and column, and writes nothing', async () => {
    const csv = `${HEADER}\nok@import.test,Olly Ok,Sales,,,\nnope@import.test,Nora Nope,Legal,Mars,,`;
    const response = await upload(csv, '?unknownGroups=reject').expect(422);
    expect(response.body.code).toBe('import_invalid');
    expect(response.body.message).toBe(
      'The file has 2 problems; nothing was imported. Fix them and upload the file again.',
    );
    expect(response.body.details.problems).toEqual([
      {
        line: 3,
        column: 'department',
        key: 'errors:import.unknownGroup',
        params: { kind: 'department', name: 'Legal' },
        message: expect.stringMatching(/"Legal" does not exist/),
      },
      {
        line: 3,
        column: 'location',
        key: 'errors:import.unknownGroup',
        params: { kind: 'location', name: 'Mars' },
        message: expect.stringMatching(/"Mars" does not exist/),
      },
    ]);
    const ok = await admin.api.get('/api/people?search=ok@import.test').expect(200);
    expect(ok.body.total).toBe(0);
  });

  it('reports every bad line with its line, column and reason, and writes none of the file', async () => {
    const csv = [
      HEADER,
      'good@import.test,Gus Good,,,,',
      'not-an-email,Ned Bad,,,,',
      'dup@import.test,Dan Dup,,,,',
      'DUP@import.test,Dan Again,,,,',
      'role@import.test,Ray Role,,,,employee;overlord',
      'lang@import.test,Lea Lang,,,xx,',
    ].join('\n');
    const preview = await upload(csv, '?dryRun=true').expect(200);
    const said = preview.body.problems.map(
      ({ line, column, key, message }: Record<string, unknown>) => ({ line, column, key, message }),
    );
    expect(said).toEqual([
      {
        line: 3,
        column: 'email',
        key: 'errors:import.emailInvalid',
        message: expect.stringMatching(/not-an-email/),
      },
      {
        line: 5,
        column: 'email',
        key: 'errors:import.emailRepeated',
        message: expect.stringMatching(/also appears on line 4/),
      },
      {
        line: 6,
        column: 'roles',
        key: 'errors:import.unknownRole',
        message: expect.stringMatching(/overlord/),
      },
      {
        line: 7,
        column: 'language',
        key: 'errors:import.unsupportedLanguage',
        message: expect.stringMatching(/xx/),
      },
    ]);
    const refused = await upload(csv).set('Accept-Language', 'nl-BE,nl;q=0.9').expect(422);
    expect(refused.body).toMatchObject({
      code: 'import_invalid',
      message:
        'Het bestand bevat 4 problemen; er is niets geïmporteerd. Los ze op en upload het bestand opnieuw.',
      details: { key: 'errors:import.problems', params: { count: 4 } },
    });
    expect(refused.body.details.problems[1].message).toBe(
      'Het e-mailadres dup@import.test staat ook op regel 4.',
    );
    const good = await admin.api.get('/api/people?search=good@import.test').expect(200);
    expect(good.body.total).toBe(0);
  });

  it.each([
    ['wrong columns', 'mail,full name\na@b.test,A', /column/i],
    ['an empty file', '', /empty/i],
    ['a header and nobody', `${HEADER}\n`, /no people/i],
  ])('refuses %s with a 400 that says why', async (_, csv, message) => {
    const response = await upload(csv).expect(400);
    expect(response.body.code).toBe('invalid_file');
    expect(response.body.message).toMatch(message);
  });

  it('refuses a file that is not UTF-8', async () => {
    const latin1 = Buffer.from(`${HEADER}\nzoe@import.test,Zoë Müller,,,,`, 'latin1');
    const response = await upload(latin1).expect(400);
    expect(response.body.message).toMatch(/not UTF-8/);
  });

  it('refuses a 50 MB upload with 413 and writes nothing', async () => {
    const row = 'big@import.test,Big Person,,,,\n';
    const huge = Buffer.from(HEADER + '\n' + row.repeat(Math.ceil((50 * 1_048_576) / row.length)));
    const response = await upload(huge);
    expect(response.status).toBe(413);
    expect(response.body.message).toMatch(/up to 10 MB/);
    const big = await admin.api.get('/api/people?search=big@import.test').expect(200);
    expect(big.body.total).toBe(0);
  });

  it('asks for the file as text/csv', async () => {
    const response = await admin.api
      .malformed('post', '/api/people/import', { csv: 'email,name' })
      .expect(400);
    expect(response.body.message).toMatch(/Content-Type: text\/csv/);
  });

  it('is for admins only', async () => {
    const curator = await signIn(t, await makeUser(t, { roles: ['curator'] }));
    await curator.api
      .post('/api/people/import')
      .set('Content-Type', 'text/csv')
      .send(Buffer.from(`${HEADER}\nx@import.test,X,,,,`))
      .expect(403);
  });
});
