import {
  classifyAddress,
  isPublicAddress,
  parseHostLiteral,
  type AddressClass,
} from './address-policy';

describe('classifyAddress', () => {
  const cases: Record<AddressClass, string[]> = {
    public: [
      '8.8.8.8',
      '93.184.216.34',
      '1.1.1.1',
      '100.63.255.255', // just below CGNAT
      '100.128.0.0', // just above CGNAT
      '172.32.0.1', // just above 172.16/12
      '2606:4700:4700::1111',
      '2a00:1450:4001:82a::200e',
      '::ffff:8.8.8.8', // IPv4-mapped public
      '64:ff9b::808:808', // NAT64 of 8.8.8.8
      '2002:808:808::1', // 6to4 of 8.8.8.8
    ],
    loopback: [
      '127.0.0.1',
      '127.255.255.254',
      '::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::127.0.0.1', // deprecated IPv4-compatible
      '::ffff:0:127.0.0.1', // IPv4-translated
      '64:ff9b::7f00:1', // NAT64 of 127.0.0.1
      '2002:7f00:1::', // 6to4 of 127.0.0.1
    ],
    private: [
      '10.0.0.1',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '100.64.0.1', // CGNAT
      '100.127.255.255',
      '::ffff:10.1.2.3',
      '::ffff:192.168.0.1',
      '64:ff9b::a00:1',
      '2002:c0a8:101::1', // 6to4 of 192.168.1.1
      'fec0::1', // deprecated site-local
    ],
    'link-local': [
      '169.254.169.254',
      '169.254.0.1',
      'fe80::1',
      'fe80::1%eth0',
      '::ffff:169.254.169.254',
    ],
    'unique-local': ['fc00::1', 'fd12:3456:789a::1', 'fdff:ffff::1'],
    multicast: ['224.0.0.1', '239.255.255.250', 'ff02::1', 'ff05::1:3'],
    unspecified: ['0.0.0.0', '0.1.2.3', '::', '::ffff:0.0.0.0'],
    reserved: [
      '255.255.255.255', // broadcast
      '240.0.0.1',
      '192.0.2.1', // TEST-NET-1
      '198.51.100.7', // TEST-NET-2
      '203.0.113.9', // TEST-NET-3
      '198.18.0.1', // benchmarking
      '192.0.0.8', // IETF protocol assignments
      '2001:db8::1', // documentation
      '3fff::1', // documentation
      '2001::1', // Teredo
      '2001:2::1', // benchmarking
      '100::1', // discard
      '64:ff9b:1::1', // local-use NAT64
      '4000::1', // outside 2000::/3, unassigned
      'not an address',
      '',
    ],
  };

  for (const [expected, addresses] of Object.entries(cases)) {
    it.each(addresses)(`classifies %p as ${expected}`, (address) => {
      expect(classifyAddress(address)).toBe(expected);
    });
  }

  it('calls only public addresses public', () => {
    expect(isPublicAddress('8.8.8.8')).toBe(true);
    expect(isPublicAddress('::ffff:127.0.0.1')).toBe(false);
    expect(isPublicAddress('garbage')).toBe(false);
  });
});

describe('parseHostLiteral', () => {
  it.each([
    ['2130706433', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['0x7F.0.0.0x1', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['127.0.0.1', '127.0.0.1'],
    ['127.0.0.1.', '127.0.0.1'],
    ['017700000001', '127.0.0.1'],
    ['0xa9fea9fe', '169.254.169.254'],
    ['[::ffff:127.0.0.1]', '::ffff:7f00:1'],
    ['[::ffff:7f00:1]', '::ffff:7f00:1'],
    ['[::1]', '::1'],
    ['[0:0:0:0:0:0:0:1]', '::1'],
    ['::1', '::1'],
  ])('reads %p as the address %p', (host, address) => {
    expect(parseHostLiteral(host)).toBe(address);
  });

  it.each([
    'example.com',
    'localhost',
    'news.example.co.uk',
    'xn--bcher-kva.example',
    '[not:an:ip]',
  ])('leaves the name %p to DNS', (host) => {
    expect(parseHostLiteral(host)).toBeNull();
  });

  it('gives the classifier what would slip past a check on the spelled-out host', () => {
    for (const host of ['2130706433', '0x7f.1', '0177.0.0.1', '127.1', '[::ffff:127.0.0.1]']) {
      expect(classifyAddress(parseHostLiteral(host)!)).toBe('loopback');
    }
  });

  it('agrees with the URL parser, which normalises these hosts before anyone sees them', () => {
    expect(new URL('http://0x7f.1:8080/').hostname).toBe('127.0.0.1');
    expect(new URL('http://2130706433/').hostname).toBe('127.0.0.1');
    expect(new URL('http://[::ffff:127.0.0.1]/').hostname).toBe('[::ffff:7f00:1]');
    for (const url of ['http://0x7f.1/', 'http://0177.0.0.1/', 'http://[::ffff:127.0.0.1]/']) {
      const { hostname } = new URL(url);
      expect(classifyAddress(parseHostLiteral(hostname)!)).toBe('loopback');
    }
  });
});
