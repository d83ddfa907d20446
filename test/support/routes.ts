import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { UNPREFIXED_PATHS } from '../../apps/api/src/app.factory';
import { ACCESS_RULE, AccessRule } from '../../apps/api/src/auth/decorators/access.decorator';

export interface DeclaredRoute {
  method: string;
  path: string;
  handler: string;
  rule: AccessRule | undefined;
}

function joinPath(...parts: (string | string[] | undefined)[]): string {
  const segments = parts
    .map((part) => (Array.isArray(part) ? part[0] : part) ?? '')
    .flatMap((part) => part.split('/'))
    .filter(Boolean);
  const path = segments.join('/');
  return (UNPREFIXED_PATHS.includes(path) ? `/${path}` : `/api/${path}`).replace(/\/$/, '');
}

/** Every route of every controller, read from the application's own metadata. */
export function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = app.get(Reflector);
  return discovery.getControllers().flatMap((wrapper) => {
    const controller = wrapper.metatype as new (...args: never[]) => object;
    const prototype = controller.prototype as Record<string, (...args: never[]) => unknown>;
    const base = Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined;
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name];
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) return [];
      return [
        {
          method: RequestMethod[method],
          path: joinPath(base, Reflect.getMetadata(PATH_METADATA, handler) as string),
          handler: `${controller.name}.${name}`,
          rule: reflector.getAllAndOverride<AccessRule>(ACCESS_RULE, [handler, controller]),
        },
      ];
    });
  });
}
