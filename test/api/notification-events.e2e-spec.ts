import { DataSource, type EntityManager } from 'typeorm';
import { AccountTokensService } from '../../apps/api/src/accounts/account-tokens.service';
import { InvitationNotifier } from '../../apps/api/src/accounts/invitation-notifier';
import { ContentNotifier } from '../../apps/api/src/content/content-notifier';
import { workflowSubject } from '../../apps/api/src/content/content-rules';
import { ContentWorkflowService } from '../../apps/api/src/content/content-workflow.service';
import { ContentRepository } from '../../apps/api/src/content/content.repository';
import { Transactions } from '../../apps/api/src/database/transactions';
import { EscalationNotifier } from '../../apps/api/src/escalations/escalation-notifier';
import { EscalationsService } from '../../apps/api/src/escalations/escalations.service';
import { NewContentNotifier } from '../../apps/api/src/feed/new-content-notifier';
import { ImportNotifier } from '../../apps/api/src/people/import/import-notifier';
import { PolicyNotifier } from '../../apps/api/src/policy/policy-notifier';
import { SettingsService } from '../../apps/api/src/settings/settings.service';
import { SourcePollingService } from '../../apps/api/src/sources/source-polling.service';
import { SourcesRepository } from '../../apps/api/src/sources/sources.repository';
import { TrainingNotifier } from '../../apps/api/src/training/training-notifier';
import { UsersRepository } from '../../apps/api/src/users/users.repository';
import { UsersService } from '../../apps/api/src/users/users.service';
import {
  deactivate,
  enroll,
  leaveProgramme,
  makeGroup,
  makeItem,
  makeQuiz,
  passStage,
  placeInGroups,
  publishPolicy,
  saveSettings,
} from '../support/factories';
import { createTestApp, makeUser, MadeUser, signIn, TestApp } from '../support/test-app';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface Row {
  userId: string;
  kind: string;
  params: Record<string, string | number>;
  link: string;
  key: string;
}

/**
 * Each event tells exactly the people it concerns, in the transaction of the change, with the
 * words' parameters and a link to the thing itself; told twice, it is written once.
 */
