import ipaddr from 'ipaddr.js';

/**
 * The rate-limit bucket of a client address: an IPv4 address as it is (IPv4-mapped IPv6 included), an
 * IPv6 address by its /64 prefix. One host or home network usually holds a whole /64, so counting
 * single IPv6 addresses would give one client 2^64 fresh buckets (issue 12).
 */
export function clientAddressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${parts.join(':')}::/64`;
}
