import { LANGUAGE_NAMES, isPreferredLanguage, type PreferredLanguage } from '@chorus/core';
import { Alert, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CurrentPolicy } from './api/policy-queries';

interface PolicyLanguageBarProps {
  policy: CurrentPolicy;
  /** Reads the text in another of the version's languages. */
  onLanguage: (language: PreferredLanguage) => void;
}

/**
 * Which language the policy is shown in: a note when it is not in the one I read in (so I read
 * the main language's text), and the other languages it can be read in.
 */
export function PolicyLanguageBar({ policy, onLanguage }: PolicyLanguageBarProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {policy.fellBack && (
        <Alert color="blue">
          {t('policy.language.fellBack', {
            requested: LANGUAGE_NAMES[policy.requestedLanguage],
            language: LANGUAGE_NAMES[policy.language],
          })}
        </Alert>
      )}
      {policy.languages.length > 1 && (
        <Select
          label={t('policy.language.readIn')}
          data={policy.languages.map((language) => ({
            value: language,
            label: LANGUAGE_NAMES[language],
          }))}
          value={policy.language}
          onChange={(picked) => {
            if (isPreferredLanguage(picked)) onLanguage(picked);
          }}
          allowDeselect={false}
          w={{ base: '100%', xs: 240 }}
        />
      )}
    </Stack>
  );
}
