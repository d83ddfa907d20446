import { Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  MAX_OPTIONS,
  MAX_OPTION_LENGTH,
  MIN_OPTIONS,
  addOption,
  removeOption,
  type QuestionProblems,
  type QuestionValues,
} from './question-form';

interface QuestionOptionsFieldProps {
  value: QuestionValues;
  onChange: (values: QuestionValues) => void;
  /** Problems to show, by option index. */
  problems: QuestionProblems['options'];
}

/** The answers to choose from (2 to 6), and which one is right. */
export function QuestionOptionsField({ value, onChange, problems }: QuestionOptionsFieldProps) {
  const { t } = useTranslation();
  const setOption = (index: number, text: string) =>
    onChange({
      ...value,
      options: value.options.map((option, at) => (at === index ? text : option)),
    });

  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('trainingEditor.questions.fields.rightAnswer')}
        description={t('trainingEditor.questions.fields.rightAnswerHint')}
        value={String(value.correctOption)}
        onChange={(chosen) => onChange({ ...value, correctOption: Number(chosen) })}
      >
        <Stack gap="xs" mt="xs">
          {value.options.map((option, index) => {
            const number = index + 1;
            const problem = problems[index];
            return (
              <Group key={index} align="flex-start" wrap="nowrap">
                <Radio
                  value={String(index)}
                  aria-label={t('trainingEditor.questions.fields.optionIsRight', { number })}
                  mt={34}
                />
                <TextInput
                  label={t('trainingEditor.questions.fields.option', { number })}
                  value={option}
                  onChange={(event) => setOption(index, event.currentTarget.value)}
                  error={problem ? t(`trainingEditor.questions.problems.${problem}`) : null}
                  maxLength={MAX_OPTION_LENGTH}
                  style={{ flex: 1 }}
                />
                <Button
                  variant="subtle"
                  color="red"
                  mt={25}
                  aria-label={t('trainingEditor.questions.fields.removeOptionLabel', { number })}
                  disabled={value.options.length <= MIN_OPTIONS}
                  onClick={() => onChange(removeOption(value, index))}
                >
                  {t('trainingEditor.questions.fields.removeOption')}
                </Button>
              </Group>
            );
          })}
        </Stack>
      </Radio.Group>
      <Group>
        <Button
          variant="light"
          size="xs"
          disabled={value.options.length >= MAX_OPTIONS}
          onClick={() => onChange(addOption(value))}
        >
          {t('trainingEditor.questions.fields.addOption')}
        </Button>
      </Group>
    </Stack>
  );
}
