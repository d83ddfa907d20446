import {
  LANGUAGE_NAMES,
  PREFERRED_LANGUAGES,
  isPreferredLanguage,
  type PreferredLanguage,
} from '@chorus/core';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PostLanguageSelectProps {
  value: PreferredLanguage;
  onChange: (language: PreferredLanguage) => void;
}

/** The language the writer says the post is in: the guardrails check it in that language too. */
export function PostLanguageSelect({ value, onChange }: PostLanguageSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('postCheck.language')}
      data={PREFERRED_LANGUAGES.map((language) => ({
        value: language,
        label: LANGUAGE_NAMES[language],
      }))}
      value={value}
      onChange={(picked) => {
        if (isPreferredLanguage(picked)) onChange(picked);
      }}
      allowDeselect={false}
      searchable
    />
  );
}
