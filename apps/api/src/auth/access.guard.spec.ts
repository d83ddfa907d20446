import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/app-config';
import { AccessGuard } from './access.guard';
import { Public } from './decorators/access.decorator';
import type { SessionsService } from './sessions.service';

class Undeclared {
  handler() {}
}
class Open {
  @Public()
  handler() {}
}

function contextFor(
  controller: { prototype: { handler: () => void } },
  request: { method: string; headers: Record<string, string> } = { method: 'GET', headers: {} },
): ExecutionContext {
  return {
    getHandler: () => controller.prototype.handler,
    getClass: () => controller,
    switchToHttp: () => ({
      getRequest: () => ({ cookies: {}, ...request }),
      getResponse: () => ({}),
    }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector(), {} as SessionsService, {} as AppConfig);

  it('refuses a route that declares no access rule (default deny)', async () => {
    const refusal = guard.canActivate(contextFor(Undeclared));
    await expect(refusal).rejects.toBeInstanceOf(DomainError);
    await expect(refusal).rejects.toMatchObject({ code: 'no_access_rule', status: 403 });
  });

  it('lets anyone through a public route without looking for a session', async () => {
    await expect(guard.canActivate(contextFor(Open))).resolves.toBe(true);
    const json = { method: 'POST', headers: { 'content-type': 'application/json' } };
    await expect(guard.canActivate(contextFor(Open, json))).resolves.toBe(true);
  });

  it('refuses a public write that is not JSON, as any page could post it', async () => {
    const form = {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    };
    await expect(guard.canActivate(contextFor(Open, form))).rejects.toMatchObject({
      code: 'unsupported_media_type',
      status: 415,
    });
  });
});
