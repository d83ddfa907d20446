import { uiLanguageFor, type UiLanguage } from '@chorus/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { rememberLanguage } from '../../i18n';
import { useMe } from '../../lib/use-me';
import { browserStorage } from '../../lib/browser-storage';
import { useUpdateMe } from './use-update-me';

/**
 * Switches the interface language at once, remembers the choice in this browser and, for a
 * signed-in user, saves it as their preference. Choosing the language already shown for a
 * preferred language that Chorus is not translated into (English for Finnish) keeps that
 * preference. If saving fails, the interface returns to the saved language.
 */
export function useChangeLanguage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const updateMe = useUpdateMe();

  return (language: UiLanguage) => {
    void i18n.changeLanguage(language);
    rememberLanguage(browserStorage(), language);
    if (!me || uiLanguageFor(me.language) === language) return;
    const saved = uiLanguageFor(me.language);
    updateMe.mutate(
      { language },
      {
        onError: (error) => {
          void i18n.changeLanguage(saved);
          notifications.show({
            color: 'red',
            title: t('language.saveFailed'),
            message: describeError(error, t),
          });
        },
      },
    );
  };
}
