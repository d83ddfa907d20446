import type { IncomingMessage } from 'node:http';

/**
 * The client's address: the socket's, or behind `trustProxy` hops the one the proxies report
 * (the same reading as fastify's trustProxy for a hop count; `true` trusts every hop).
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean | number): string {
  const socket = request.socket.remoteAddress ?? '';
  if (trustProxy === false || trustProxy === 0) return socket;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (forwarded.length === 0) return socket;
  if (trustProxy === true) return forwarded[0];
  // The socket is the last hop; each trusted hop appended the address it received from.
  const chain = [...forwarded, socket];
  return chain[Math.max(0, chain.length - 1 - trustProxy)];
}
