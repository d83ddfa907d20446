import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguageName } from '../../lib/use-language-name';

interface LanguageFallbackNoteProps {
  stage: number;
  /** The language the stage is shown in. */
  language: string;
  /** My preferred language. */
  requestedLanguage: string;
}

/** Says that a stage is shown in its main language because it is not translated into mine. */
export function LanguageFallbackNote({
  stage,
  language,
  requestedLanguage,
}: LanguageFallbackNoteProps) {
  const { t } = useTranslation();
  const nameOf = useLanguageName();
  if (language === requestedLanguage) return null;
  return (
    <Alert color="blue" variant="light" role="note">
      {t('training.fallback', {
        stage,
        requested: nameOf(requestedLanguage),
        shown: nameOf(language),
      })}
    </Alert>
  );
}
