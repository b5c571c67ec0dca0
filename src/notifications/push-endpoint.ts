import { LookupAddress, lookup } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Where the service may post a push message: `https` on a public address (CONTRACT.md,
 * Notifications), so that a subscription cannot turn the service against its own network; or a
 * host PUSH_ENDPOINTS_ALLOWED names (a test's local receiver), by `host` or `host:port`.
 */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96], // NAT64 of any IPv4 address: judged by the IPv4 address instead
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');

/** Whether an IP address is one anyone on the internet could reach (not loopback, private, link-local…). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return isPublicAddress(mapped[1]);
    return !NOT_PUBLIC.check(address, 'ipv6');
  }
  return !NOT_PUBLIC.check(address, 'ipv4');
}

export class EndpointRefused extends Error {}

/** The endpoint as a URL, and whether PUSH_ENDPOINTS_ALLOWED names its host: checked without the network. */
export function parseEndpoint(endpoint: string, allowedHosts: readonly string[]): { url: URL; allowed: boolean } {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new EndpointRefused('is not a URL');
  }
  if (url.username || url.password) throw new EndpointRefused('must not carry a user name or password');
  const host = url.hostname.toLowerCase();
  const allowed = allowedHosts.includes(host) || allowedHosts.includes(url.host.toLowerCase());
  if (allowed) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new EndpointRefused('must be an http(s) URL');
    return { url, allowed };
  }
  if (url.protocol !== 'https:') throw new EndpointRefused('must be an https URL');
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare) && !isPublicAddress(bare)) throw new EndpointRefused('must be on a public address');
  if (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.'))
    throw new EndpointRefused('must be on a public address');
  return { url, allowed };
}

/**
 * A `lookup` for http(s).request that resolves as usual and refuses a name that leads to an
 * address that is not public: the check is on the address actually connected to, so a name that
 * answered a public address at registration and a private one now (DNS rebinding) is refused.
 */
export function publicOnlyLookup(
  hostname: string,
  options: object,
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
): void {
  lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, []);
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused || addresses.length === 0) {
      return callback(new EndpointRefused('must be on a public address') as NodeJS.ErrnoException, []);
    }
    if ((options as { all?: boolean }).all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}

/** The full check at registration: the URL's form, then what its name resolves to now. */
export async function checkEndpoint(endpoint: string, allowedHosts: readonly string[]): Promise<void> {
  const { url, allowed } = parseEndpoint(endpoint, allowedHosts);
  if (allowed) return;
  const bare = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return;
  await new Promise<void>((resolve, reject) =>
    publicOnlyLookup(bare, {}, (error) =>
      error
        ? reject(error instanceof EndpointRefused ? error : new EndpointRefused('names a host that does not resolve'))
        : resolve(),
    ),
  );
}
