import type { AppConfig } from './app-config';

/**
 * The address people open Chorus at: CHORUS_PUBLIC_URL when set, otherwise this machine's
 * host and port, with loopback and wildcard hosts shown as "localhost".
 */
export function publicAddress(config: AppConfig, port = config.port): string {
  if (config.publicUrl) return config.publicUrl.origin;
  const host = ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(config.host)
    ? 'localhost'
    : config.host;
  return `http://${host}:${port}`;
}
