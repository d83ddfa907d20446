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
        title: 'Mine',
        body: 'x',
        requiresAcknowledgment: true,
      })
      .expect(403);

    const published = await adminAgent.api
      .post('/api/policy', {
        title: '  Social media policy ',
        body: '## Confidential information\n\nIf in doubt, leave it out.',
        requiresAcknowledgment: false,
      })
      .expect(201);
    expect(published.body).toMatchObject({
      version: 1,
      title: 'Social media policy',
      requiresAcknowledgment: true,
      changeSummary: '',
    });
    const audit = await adminAgent.api.get('/api/audit?action=policy.published').expect(200);
    expect(audit.body.items[0]).toMatchObject({ actorId: admin.id, targetLabel: 'Version 1' });

    for (const [body, message] of [
      [{ title: '', body: 'x', requiresAcknowledgment: true }, 'title must not be empty'],
      [{ title: 'T', body: '  ', requiresAcknowledgment: true }, 'body must not be empty'],
      [{ title: 'T', body: 'x' }, 'requiresAcknowledgment must be true or false'],
    ] as const) {
      const refused = await adminAgent.api.malformed('post', '/api/policy', body).expect(400);
      expect(refused.body.message).toContain(message);
    }
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
    expect(signed.body).toMatchObject({ version: 1, typedName: 'jose  garcia' });
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
      'name,email,department,location,status,enrolled,version,title,name typed,acknowledged at,up to date',
    );
    const sam = lines.find((line) => line.startsWith('Sam Sales,'));
    expect(sam).toMatch(
      new RegExp(
        `^Sam Sales,${sales1.user.email},Sales,,active,yes,1,Social media policy,Sam Sales,\\d{4}-.+Z,yes$`,
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
