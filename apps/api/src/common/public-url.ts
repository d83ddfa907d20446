import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';

/**
 * Where people reach Chorus, for links in mail: CHORUS_PUBLIC_URL when set (behind a proxy),
 * otherwise the address this request came in on.
 */
export function publicBaseUrl(config: AppConfig, request: FastifyRequest): string {
  if (config.publicUrl) return config.publicUrl.origin;
  return `${request.protocol}://${request.host}`;
}
