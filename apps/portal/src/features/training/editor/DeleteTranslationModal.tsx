import type { UiLanguage } from '@chorus/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { useLanguageName } from '../../../lib/use-language-name';
import type { TranslatedText } from './translation-status';
import { useDeleteTranslation } from './use-delete-translation';

export function DeleteTranslationModal({
  text,
  name,
  language,
  mainLanguage,
  onClose,
}: {
  text: TranslatedText;
  /** How the editor names the text ("Lesson 2"). */
  name: string;
  language: UiLanguage;
  mainLanguage: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const nameOf = useLanguageName();
  const remove = useDeleteTranslation();
  return (
    <ConfirmModal
      title={t('trainingEditor.translations.deleteTitle', { name, language: nameOf(language) })}
      message={t('trainingEditor.translations.deleteExplained', {
        language: nameOf(language),
        main: nameOf(mainLanguage),
      })}
      errorTitle={t('trainingEditor.translations.deleteFailed')}
      pending={remove.isPending}
      error={remove.error}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(
          { text, language },
          {
            onSuccess: () => {
              notifications.show({
                color: 'green',
                message: t('trainingEditor.translations.deleted', { language: nameOf(language) }),
              });
              onClose();
            },
          },
        )
      }
    />
  );
}