describe('notifications about events', () => {
  let t: TestApp;
  let firstAdmin: { id: string };
  let ada: MadeUser;
  let carl: MadeUser;
  let cleo: MadeUser;
  let dora: MadeUser;
  let emma: MadeUser;
  /** People enrolled by a test: they leave after it, so the next test counts its own. */
  let enrolled: MadeUser[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    firstAdmin = (await t.app.get(UsersRepository).findByEmail('first-admin@chorus.test'))!;
    ada = await makeUser(t, { name: 'Ada Admin', roles: ['admin', 'employee'] });
    carl = await makeUser(t, { name: 'Carl Curator', roles: ['curator', 'employee'] });
    cleo = await makeUser(t, { name: 'Cleo Curator', roles: ['curator'] });
    // A curator who left: never told anything.
    dora = await makeUser(t, { name: 'Dora Gone', roles: ['curator', 'admin'] });
    await deactivate(t, ada, dora);
    emma = await makeUser(t, { name: 'Emma Employee' });
  });
  afterAll(() => t.close());
  afterEach(async () => {
    for (const person of enrolled) await leaveProgramme(t, person);
    enrolled = [];
  });

  async function notifications(kind: string, link?: string): Promise<Row[]> {
    return t.app.get(DataSource).query<Row[]>(
      `SELECT user_id AS "userId", kind, params, link, dedupe_key AS key
         FROM notifications WHERE kind = $1 AND ($2::varchar IS NULL OR link = $2)
        ORDER BY user_id`,
      [kind, link ?? null],
    );
  }
  const recipients = (rows: Row[]) => rows.map((row) => row.userId).sort();
  const ids = (...people: { id: string }[]) => people.map((person) => person.id).sort();
  const inTransaction = <T>(work: (manager: EntityManager) => Promise<T>) =>
    t.app.get(Transactions).run(work);
  const asActor = (person: MadeUser) => ({
    id: person.id,
    label: person.email,
    roles: person.roles,
  });
  const enrolledPerson = async (name: string, overrides: { language?: string } = {}) => {
    const person = await makeUser(t, { name, ...overrides });
    await enroll(t, person);
    enrolled.push(person);
    return person;
  };

  describe('content workflow', () => {
    const workflow = () => t.app.get(ContentWorkflowService);
    const fourEyes = { fourEyesApproval: true };
    const draft = (authorId: string, title = 'Our new office in Athens') =>
      makeItem(t, { title, authorId, variants: [['any', 'en', 'Have a look!']] });

    it('tells everyone who may approve an item, except whoever submitted it, that it waits', async () => {
      const id = await draft(carl.id);
      await workflow().act(id, 'submit', asActor(carl));

      const rows = await notifications('content.review', `/content/${id}`);
      // Not Carl (he submitted), Dora (gone) or Emma (no curator).
      expect(recipients(rows)).toEqual(ids(firstAdmin, ada, cleo));
      expect(rows[0].params).toEqual({ title: 'Our new office in Athens' });

      // Told again about the same submission, nobody hears twice.
      const item = (await t.app.get(ContentRepository).findById(id))!;
      await inTransaction((manager) =>
        t.app
          .get(ContentNotifier)
          .stepTaken('submit', item, workflowSubject(item, true), carl.id, fourEyes, manager),
      );
      expect(await notifications('content.review', `/content/${id}`)).toHaveLength(3);
    });

    it('leaves out the author with four-eyes approval on: they may not approve their own item', async () => {
      const id = await draft(cleo.id);
      await workflow().act(id, 'submit', asActor(carl));

      const rows = await notifications('content.review', `/content/${id}`);
      expect(recipients(rows)).toEqual(ids(firstAdmin, ada));
    });

    it('tells the author and the submitter, not the reviewer, that an item was approved', async () => {
      const id = await draft(cleo.id, 'Winter release');
      await workflow().act(id, 'submit', asActor(carl));
      await workflow().act(id, 'approve', asActor(ada));

      const rows = await notifications('content.decided', `/content/${id}`);
      expect(recipients(rows)).toEqual(ids(carl, cleo));
      expect(rows[0].params).toEqual({ title: 'Winter release', decision: 'approved', reason: '' });
    });

    it('tells the author that an item was rejected, with the reason', async () => {
      const id = await draft(carl.id, 'Quarterly figures');
      await workflow().act(id, 'submit', asActor(carl));
      await workflow().act(id, 'reject', asActor(cleo), 'The figures are not public until Friday.');

      const rows = await notifications('content.decided', `/content/${id}`);
      expect(rows).toEqual([
        {
          userId: carl.id,
          kind: 'content.decided',
          params: {
            title: 'Quarterly figures',
            decision: 'rejected',
            reason: 'The figures are not public until Friday.',
          },
          link: `/content/${id}`,
          key: expect.stringMatching(/^content\.decided:/),
        },
      ]);
    });
  });

  it('asks every active person to sign a policy version that needs signing, and nobody for one that does not', async () => {
    const invited = await t.app.get(UsersService).create({
      email: 'ivan.invited@chorus.test',
      name: 'Ivan Invited',
      roles: ['employee'],
      passwordHash: null,
      status: 'invited',
    });
    const everyoneActive = await t.app.get(UsersRepository).activeIds();

    const first = await publishPolicy(t, ada);
    const rows = await notifications('policy.sign');
    expect(recipients(rows)).toEqual([...everyoneActive].sort());
    expect(recipients(rows)).toEqual(expect.arrayContaining(ids(ada, carl, cleo, emma)));
    expect(recipients(rows)).not.toContain(invited.id);
    expect(recipients(rows)).not.toContain(dora.id);
    expect(rows.every((row) => row.link === '/policy')).toBe(true);
    expect(rows[0].params).toEqual({ version: 1 });

    await inTransaction((manager) => t.app.get(PolicyNotifier).published(first.version, manager));
    expect(await notifications('policy.sign')).toHaveLength(rows.length);

    await publishPolicy(t, ada, { title: 'Typo fixed', requiresAcknowledgment: false });
    expect(await notifications('policy.sign')).toHaveLength(rows.length);
  });

  it('tells enrolled people below a newly required training stage, and only when it is raised', async () => {
    await makeQuiz(t, ada, 1);
    await makeQuiz(t, ada, 2);
    const starter = await enrolledPerson('Sam Starter');
    const halfway = await enrolledPerson('Hal Halfway');
    await passStage(t, halfway, 1);
    const expert = await enrolledPerson('Eve Expert');
    await passStage(t, expert, 1);
    await passStage(t, expert, 2);
    const bystander = await makeUser(t, { name: 'Otto Outside' });

    await saveSettings(t, ada, { shareRequiresStage: 2 });
    const rows = await notifications('training.required');
    // Not Eve (she passed stage 2) nor Otto (not in the programme).
    expect(recipients(rows)).toEqual(ids(starter, halfway));
    expect(recipients(rows)).not.toContain(bystander.id);
    expect(rows[0]).toMatchObject({ params: { stage: 2 }, link: '/training' });

    await saveSettings(t, ada, { shareRequiresStage: 1 });
    await saveSettings(t, ada, { organisationName: 'Kestrel & Finch' });
    expect(await notifications('training.required')).toHaveLength(2);

    // The same change told twice is written once.
    const settings = await t.app.get(SettingsService).get();
    const change = {
      before: { ...settings, shareRequiresStage: 1 },
      after: { ...settings, shareRequiresStage: 3 },
      changed: ['shareRequiresStage' as const],
      actor: { id: ada.id, label: ada.email },
      at: new Date(),
    };
    const notifier = t.app.get(TrainingNotifier);
    await inTransaction((manager) => notifier.settingsChanged(change, manager));
    await inTransaction((manager) => notifier.settingsChanged(change, manager));
    expect(await notifications('training.required')).toHaveLength(2 + 3);
  });

  describe('reports of hostile comments', () => {
    const reports = () => t.app.get(EscalationsService);
    const report = () =>
      reports().report(emma.id, {
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
        network: 'linkedin',
        excerpt: 'This company is a scam!',
      });

    it('tells the reporter each new status, and not of the team’s assignments', async () => {
      const { id } = await report();
      await reports().update(id, { assigneeId: carl.id }, cleo.id);
      expect(await notifications('report.status', '/reports')).toEqual([]);

      await reports().update(id, { status: 'in_progress' }, carl.id);
      await reports().update(id, { status: 'resolved' }, carl.id);
      const rows = await notifications('report.status', '/reports');
      expect(rows.map((row) => [row.userId, row.params])).toEqual([
        [emma.id, { status: 'in_progress' }],
        [emma.id, { status: 'resolved' }],
      ]);

      // The same request again changes nothing, and tells nobody.
      await reports().update(id, { status: 'resolved' }, carl.id);
      expect(await notifications('report.status', '/reports')).toHaveLength(2);
    });

    it('tells the assignee, unless they took the report themselves', async () => {
      const { id } = await report();
      await reports().update(id, { assigneeId: carl.id }, cleo.id);
      await reports().update(id, { assigneeId: cleo.id }, cleo.id);

      const rows = await notifications('report.assigned', `/inbox/${id}`);
      expect(rows).toEqual([
        expect.objectContaining({ userId: carl.id, params: { network: 'linkedin' } }),
      ]);

      // Carl's assignment told again after the last change: one more notification, not two.
      const escalation = (await reports().get(id, asActor(carl))).escalation;
      const told = { ...escalation, assigneeId: carl.id };
      await inTransaction((manager) =>
        t.app.get(EscalationNotifier).changed(told, ['assignment'], cleo.id, manager),
      );
      await inTransaction((manager) =>
        t.app.get(EscalationNotifier).changed(told, ['assignment'], cleo.id, manager),
      );
      expect(await notifications('report.assigned', `/inbox/${id}`)).toHaveLength(2);
    });
  });

  it('tells the other administrators that someone accepted their invitation', async () => {
    const nina = await t.app.get(UsersService).create({
      email: 'nina.new@chorus.test',
      name: 'Nina New',
      roles: ['admin', 'employee'],
      passwordHash: null,
      status: 'invited',
    });
    const { secret } = await inTransaction((manager) =>
      t.app.get(AccountTokensService).issue(nina.id, 'invitation', manager),
    );
    await t
      .http()
      .post('/api/auth/invitations/accept')
      .send({ token: secret, password: 'a-long-and-private-passphrase' })
      .expect(200);

    const rows = await notifications('invitation.accepted', `/people/${nina.id}`);
    // Not Nina herself, though she is an administrator now.
    expect(recipients(rows)).toEqual(ids(firstAdmin, ada));
    expect(rows[0].params).toEqual({ name: 'Nina New' });

    const invitationId = rows[0].key.split(':')[1];
    await inTransaction((manager) =>
      t.app.get(InvitationNotifier).accepted(nina, invitationId, manager),
    );
    expect(await notifications('invitation.accepted', `/people/${nina.id}`)).toHaveLength(2);
    // The tests after this one count administrators: Nina leaves again.
    await deactivate(t, ada, nina);
  });

  it('tells curators once per streak that a source keeps failing', async () => {
    const sources = t.app.get(SourcesRepository);
    const polling = t.app.get(SourcePollingService);
    // A private address: every poll is refused at once, without leaving the machine.
    const source = await sources.insert({
      url: 'https://10.0.0.1/news/feed.xml',
      title: 'Press room',
      pollIntervalMinutes: 1440,
      lastPolledAt: new Date(),
    });
    const told = async () => (await notifications('source.failing', '/sources')).length;

    await polling.poll(source.id);
    await polling.poll(source.id);
    expect(await told()).toBe(0);

    await polling.poll(source.id);
    const rows = await notifications('source.failing', '/sources');
    // Curators and administrators look after the feeds; not Dora (gone) or Emma.
    expect(recipients(rows)).toEqual(ids(firstAdmin, ada, carl, cleo));
    expect(rows[0].params).toEqual({ source: 'Press room', failures: 3 });

    await polling.poll(source.id);
    await polling.poll(source.id);
    expect(await told()).toBe(4);
    expect((await sources.findById(source.id))!.consecutiveFailures).toBe(5);

    // It worked once: the next streak of three is news again.
    await sources.recordPoll(source.id, { lastSuccessAt: new Date(), consecutiveFailures: 0 });
    for (let poll = 0; poll < 3; poll += 1) await polling.poll(source.id);
    expect(await told()).toBe(8);
  });

  it('tells the administrator who imported people what the import did', async () => {
    const admin = await signIn(t, ada);
    await admin.api
      .post('/api/people/import?unknownGroups=create')
      .set('Content-Type', 'text/csv')
      .send(
        Buffer.from(
          [
            'email,name,department,location,language,roles',
            'sara@import.test,Sara Berg,Sales,Stockholm,sv,employee',
            'tom@import.test,Tom Dijk,Support,Utrecht,nl,employee',
            `${emma.email},Emma Employee,Sales,Amsterdam,en,employee`,
          ].join('\n'),
        ),
      )
      .expect(200);

    const rows = await notifications('import.finished', '/people');
    expect(rows).toEqual([
      expect.objectContaining({ userId: ada.id, params: { created: 2, updated: 1 } }),
    ]);

    const importId = rows[0].key.split(':')[1];
    await inTransaction((manager) =>
      t.app.get(ImportNotifier).finished(ada.id, importId, { created: 2, updated: 1 }, manager),
    );
    expect(await notifications('import.finished', '/people')).toHaveLength(1);
  });

  describe('new content, batched every hour', () => {
    /** A time to come, on the hour: the batches run there, whatever the clock says now. */
    const start = new Date(Math.ceil(Date.now() / HOUR) * HOUR + 48 * HOUR);
    const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);
    const run = (now: Date) => t.app.get(NewContentNotifier).run(now);
    const approvedAt = (minutes: number, options: Parameters<typeof makeItem>[1] = {}) =>
      makeItem(t, {
        title: 'Approved',
        status: 'approved',
        approvedAt: at(minutes),
        publishAt: at(minutes),
        ...options,
      });

    it('counts for each enrolled person the items for them that went live since the last batch', async () => {
      // The last batch: whatever went live before is announced.
      await run(at(0));
      const sales = await makeGroup(t, ada, 'department', 'Field sales');
      const seller = await enrolledPerson('Sid Seller');
      await placeInGroups(t, ada, seller, { departmentId: sales.id });
      const writer = await enrolledPerson('Wes Writer');
      const dane = await enrolledPerson('Dagny Dane', { language: 'da' });
      const outsider = await makeUser(t, { name: 'Olaf Outside' });
      const gone = await enrolledPerson('Gus Gone');
      await deactivate(t, ada, gone);

      await approvedAt(-5); // announced by the last batch
      await approvedAt(10); // for everyone
      await approvedAt(20, { targets: [sales.id] });
      await approvedAt(30, { languages: ['da'] });
      // Approved now, published later: news when it goes live.
      await approvedAt(40, { publishAt: at(90) });
      await approvedAt(50, { expiresAt: at(55) });

      expect(await run(at(60))).toBe(3);
      const rows = await notifications('content.new');
      expect(rows.map((row) => [row.userId, row.params.count])).toEqual(
        [
          [seller.id, 2],
          [writer.id, 1],
          [dane.id, 2],
        ].sort(([a], [b]) => String(a).localeCompare(String(b))),
      );
      expect(recipients(rows)).not.toContain(outsider.id);
      expect(rows.every((row) => row.link === '/')).toBe(true);

      expect(await run(at(120))).toBe(3);
      const later = await notifications('content.new');
      expect(later).toHaveLength(6);
      expect(later.filter((row) => row.userId === writer.id).map((row) => row.params)).toEqual(
        expect.arrayContaining([{ count: 1 }, { count: 1 }]),
      );
    });

    it('tells nobody twice in one hour, however often the batch runs', async () => {
      await run(at(180));
      const reader = await enrolledPerson('Rea Reader');
      await approvedAt(185);
      expect(await run(at(190))).toBe(1);
      await approvedAt(195);
      // A second batch within the hour (a manual run, a replica's late tick): nobody hears twice.
      expect(await run(at(200))).toBe(0);
      const rows = (await notifications('content.new')).filter((row) => row.userId === reader.id);
      expect(rows).toEqual([expect.objectContaining({ params: { count: 1 } })]);
    });
  });
});
