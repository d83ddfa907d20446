import type { INestApplicationContext } from '@nestjs/common';
import { DemoSeeder } from './demo-seeder.service';

export { DemoModule } from './demo.module';

/**
 * The demo sign-ins this start created, for the launcher's banner: none when the database held
 * people already. Only for an application built in demo mode, which has the demo module.
 */
export function seededDemoAccounts(app: INestApplicationContext): string[] {
  return app.get(DemoSeeder, { strict: false }).seededAccounts;
}
