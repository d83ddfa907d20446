import { DataSource } from 'typeorm';
import { JOBS_SCHEMA } from '../../apps/api/src/jobs/jobs.service';
import { createTestApp } from '../support/test-app';

async function schedulesOf(env: Record<string, string>) {
  const t = await createTestApp(env);
  try {
    return await t.app
      .get(DataSource)
      .query(`SELECT name, cron FROM ${JOBS_SCHEMA}.schedule ORDER BY name`);
  } finally {
    await t.close();
  }
}

describe('scheduled jobs', () => {
  it('run on their clocks, once per tick across replicas, in PostgreSQL', async () => {
    expect(await schedulesOf({ CHORUS_SCHEDULED_JOBS: 'true' })).toEqual([
      { name: 'challenges.end', cron: '3 * * * *' },
      { name: 'digest', cron: '*/15 * * * *' },
      { name: 'housekeeping', cron: '17 * * * *' },
      { name: 'notifications.content-new', cron: '0 * * * *' },
      { name: 'points.recount', cron: '* * * * *' },
      { name: 'reminders', cron: '41 * * * *' },
      { name: 'sources.poll-due', cron: '* * * * *' },
    ]);
  });

  it('do not tick in a process that runs them itself, as tests do', async () => {
    expect(await schedulesOf({ CHORUS_SCHEDULED_JOBS: 'false' })).toEqual([]);
  });
});
