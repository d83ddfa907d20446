import { domainToASCII } from 'node:url';
import ipaddr from 'ipaddr.js';

/** What an IP address is, for deciding whether Chorus may fetch from it. Only `public` may be. */
export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'unspecified'
  | 'reserved';

const IPV4_CLASSES: Record<string, AddressClass> = {
  unicast: 'public',
  // Globally reachable anycast services (IANA special-purpose registry).
  as112: 'public',
  amt: 'public',
  unspecified: 'unspecified',
  broadcast: 'reserved',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  private: 'private',
  carrierGradeNat: 'private',
  reserved: 'reserved',
  benchmarking: 'reserved',
};

const IPV6_CLASSES: Record<string, AddressClass> = {
  unicast: 'public',
  as112v6: 'public',
  amt: 'public',
  unspecified: 'unspecified',
  loopback: 'loopback',
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  multicast: 'multicast',
  deprecatedSiteLocal: 'private',
};

/**
 * Classifies an IP address (as `dns.lookup` returns it, or as `parseHostLiteral` gives it).
 * Fails closed: anything unparseable, unassigned or special-purpose is not `public`.
 */
export function classifyAddress(ip: string): AddressClass {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(ip);
  } catch {
    return 'reserved';
  }
  return parsed.kind() === 'ipv4'
    ? classifyIPv4(parsed as ipaddr.IPv4)
    : classifyIPv6(parsed as ipaddr.IPv6);
}

/** Whether Chorus may connect to this address. */
export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip) === 'public';
}

function classifyIPv4(address: ipaddr.IPv4): AddressClass {
  return IPV4_CLASSES[address.range()] ?? 'reserved';
}

function classifyIPv6(address: ipaddr.IPv6): AddressClass {
  const parts = address.parts;
  const embedded = embeddedIPv4(address);
  if (embedded) {
    return classifyIPv4(embedded);
  }
  if (parts[0] === 0x2002) {
    // 6to4: the relay would deliver to the IPv4 address in bits 16-47.
    return classifyIPv4(ipv4From(parts[1], parts[2]));
  }
  const range = address.range();
  const known = IPV6_CLASSES[range];
  if (known === undefined) {
    // Teredo, the local-use NAT64 prefix, ORCHID, documentation, benchmarking, discard, ...
    return 'reserved';
  }
  // Only 2000::/3 is allocated for global unicast; the rest of the space is unassigned.
  if (known === 'public' && (parts[0] & 0xe000) !== 0x2000) {
    return 'reserved';
  }
  return known;
}

/**
 * The IPv4 address a packet to this IPv6 address would reach: IPv4-mapped (::ffff:a.b.c.d),
 * IPv4-translated (::ffff:0:a.b.c.d), the well-known NAT64 prefix (64:ff9b::a.b.c.d), and the
 * deprecated IPv4-compatible form (::a.b.c.d), which some stacks still route.
 */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const [p0, p1, p2, p3, p4, p5, p6, p7] = address.parts;
  const lowZero = p1 === 0 && p2 === 0 && p3 === 0;
  if (p0 === 0 && lowZero && p4 === 0 && p5 === 0xffff) return ipv4From(p6, p7);
  if (p0 === 0 && lowZero && p4 === 0xffff && p5 === 0) return ipv4From(p6, p7);
  if (p0 === 0x64 && p1 === 0xff9b && p2 === 0 && p3 === 0 && p4 === 0 && p5 === 0) {
    return ipv4From(p6, p7);
  }
  // ::a.b.c.d, leaving :: (unspecified) and ::1 (loopback) to their own ranges.
  if (p0 === 0 && lowZero && p4 === 0 && p5 === 0 && p6 !== 0) return ipv4From(p6, p7);
  return undefined;
}

function ipv4From(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

/**
 * If `host` (a URL hostname, brackets allowed) is an IP address written in any form the WHATWG
 * URL parser accepts (`2130706433`, `0x7f.1`, `0177.0.0.1`, `127.1`, `[::ffff:127.0.0.1]`),
 * returns it in canonical form (`127.0.0.1`, `::ffff:7f00:1`); a name to resolve gives `null`.
 * Never hand such a host to `dns.lookup`: getaddrinfo reads these forms its own way.
 */
export function parseHostLiteral(host: string): string | null {
  const inner = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (inner.includes(':')) {
    return ipaddr.IPv6.isValid(inner) ? ipaddr.IPv6.parse(inner).toString() : null;
  }
  // The URL host parser: numbers, hex, octal and short forms become a dotted quad.
  const ascii = domainToASCII(inner);
  return ascii !== '' && ipaddr.IPv4.isValidFourPartDecimal(ascii) ? ascii : null;
}
