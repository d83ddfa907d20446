import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { User } from '../../users/entities/user.entity';
import { DEVICE_COOKIE } from '../auth-cookies';
import { AuthService } from '../auth.service';

/** Email and password from the sign-in form. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: FastifyRequest, email: string, password: string): Promise<User> {
    return this.auth.verifyCredentials(email, password, {
      address: request.ip,
      deviceToken: request.cookies?.[DEVICE_COOKIE],
    });
  }
}
