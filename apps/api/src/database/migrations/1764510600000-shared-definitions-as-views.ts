import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The definitions that analytics, the HR reports and compliance share become views instead of
 * SQL fragments pasted into their statements: the policy version everyone must have
 * acknowledged, each person's latest acknowledged version, and the training stage each person
 * reached. PostgreSQL inlines simple views, so the statements that read them plan as before.
 * (The text is this migration's own copy; `database/views.ts` holds the current definitions.)
 */
export class SharedDefinitionsAsViews1764510600000 implements MigrationInterface {
  name = 'SharedDefinitionsAsViews1764510600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE VIEW "required_policy_version" AS
      SELECT coalesce(max(version) FILTER (WHERE requires_acknowledgment), 0) AS version
        FROM policy_versions`);
    await db.query(`
      CREATE VIEW "latest_policy_acknowledgments" AS
      SELECT ack.user_id, max(version.version) AS version
        FROM policy_acknowledgments ack
        JOIN policy_versions version ON version.id = ack.policy_version_id
       GROUP BY ack.user_id`);
    await db.query(`
      CREATE VIEW "training_stages_reached" AS
      SELECT user_id, max(stage) AS stage
        FROM quiz_attempts
       WHERE passed
       GROUP BY user_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW "training_stages_reached"`);
    await db.query(`DROP VIEW "latest_policy_acknowledgments"`);
    await db.query(`DROP VIEW "required_policy_version"`);
  }
}
