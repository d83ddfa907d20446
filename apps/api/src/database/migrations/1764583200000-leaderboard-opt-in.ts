import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Showing on leaderboards is a choice of its own, off by default: `leaderboard_since` is when
 * the person chose to be shown, null while they are not. Leaving the programme deletes the row,
 * so someone who joins again starts hidden.
 */
export class LeaderboardOptIn1764583200000 implements MigrationInterface {
  name = 'LeaderboardOptIn1764583200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "enrollments" ADD "leaderboard_since" TIMESTAMP WITH TIME ZONE`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "enrollments" DROP COLUMN "leaderboard_since"`);
  }
}
