import { randomUUID } from 'node:crypto';
import type { ContentStatus } from '@chorus/core';
import {
  type ItemOptions,
  makeLiveItem,
  makeQuiz,
  makeReady,
  passStage,
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
import type { Schema } from '../support/api-client';

/** An organisation with policy version 1, quizzes for stages 1 and 2 and a blocked term. */
async function openOrganisation() {
  const t = await createTestApp();
  const admin = await makeUser(t, { roles: ['admin'] });
  const adminAgent = await signIn(t, admin);
  const curator = await makeUser(t, { roles: ['curator'] });
  await makeQuiz(t, curator, 1, 3);
  await makeQuiz(t, curator, 2, 2);
  await publishPolicy(t, admin);
  await adminAgent.api
    .post('/api/restricted-terms', {
      term: 'Falcon',
      category: 'confidential',
      severity: 'block',
      note: 'Falcon is not announced yet: do not mention it.',
      notes: { sv: 'Falcon är inte lanserat än: nämn det inte.' },
    })
    .expect(201);
  return { t, admin, adminAgent, curator };
}

const preflight = (
  who: SignedInAgent,
  body: Partial<Schema<'SharePreflightDto'>> & { text: string },
) => who.api.post('/api/shares/preflight', { network: 'linkedin', ...body });

async function status(who: SignedInAgent) {
  return (await who.api.get('/api/me/advocacy').expect(200)).body;
}

/**
 * The gates in front of every share are enforced by the API, whatever the portal shows:
 * enrolled, the policy acknowledged, the training stage, the guardrails.
 */
describe('share gates', () => {
  let t: TestApp;
  let adminAgent: SignedInAgent;

  beforeAll(async () => {
    ({ t, adminAgent } = await openOrganisation());
  });
  afterAll(() => t.close());

  /** An item live since yesterday with these suggested posts. */
  const liveItem = (variants: ItemOptions['variants'], status: ContentStatus = 'approved') =>
    makeLiveItem(t, { title: null, variants, status });

  it('walks a new employee through every gate, in order, each refusal with its code', async () => {
    const emma = await makeUser(t, { name: 'Emma Example' });
    const agent = await signIn(t, emma);
    const text = 'Proud of what our team shipped this month.';

    expect(await status(agent)).toMatchObject({
      enrolled: false,
      policyVersion: 1,
      reachedStage: 0,
      requiredToShare: 1,
      blockers: ['not_enrolled', 'policy_not_acknowledged', 'training_required'],
      mayShare: false,
    });
    const notEnrolled = await preflight(agent, { text }).expect(403);
    expect(notEnrolled.body.code).toBe('not_enrolled');

    await agent.api.post('/api/me/enrollment').expect(201);
    const unsigned = await preflight(agent, { text }).expect(403);
    expect(unsigned.body).toMatchObject({
      code: 'policy_not_acknowledged',
      message: 'Read and acknowledge the social media policy (version 1) before sharing.',
    });

    await agent.api
      .post('/api/policy/current/acknowledgments', {
        fullName: 'emma  EXAMPLE',
      })
      .expect(201);
    const untrained = await preflight(agent, { text }).expect(403);
    expect(untrained.body).toMatchObject({
      code: 'training_required',
      message: 'Pass stage 1 of the training before sharing (you have passed none yet).',
    });

    await passStage(t, emma, 1);
    const cleared = await preflight(agent, { text }).expect(200);
    expect(cleared.body).toMatchObject({ edited: false, findings: [] });
    expect(cleared.body.status).toMatchObject({ mayShare: true, blockers: [], reachedStage: 1 });
  });

  it('refuses a text with a blocking finding with 422 and every finding, warnings pass', async () => {
    const agent = await signIn(t, await makeReady(t, await makeUser(t)));
    const blocked = await preflight(agent, {
      text: 'Sneak peek of #ProjectFalcon! Mail me at jan@example.com',
    }).expect(422);
    expect(blocked.body.code).toBe('guardrails_blocked');
    expect(blocked.body.message).toContain('Falcon is not announced yet: do not mention it.');
    const kinds = blocked.body.details.findings.map(
      (finding: { kind: string; severity: string; match: string }) =>
        `${finding.kind}:${finding.severity}:${finding.match}`,
    );
    expect(kinds).toEqual(['restricted_term:block:Falcon', 'email:warn:jan@example.com']);

    // A Swedish writer reads the note in Swedish, a Danish one (no Danish note) the main note.
    const swede = await signIn(t, await makeReady(t, await makeUser(t, { language: 'sv' })));
    const inSwedish = await preflight(swede, { text: 'Sneak peek of #ProjectFalcon!' }).expect(422);
    expect(inSwedish.body.details.findings[0].note).toBe(
      'Falcon är inte lanserat än: nämn det inte.',
    );
    expect(inSwedish.body.message).toContain('Falcon är inte lanserat än: nämn det inte.');
    const dane = await signIn(t, await makeReady(t, await makeUser(t, { language: 'da' })));
    const inEnglish = await preflight(dane, { text: 'Sneak peek of #ProjectFalcon!' }).expect(422);
    expect(inEnglish.body.details.findings[0].note).toBe(
      'Falcon is not announced yet: do not mention it.',
    );

    const warned = await preflight(agent, { text: 'Questions? Mail jan@example.com' }).expect(200);
    expect(warned.body.findings).toHaveLength(1);
    expect(warned.body.findings[0]).toMatchObject({ kind: 'email', severity: 'warn' });
  });

  it('checks the post in the language its writer says, and in every language the organisation uses', async () => {
    const agent = await signIn(t, await makeReady(t, await makeUser(t)));
    const german = 'So ein Arschloch';
    await preflight(agent, { text: german }).expect(200);
    const marked = await preflight(agent, { text: german, language: 'de' }).expect(422);
    expect(marked.body.details.findings[0]).toMatchObject({ match: 'Arschloch', language: 'de' });

    // Once a Swedish colleague joins, Swedish swearing is caught in a post marked English.
    await makeUser(t, { language: 'sv' });
    const swedish = await preflight(agent, { text: 'Vilket skitsnack', language: 'en' }).expect(
      422,
    );
    expect(swedish.body.details.findings[0]).toMatchObject({
      match: 'skitsnack',
      language: 'sv',
      key: 'guardrails:profanity',
      params: { match: 'skitsnack', language: 'sv' },
    });
    expect(swedish.body.message).toBe(
      'This post cannot be shared: “skitsnack” is a swear word in Swedish: keep posts clean.',
    );
    // Said in the reader's language, the language's name too.
    const dutch = await preflight(agent, { text: 'Vilket skitsnack', language: 'en' })
      .set('Accept-Language', 'nl')
      .expect(422);
    expect(dutch.body.message).toBe(
      'Dit bericht kan niet gedeeld worden: ‘skitsnack’ is een scheldwoord in het Zweeds: houd je berichten netjes.',
    );
    expect(dutch.body.details.key).toBe('guardrails:blocked');
  });

  it('asks for a higher stage to change suggested text when the admins say so', async () => {
    const item = await liveItem([
      ['any', 'en', 'Our Athens office is open! #WeAreChorus'],
      ['linkedin', 'en', 'Forty colleagues, one new home in Athens.'],
    ]);
    const user = await makeReady(t, await makeUser(t));
    const agent = await signIn(t, user);
    await adminAgent.api.patch('/api/settings', { editRequiresStage: 2 }).expect(200);
    try {
      const asSuggested = await preflight(agent, {
        contentId: item,
        text: '  Forty colleagues,  one new home in Athens.',
      }).expect(200);
      expect(asSuggested.body.edited).toBe(false);
      await preflight(agent, {
        contentId: item,
        network: 'x',
        text: 'Our Athens office is open! #WeAreChorus',
      }).expect(200);

      const edited = await preflight(agent, {
        contentId: item,
        text: 'My own words about Athens.',
      }).expect(403);
      expect(edited.body).toMatchObject({
        code: 'training_required',
        message:
          'Pass stage 2 of the training to change the suggested text; until then, share it as written.',
      });
      expect(await status(agent)).toMatchObject({ mayShare: true, mayEditText: false });

      await passStage(t, user, 2);
      const allowed = await preflight(agent, {
        contentId: item,
        text: 'My own words about Athens.',
      }).expect(200);
      expect(allowed.body.edited).toBe(true);
    } finally {
      await adminAgent.api.patch('/api/settings', { editRequiresStage: 0 }).expect(200);
    }
  });

  it('refuses items that are not being shared: drafts, unknown ids', async () => {
    const agent = await signIn(t, await makeReady(t, await makeUser(t)));
    const draft = await liveItem([['any', 'en', 'Draft text']], 'draft');
    for (const contentId of [draft, randomUUID()]) {
      const response = await preflight(agent, { contentId, text: 'Draft text' }).expect(404);
      expect(response.body.message).toBe(
        `No content item ${contentId} is being shared at the moment.`,
      );
    }
  });

  it('lets everyone who joined share without training when the admins require no stage', async () => {
    const user = await makeUser(t);
    const agent = await signIn(t, user);
    await agent.api.post('/api/me/enrollment').expect(201);
    await agent.api.post('/api/policy/current/acknowledgments', { fullName: user.name });
    expect((await preflight(agent, { text: 'Hi' }).expect(403)).body.code).toBe(
      'training_required',
    );
    await adminAgent.api.patch('/api/settings', { shareRequiresStage: 0 }).expect(200);
    try {
      await preflight(agent, { text: 'Hi' }).expect(200);
    } finally {
      await adminAgent.api.patch('/api/settings', { shareRequiresStage: 1 }).expect(200);
    }
  });

  it('stops someone who left the programme from sharing, and lets them join again', async () => {
    const user = await makeReady(t, await makeUser(t));
    const agent = await signIn(t, user);
    await agent.api.delete('/api/me/enrollment').expect(204);
    await agent.api.delete('/api/me/enrollment').expect(204);
    expect((await preflight(agent, { text: 'Hi' }).expect(403)).body.code).toBe('not_enrolled');
    expect(await status(agent)).toMatchObject({ enrolled: false, enrolledAt: null });

    const joined = await agent.api.post('/api/me/enrollment').expect(201);
    const again = await agent.api.post('/api/me/enrollment').expect(201);
    expect(again.body.enrolledAt).toBe(joined.body.enrolledAt);
    await preflight(agent, { text: 'Hi' }).expect(200);

    const audit = await adminAgent.api.get(`/api/audit?targetId=${user.id}`).expect(200);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'advocacy.joined',
      'advocacy.left',
      'advocacy.joined',
    ]);
  });

  it('refuses bad input with 400', async () => {
    const agent = await signIn(t, await makeUser(t));
    const response = await agent.api
      .malformed('post', '/api/shares/preflight', { network: 'myspace', text: 'x' })
      .expect(400);
    expect(response.body.message).toContain('network must be one of: linkedin, x, facebook');
    await preflight(agent, { contentId: 'nope', text: 'x' }).expect(400);
    await preflight(agent, { text: 'x'.repeat(10_001) }).expect(400);
  });
});

