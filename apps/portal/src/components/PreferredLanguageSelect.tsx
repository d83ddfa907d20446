import {
  LANGUAGE_NAMES,
  PREFERRED_LANGUAGES,
  isPreferredLanguage,
  type PreferredLanguage,
} from '@chorus/core';
import { Select, type SelectProps } from '@mantine/core';

interface PreferredLanguageSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value: PreferredLanguage;
  onChange: (language: PreferredLanguage) => void;
}

/** Every language a person can prefer, each named in its own words. */
export function PreferredLanguageSelect({
  value,
  onChange,
  ...props
}: PreferredLanguageSelectProps) {
  return (
    <Select
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
      {...props}
    />
  );
}
