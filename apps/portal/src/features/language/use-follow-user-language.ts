import { uiLanguageFor } from '@chorus/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * After sign-in, the interface speaks the user's preferred language when Chorus is translated
 * into it, and English otherwise (a Danish speaker sees the portal in English).
 */
export function useFollowUserLanguage(language: string) {
  const { i18n } = useTranslation();
  const uiLanguage = uiLanguageFor(language);
  useEffect(() => {
    if (i18n.language !== uiLanguage) void i18n.changeLanguage(uiLanguage);
  }, [i18n, uiLanguage]);
}