// Policy versions are organisation-wide: these are published in an organisation of its own, so
// the tests above keep version 1.
describe('share gates after new policy versions', () => {
  let t: TestApp;
  let admin: MadeUser;

  beforeAll(async () => {
    ({ t, admin } = await openOrganisation());
  });
  afterAll(() => t.close());

  it('asks everyone to sign again after a version that requires it, not after one that does not', async () => {
    const user = await makeReady(t, await makeUser(t));
    const agent = await signIn(t, user);
    await publishPolicy(t, admin, { title: 'Typo fixed', requiresAcknowledgment: false });
    expect(await status(agent)).toMatchObject({ mayShare: true, policyVersion: 2 });

    await publishPolicy(t, admin, { title: 'New rules on AI', requiresAcknowledgment: true });
    const stale = await status(agent);
    expect(stale).toMatchObject({
      mayShare: false,
      blockers: ['policy_not_acknowledged'],
      policyVersion: 3,
      policy: { upToDate: false, requiredVersion: 3, acknowledged: { version: 1 } },
    });
    expect((await preflight(agent, { text: 'Hello' }).expect(403)).body.code).toBe(
      'policy_not_acknowledged',
    );
    await agent.api
      .post('/api/policy/current/acknowledgments', {
        fullName: user.name,
      })
      .expect(201);
    await preflight(agent, { text: 'Hello' }).expect(200);
  });
});
