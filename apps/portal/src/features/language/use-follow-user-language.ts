import { uiLanguageFor } from '@chorus/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/client';
import { readRememberedLanguage } from '../../i18n';
import { browserStorage } from '../../lib/browser-storage';
import { useUpdateMe } from './use-update-me';

/**
 * After sign-in, the interface speaks the user's preferred language when Chorus is translated
 * into it (English otherwise), unless they never chose one themselves and chose a language
 * before signing in: that choice stays, and becomes their preference.
 */
export function useFollowUserLanguage(user: Pick<User, 'language' | 'languageChosen'>) {
  const { i18n } = useTranslation();
  const updateMe = useUpdateMe();
  const adopted = useRef(false);
  // Read once, at sign-in: later switches save the preference themselves.
  const [chosenBeforeSignIn] = useState(() =>
    user.languageChosen ? null : readRememberedLanguage(browserStorage()),
  );
  const keepsEarlierChoice = !user.languageChosen && chosenBeforeSignIn !== null;
  const uiLanguage = keepsEarlierChoice ? chosenBeforeSignIn : uiLanguageFor(user.language);

  useEffect(() => {
    if (i18n.language !== uiLanguage) void i18n.changeLanguage(uiLanguage);
    if (keepsEarlierChoice && uiLanguage !== uiLanguageFor(user.language) && !adopted.current) {
      adopted.current = true;
      updateMe.mutate({ language: uiLanguage });
    }
  }, [i18n, uiLanguage, keepsEarlierChoice, user.language, updateMe]);
}
