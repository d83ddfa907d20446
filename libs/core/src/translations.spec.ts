import { cleanTranslations, describeTranslations, translated } from './translations';

describe('translated', () => {
  const names = { da: 'Bæredygtighed', el: 'Βιωσιμότητα' };

  it("reads the reader's translation", () => {
    expect(translated('Sustainability', names, 'da')).toBe('Bæredygtighed');
    expect(translated('Sustainability', names, 'el')).toBe('Βιωσιμότητα');
  });

  it('reads a regional tag as its language', () => {
    expect(translated('Sustainability', { nl: 'Duurzaamheid' }, 'nl-BE')).toBe('Duurzaamheid');
    expect(translated('Sustainability', { nb: 'Bærekraft' }, 'no')).toBe('Bærekraft');
  });

  it('falls back to the main text without a translation, or for another language', () => {
    expect(translated('Sustainability', names, 'sv')).toBe('Sustainability');
    expect(translated('Sustainability', names, 'fi')).toBe('Sustainability');
    expect(translated('Sustainability', undefined, 'da')).toBe('Sustainability');
    expect(translated('Sustainability', { da: '' }, 'da')).toBe('Sustainability');
  });
});

describe('cleanTranslations', () => {
  it('trims, drops empty texts and unknown languages, in the order of the UI languages', () => {
    expect(
      cleanTranslations({ sv: ' Hållbarhet ', xx: 'x', da: '  ', nl: 'Duurzaamheid' }),
    ).toEqual({ nl: 'Duurzaamheid', sv: 'Hållbarhet' });
    expect(Object.keys(cleanTranslations({ sv: 'b', nl: 'a' }))).toEqual(['nl', 'sv']);
  });
});

describe('describeTranslations', () => {
  it('names each language in its own words, in the order of the UI languages', () => {
    expect(describeTranslations({ sv: 'Klimat', da: 'Klima', el: 'Κλίμα' })).toBe(
      'Dansk: Klima · Svenska: Klimat · Ελληνικά: Κλίμα',
    );
    expect(describeTranslations({})).toBe('');
  });
});
