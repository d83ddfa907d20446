import { LANGUAGE_NAMES, type UiLanguage } from '@chorus/core';
import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import type { StageEditor } from '../api/stage-editor-queries';
import { useLanguageName } from '../../../lib/use-language-name';
import { DeleteTranslationModal } from './DeleteTranslationModal';
import { LessonTranslationModal } from './LessonTranslationModal';
import { QuestionTranslationModal } from './QuestionTranslationModal';
import { StageTranslationModal } from './StageTranslationModal';
import {
  isTranslated,
  missingIn,
  textsOf,
  translationLanguages,
  type TranslatedText,
} from './translation-status';

type Editing = { mode: 'edit' | 'delete'; text: TranslatedText };

/**
 * Which of a stage's texts are translated into a language and which are missing, with the way to
 * add, change or remove each translation. People take the stage in their language once every
 * text is translated; the languages where that is so are listed first.
 */
export function TranslationsSection({ stage }: { stage: StageEditor }) {
  const { t, i18n } = useTranslation();
  const nameOf = useLanguageName();
  const languages = translationLanguages(stage);
  const [chosen, setChosen] = useState<UiLanguage | null>(null);
  const language = chosen && languages.includes(chosen) ? chosen : languages[0]!;
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);
  const texts = textsOf(stage);
  const missing = missingIn(stage, language);
  const list = new Intl.ListFormat(currentLanguage(i18n), { type: 'conjunction' });

  const nameOfText = (text: TranslatedText) =>
    text.kind === 'stage'
      ? t('trainingEditor.translations.stageDetails')
      : text.kind === 'lesson'
        ? t('trainingEditor.translations.lessonName', {
            position: text.lesson.position,
            title: text.lesson.title,
          })
        : t('trainingEditor.translations.questionName', {
            position: text.question.position,
            prompt: text.question.prompt,
          });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={`translations-${stage.stage}`}>
      <Stack>
        <Title order={2} size="h3" id={`translations-${stage.stage}`}>
          {t('trainingEditor.translations.title')}
        </Title>
        <Text size="sm">
          {t('trainingEditor.translations.intro', { main: nameOf(stage.language) })}
        </Text>
        <Text size="sm" fw={500}>
          {t('trainingEditor.translations.availableIn', {
            languages: list.format(stage.availableIn.map(nameOf)),
          })}
        </Text>
        <Select
          label={t('trainingEditor.translations.language')}
          data={languages.map((each) => {
            const count = missingIn(stage, each);
            return {
              value: each,
              label:
                count === 0
                  ? t('trainingEditor.translations.optionComplete', {
                      language: LANGUAGE_NAMES[each],
                    })
                  : t('trainingEditor.translations.optionMissing', {
                      language: LANGUAGE_NAMES[each],
                      count,
                    }),
            };
          })}
          value={language}
          onChange={(value) => value && setChosen(value as UiLanguage)}
          allowDeselect={false}
          w={320}
          maw="100%"
        />
        <Text size="sm" c={missing === 0 ? 'green.8' : 'orange.8'} role="status">
          {missing === 0
            ? t('trainingEditor.translations.complete', { language: nameOf(language) })
            : t('trainingEditor.translations.missing', {
                language: nameOf(language),
                count: missing,
              })}
        </Text>
        <Table.ScrollContainer minWidth={520}>
          <Table
            aria-label={t('trainingEditor.translations.tableLabel', {
              stage: stage.stage,
              language: nameOf(language),
            })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trainingEditor.translations.text')}</Table.Th>
                <Table.Th>{t('trainingEditor.translations.status')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('trainingEditor.translations.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {texts.map((text) => {
                const translated = isTranslated(text, language);
                const name = nameOfText(text);
                return (
                  <Table.Tr key={text.key}>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {translated ? (
                        <Badge color="green" variant="light">
                          {t('trainingEditor.translations.translated')}
                        </Badge>
                      ) : (
                        <Badge color="orange" variant="light">
                          {t('trainingEditor.translations.notTranslated')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap" justify="flex-end">
                        <Button
                          size="xs"
                          variant={translated ? 'default' : 'light'}
                          aria-label={t(
                            translated
                              ? 'trainingEditor.translations.editLabel'
                              : 'trainingEditor.translations.addLabel',
                            { name, language: nameOf(language) },
                          )}
                          onClick={() => setEditing({ mode: 'edit', text })}
                        >
                          {t(
                            translated
                              ? 'trainingEditor.translations.edit'
                              : 'trainingEditor.translations.add',
                          )}
                        </Button>
                        {translated && (
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            aria-label={t('trainingEditor.translations.deleteLabel', {
                              name,
                              language: nameOf(language),
                            })}
                            onClick={() => setEditing({ mode: 'delete', text })}
                          >
                            {t('trainingEditor.delete')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      {editing?.mode === 'edit' && editing.text.kind === 'stage' && (
        <StageTranslationModal stage={stage} language={language} onClose={close} />
      )}
      {editing?.mode === 'edit' && editing.text.kind === 'lesson' && (
        <LessonTranslationModal
          lesson={editing.text.lesson}
          mainLanguage={stage.language}
          language={language}
          onClose={close}
        />
      )}
      {editing?.mode === 'edit' && editing.text.kind === 'question' && (
        <QuestionTranslationModal
          question={editing.text.question}
          mainLanguage={stage.language}
          language={language}
          onClose={close}
        />
      )}
      {editing?.mode === 'delete' && (
        <DeleteTranslationModal
          text={editing.text}
          name={nameOfText(editing.text)}
          language={language}
          mainLanguage={stage.language}
          onClose={close}
        />
      )}
    </Paper>
  );
}
