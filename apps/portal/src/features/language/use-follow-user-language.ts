import { isUiLanguage } from '@chorus/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** After sign-in, the interface speaks the user's saved language (when Chorus ships it). */
export function useFollowUserLanguage(language: string) {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (isUiLanguage(language) && i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);
}
