import { createI18n } from '.';
import { loadTranslation } from './locales';
import { PSEUDO_STORAGE_KEY, pseudoLocaleWanted, pseudoLocalize } from './pseudo';

describe('the pseudo-locale', () => {
  it('writes text in look-alike letters between markers, about a third longer', () => {
    const shown = pseudoLocalize('Share');
    expect(shown).toMatch(/^⟦Šħåå?řêê?⟧$/);
    const long = pseudoLocalize('Sign in to share posts with your network');
    expect(long.length).toBeGreaterThanOrEqual(Math.ceil(40 * 1.25));
    expect(long).not.toMatch(/[A-Za-z]/);
  });

  it('leaves placeholders, nesting and component tags as i18next reads them', () => {
    expect(pseudoLocalize('Welcome, {{name}}')).toContain('{{name}}');
    expect(pseudoLocalize('{{count, number}} shares')).toContain('{{count, number}}');
    expect(pseudoLocalize('You joined on <date/>.')).toContain('<date/>');
    expect(pseudoLocalize('Read <1>the policy</1> first')).toMatch(/<1>.*<\/1>/);
    expect(pseudoLocalize('See $t(nav.policy)')).toContain('$t(nav.policy)');
  });

  it('transforms a string once', () => {
    expect(pseudoLocalize(pseudoLocalize('Done'))).toBe(pseudoLocalize('Done'));
  });

  it("keeps the values put into a string: people's names stay readable", () => {
    const i18n = createI18n('en', { pseudo: true });
    const welcome = i18n.t('home.welcome', { name: 'Ada Lovelace' });
    expect(welcome).toMatch(/^⟦.*Ada Lovelace⟧$/);
    expect(welcome.replace('Ada Lovelace', '')).not.toMatch(/[A-Za-z]/);
  });

  it("says the server's messages from the catalogue in the pseudo-locale too", async () => {
    const i18n = createI18n('en', { pseudo: true });
    const refused = i18n.t('errors:http.refused', { status: 503 });
    expect(refused).toMatch(/^⟦.*503.*⟧$/);
    expect(refused).not.toMatch(/[A-Za-z]/);

    await i18n.changeLanguage('nl');
    expect(i18n.t('errors:http.refused', { status: 503 })).toMatch(/^⟦.*503.*⟧$/);
  });

  it('also transforms a language loaded later, without changing the locale files', async () => {
    const i18n = createI18n('en', { pseudo: true });
    await i18n.changeLanguage('nl');
    expect(i18n.t('nav.people')).toBe(pseudoLocalize('Personen'));
    expect((await loadTranslation('nl')).nav.people).toBe('Personen');
    expect(createI18n('en').t('nav.people')).toBe('People');
  });

  it('is switched on and off by the address and remembered in this browser', () => {
    const storage = window.localStorage;
    expect(pseudoLocaleWanted(storage, '')).toBe(false);
    expect(pseudoLocaleWanted(storage, '?pseudo=1')).toBe(true);
    expect(pseudoLocaleWanted(storage, '')).toBe(true);
    expect(storage.getItem(PSEUDO_STORAGE_KEY)).toBe('1');
    expect(pseudoLocaleWanted(storage, '?pseudo=0')).toBe(false);
    expect(pseudoLocaleWanted(storage, '')).toBe(false);
  });
});
