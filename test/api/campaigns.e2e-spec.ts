import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CampaignsService } from '../../apps/api/src/campaigns/campaigns.service';
import { makeItem } from '../support/factories';
import { createTestApp, makeUser, signIn, SignedInAgent, TestApp } from '../support/test-app';
import type { Schema } from '../support/api-client';

describe('campaigns', () => {
  let t: TestApp;
  let curator: SignedInAgent;
  let curatorId: string;
  let admin: SignedInAgent;

  beforeAll(async () => {
    t = await createTestApp();
    const carlos = await makeUser(t, { email: 'carlos@campaigns.test', roles: ['curator'] });
    curatorId = carlos.id;
    curator = await signIn(t, carlos);
    admin = await signIn(t, await makeUser(t, { roles: ['admin'] }));
  });
  afterAll(() => t.close());

  async function campaign(
    body: Schema<'CreateCampaignDto'>,
  ): Promise<{ id: string; slug: string }> {
    const response = await curator.api.post('/api/campaigns', body).expect(201);
    return response.body;
  }

  /** A draft in a campaign. */
  const itemIn = (campaignId: string) => makeItem(t, { campaignId });

  async function auditEntries(targetId: string) {
    const response = await admin.api.get(`/api/audit?targetId=${targetId}`).expect(200);
    return response.body.items as { action: string; summary: unknown }[];
  }

  describe('creating', () => {
    it('makes the slug from the name when none is given, and keeps dates as ISO strings', async () => {
      const response = await curator.api
        .post('/api/campaigns', {
          name: '  Été 2026: Product Launch!  ',
          slug: ' ',
          description: 'Everything about the summer launch.',
          startsAt: '2026-06-01T09:00:00+02:00',
          endsAt: '2026-08-31',
        })
        .expect(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        name: 'Été 2026: Product Launch!',
        slug: 'ete-2026-product-launch',
        description: 'Everything about the summer launch.',
        startsAt: '2026-06-01T07:00:00.000Z',
        endsAt: '2026-08-31T00:00:00.000Z',
        createdAt: expect.any(String),
        itemCount: 0,
      });
    });

    it('takes a slug of its own, and needs no description or dates', async () => {
      const response = await curator.api
        .post('/api/campaigns', {
          name: 'Employer branding',
          slug: 'eb-q3',
        })
        .expect(201);
      expect(response.body).toMatchObject({
        slug: 'eb-q3',
        description: null,
        startsAt: null,
        endsAt: null,
      });
    });

    it('refuses a slug that cannot be a utm_campaign, saying what one looks like', async () => {
      const rule =
        'slug must be lower-case letters and digits in words joined by single hyphens, e.g. spring-launch-2026';
      for (const slug of ['Spring-Launch', 'spring launch', 'spring--launch', '-spring', 'été']) {
        const response = await curator.api
          .post('/api/campaigns', {
            name: 'Spring',
            slug,
          })
          .expect(400);
        expect({ slug, message: response.body.message }).toEqual({ slug, message: rule });
      }
      const long = await curator.api
        .post('/api/campaigns', {
          name: 'Long',
          slug: 'a'.repeat(81),
        })
        .expect(400);
      expect(long.body.message).toBe('slug must be at most 80 characters');

      const noSlug = await curator.api.post('/api/campaigns', { name: '!!!' }).expect(400);
      expect(noSlug.body.message).toBe(
        'No slug can be made from the name "!!!": give a slug of lower-case letters, digits and hyphens, e.g. spring-launch-2026.',
      );
    });

    it('keeps slugs unique, naming the campaign that has the slug already', async () => {
      await campaign({ name: 'Black Friday' });
      const derived = await curator.api
        .post('/api/campaigns', {
          name: 'Black friday!',
        })
        .expect(409);
      expect(derived.body.message).toBe(
        'The slug "black-friday", made from the name, is already used by the campaign "Black Friday". Give this campaign a slug of its own.',
      );
      const given = await curator.api
        .post('/api/campaigns', {
          name: 'Cyber Monday',
          slug: 'black-friday',
        })
        .expect(409);
      expect(given.body.message).toBe(
        'The slug "black-friday" is already used by the campaign "Black Friday". Choose another slug.',
      );
      await campaign({ name: 'Black friday!', slug: 'black-friday-2027' });
    });

    it('refuses a campaign that ends before or as it starts, and dates it cannot read', async () => {
      const backwards = await curator.api
        .post('/api/campaigns', {
          name: 'Backwards',
          startsAt: '2026-03-10',
          endsAt: '2026-03-01',
        })
        .expect(400);
      expect(backwards.body.message).toBe(
        'endsAt must be after startsAt: the campaign cannot end (2026-03-01T00:00:00.000Z) before or as it starts (2026-03-10T00:00:00.000Z).',
      );
      await curator.api
        .post('/api/campaigns', {
          name: 'Instant',
          startsAt: '2026-03-01T10:00:00Z',
          endsAt: '2026-03-01T11:00:00+01:00',
        })
        .expect(400);

      for (const startsAt of ['next week', '2026-02-30', '2026-03-01T09:00', 42]) {
        const response = await curator.api
          .malformed('post', '/api/campaigns', { name: 'Unreadable', startsAt })
          .expect(400);
        expect(response.body.message).toBe(
          'startsAt must be a date, or a date and time with its zone, e.g. 2026-03-01 or 2026-03-01T09:00:00+01:00, or null',
        );
      }
    });
  });

  it('lists campaigns newest first with how many content items each has', async () => {
    const older = await campaign({ name: 'Older campaign' });
    const newer = await campaign({ name: 'Newer campaign' });
    await itemIn(older.id);
    await itemIn(older.id);

    const response = await curator.api.get('/api/campaigns').expect(200);
    const ids = response.body.map((row: { id: string }) => row.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(ids[0]).toBe(newer.id);
    const counts = Object.fromEntries(
      response.body.map((row: { id: string; itemCount: number }) => [row.id, row.itemCount]),
    );
    expect(counts).toMatchObject({ [older.id]: 2, [newer.id]: 0 });

    const one = await curator.api.get(`/api/campaigns/${older.id}`).expect(200);
    expect(one.body).toMatchObject({ id: older.id, name: 'Older campaign', itemCount: 2 });
  });

  describe('editing', () => {
    it('changes only the fields given, and logs each changed field before and after', async () => {
      const { id } = await campaign({
        name: 'Summer hiring',
        description: 'Jobs, jobs, jobs.',
        startsAt: '2026-06-01',
      });
      const response = await curator.api
        .patch(`/api/campaigns/${id}`, {
          slug: 'summer-jobs',
          description: '',
          endsAt: '2026-07-01T00:00:00Z',
        })
        .expect(200);
      expect(response.body).toMatchObject({
        id,
        name: 'Summer hiring',
        slug: 'summer-jobs',
        description: null,
        startsAt: '2026-06-01T00:00:00.000Z',
        endsAt: '2026-07-01T00:00:00.000Z',
      });

      const [updated, created] = await auditEntries(id);
      expect(updated).toMatchObject({
        action: 'campaign.updated',
        actorId: curatorId,
        actorLabel: 'carlos@campaigns.test',
        targetType: 'campaign',
        targetLabel: 'Summer hiring',
        summary: {
          before: { slug: 'summer-hiring', description: 'Jobs, jobs, jobs.', endsAt: null },
          after: { slug: 'summer-jobs', description: null, endsAt: '2026-07-01T00:00:00.000Z' },
        },
      });
      expect(created.action).toBe('campaign.created');

      // Saving what is already there changes nothing and logs nothing.
      await curator.api.patch(`/api/campaigns/${id}`, { name: 'Summer hiring' }).expect(200);
      expect(await auditEntries(id)).toHaveLength(2);
    });

    it('checks the date order against the dates the campaign already has', async () => {
      const { id } = await campaign({ name: 'Autumn', startsAt: '2026-09-01' });
      const response = await curator.api
        .patch(`/api/campaigns/${id}`, {
          endsAt: '2026-08-01',
        })
        .expect(400);
      expect(response.body.message).toMatch(/^endsAt must be after startsAt/);
      // Clearing the start lifts the constraint.
      await curator.api
        .patch(`/api/campaigns/${id}`, {
          startsAt: null,
          endsAt: '2026-08-01',
        })
        .expect(200);
    });

    it('refuses a taken slug, an empty name and a removed slug', async () => {
      await campaign({ name: 'Winter', slug: 'winter' });
      const { id } = await campaign({ name: 'Spring' });
      const taken = await curator.api
        .patch(`/api/campaigns/${id}`, {
          slug: 'winter',
        })
        .expect(409);
      expect(taken.body.message).toBe(
        'The slug "winter" is already used by the campaign "Winter". Choose another slug.',
      );
      const noName = await curator.api.patch(`/api/campaigns/${id}`, { name: ' ' }).expect(400);
      expect(noName.body.message).toBe('name must not be empty');
      const noSlug = await curator.api
        .malformed('patch', `/api/campaigns/${id}`, { slug: null })
        .expect(400);
      expect(noSlug.body.message).toMatch(/^slug must be lower-case letters/);
    });
  });

  it('deletes a campaign; its content stays, in no campaign, and the deletion is logged', async () => {
    const { id } = await campaign({ name: 'Short-lived' });
    const item = await itemIn(id);
    await admin.api.delete(`/api/campaigns/${id}`).expect(204);

    await curator.api.get(`/api/campaigns/${id}`).expect(404);
    const [row] = await t.app
      .get(DataSource)
      .query('SELECT campaign_id FROM content_items WHERE id = $1', [item]);
    expect(row).toEqual({ campaign_id: null });
    const [deleted] = await auditEntries(id);
    expect(deleted).toMatchObject({
      action: 'campaign.deleted',
      summary: { slug: 'short-lived', items: 1 },
    });
    await admin.api.delete(`/api/campaigns/${id}`).expect(404);
  });

  it('answers 400 for an id that is not a campaign id and 404 for an unknown one', async () => {
    const bad = await curator.api.get('/api/campaigns/launch').expect(400);
    expect(bad.body.message).toBe('id must be an id (a UUID)');
    const unknown = randomUUID();
    const missing = await curator.api.get(`/api/campaigns/${unknown}`).expect(404);
    expect(missing.body.message).toBe(`No campaign with id ${unknown}.`);
    await curator.api.patch(`/api/campaigns/${unknown}`, { name: 'X' }).expect(404);
  });

  it('lets analysts read campaigns but only curators and admins change them; employees see none', async () => {
    const { id } = await campaign({ name: 'Read only' });
    const analyst = await signIn(t, await makeUser(t, { roles: ['analyst'] }));
    await analyst.api.get('/api/campaigns').expect(200);
    await analyst.api.get(`/api/campaigns/${id}`).expect(200);
    await analyst.api.post('/api/campaigns', { name: 'By analyst' }).expect(403);
    await analyst.api.patch(`/api/campaigns/${id}`, { name: 'By analyst' }).expect(403);
    await analyst.api.delete(`/api/campaigns/${id}`).expect(403);

    const employee = await signIn(t, await makeUser(t));
    await employee.api.get('/api/campaigns').expect(403);
    await employee.api.get(`/api/campaigns/${id}`).expect(403);
    await employee.api.post('/api/campaigns', { name: 'By employee' }).expect(403);

    await admin.api.post('/api/campaigns', { name: 'By admin' }).expect(201);
  });

  it('tells content whether a campaign exists', async () => {
    const { id } = await campaign({ name: 'For content' });
    const campaigns = t.app.get(CampaignsService);
    expect(await campaigns.exists(id)).toBe(true);
    expect(await campaigns.exists(randomUUID())).toBe(false);
    expect((await campaigns.get(id)).slug).toBe('for-content');
    await expect(campaigns.getForContent(randomUUID())).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});
