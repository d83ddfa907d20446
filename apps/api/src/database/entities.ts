import { LoginFailure } from '../auth/entities/login-failure.entity';
import { Session } from '../auth/entities/session.entity';
import { User } from '../users/entities/user.entity';

/** Every entity of the schema; the migrations and the drift check are measured against this list. */
export const ENTITIES = [User, Session, LoginFailure];
