import { translated, type Translations } from '@chorus/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';

/**
 * How a topic reads in the portal's language: its name in that language where the curators
 * gave one, its main name otherwise.
 */
export function useTopicName(): (topic: { name: string; names: Translations }) => string {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return useCallback((topic) => translated(topic.name, topic.names, language), [language]);
}
