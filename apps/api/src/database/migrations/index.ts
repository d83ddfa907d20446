import { AccountsAndSessions1763798400000 } from './1763798400000-accounts-and-sessions';

/** Every migration, oldest first. Start-up runs the pending ones. */
export const MIGRATIONS = [AccountsAndSessions1763798400000];
