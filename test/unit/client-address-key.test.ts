import { clientAddressKey } from '../../src/server/client-address-key';

// Issue 12: a client with an IPv6 /64 (every home line has one) got a fresh rate-limit bucket per address.
describe('rate-limit bucket of a client address', () => {
  it('puts every address of one IPv6 /64 into one bucket, other /64s into others', () => {
    const one = clientAddressKey('2001:db8:1234:5678::1');
    expect(one).toBe('2001:db8:1234:5678::/64');
    expect(clientAddressKey('2001:0db8:1234:5678:ffff:ffff:ffff:fffe')).toBe(one);
    expect(clientAddressKey('2001:db8:1234:5679::1')).not.toBe(one);
  });

  it('keeps IPv4 addresses apart, also when written IPv4-mapped', () => {
    expect(clientAddressKey('192.0.2.1')).toBe('192.0.2.1');
    expect(clientAddressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(clientAddressKey('192.0.2.2')).not.toBe(clientAddressKey('192.0.2.1'));
  });

  it('leaves what is not an address as it is', () => {
    expect(clientAddressKey('unknown')).toBe('unknown');
  });
});
