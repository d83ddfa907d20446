import { isShareSource, shareLinkUrl } from './share-sources';

describe('share links', () => {
  const item = '3f0c2b8e-1d2a-4c5b-9e8f-0a1b2c3d4e5f';

  it("lead to the item's share page on Chorus, naming the network and where the share started", () => {
    expect(
      shareLinkUrl('https://chorus.acme.example', item, { network: 'linkedin', source: 'digest' }),
    ).toBe(`https://chorus.acme.example/share/${item}?network=linkedin&source=digest`);
  });

  it('leave the network to the person when none is named', () => {
    expect(shareLinkUrl('http://127.0.0.1:3000', item, { source: 'slack' })).toBe(
      `http://127.0.0.1:3000/share/${item}?source=slack`,
    );
  });

  it('keep whatever an id holds inside the path', () => {
    expect(shareLinkUrl('https://c.example', 'a/b?c', { source: 'teams' })).toBe(
      'https://c.example/share/a%2Fb%3Fc?source=teams',
    );
  });

  it('know the sources Analytics counts', () => {
    expect(
      ['feed', 'digest', 'notification', 'slack', 'teams', 'extension'].every(isShareSource),
    ).toBe(true);
    expect(isShareSource('email')).toBe(false);
  });
});
