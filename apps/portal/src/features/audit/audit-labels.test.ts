import {
  DELETED_ACCOUNT_LABEL,
  SETTINGS_LABEL,
  policyVersionLabel,
  trainingLabel,
  type UiLanguage,
} from '@chorus/core';
import { createI18n } from '../../i18n';
import { ALL_TRANSLATIONS } from '../../test/translations';
import { labelInWords } from './audit-labels';

const reader = (language: UiLanguage) => ({
  t: createI18n(language, { loaded: ALL_TRANSLATIONS }).t,
});

describe('labelInWords', () => {
  it('says the labels Chorus writes in the reader’s language', () => {
    const dutch = reader('nl');
    expect(labelInWords('policy', policyVersionLabel(3), dutch)).toBe('Beleidsversie 3');
    expect(labelInWords('training', trainingLabel(2, 'Reageren op kritiek'), dutch)).toBe(
      'Fase 2: Reageren op kritiek',
    );
    expect(labelInWords('settings', SETTINGS_LABEL, dutch)).toBe('Instellingen van de organisatie');
    expect(labelInWords('account', DELETED_ACCOUNT_LABEL, dutch)).toBe('Een verwijderd account');
    expect(labelInWords(null, DELETED_ACCOUNT_LABEL, reader('el'))).toBe(
      'Διαγραμμένος λογαριασμός',
    );
    expect(labelInWords('training', trainingLabel(1, 'Bienvenue'), reader('fr'))).toBe(
      'Étape 1\u00a0: Bienvenue',
    );
  });

  it('shows labels that are data as they are', () => {
    expect(labelInWords('person', 'alan@example.com', reader('nl'))).toBe('alan@example.com');
    expect(labelInWords('topic', 'Version 2', reader('de'))).toBe('Version 2');
  });
});
