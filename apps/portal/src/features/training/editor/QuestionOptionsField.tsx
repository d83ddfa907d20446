import { INPUT_LIMITS } from '@chorus/core';
import { Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SchemaForm } from '../../../lib/forms';

const MIN_OPTIONS = INPUT_LIMITS.questionOptionsMin;
const MAX_OPTIONS = INPUT_LIMITS.questionOptionsMax;

/** The part of a question this field edits; `correctOption` counts from 0. */
interface OptionValues {
  options: string[];
  correctOption: number;
}

interface QuestionFormValues extends OptionValues {
  prompt: string;
  explanation: string;
}

/** Removes an option; the right answer stays on the same option, or goes to the first. */
function withoutOption({ options, correctOption }: OptionValues, index: number): OptionValues {
  return {
    options: options.filter((_, at) => at !== index),
    correctOption:
      correctOption === index ? 0 : correctOption > index ? correctOption - 1 : correctOption,
  };
}

/** The answers to choose from (2 to 6), and which one is right. */
export function QuestionOptionsField({
  form,
}: {
  /** The question's form; this field edits its `options` and `correctOption`. */
  form: SchemaForm<QuestionFormValues, unknown>;
}) {
  const { t } = useTranslation();
  const { options, correctOption } = form.values;

  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('trainingEditor.questions.fields.rightAnswer')}
        description={t('trainingEditor.questions.fields.rightAnswerHint')}
        value={String(correctOption)}
        onChange={(chosen) => form.setFieldValue('correctOption', Number(chosen))}
      >
        <Stack gap="xs" mt="xs">
          {options.map((_, index) => {
            const number = index + 1;
            return (
              <Group key={index} align="flex-start" wrap="nowrap">
                <Radio
                  value={String(index)}
                  aria-label={t('trainingEditor.questions.fields.optionIsRight', { number })}
                  mt={34}
                />
                <TextInput
                  label={t('trainingEditor.questions.fields.option', { number })}
                  {...form.getInputProps(`options.${index}`)}
                  maxLength={INPUT_LIMITS.questionOption}
                  style={{ flex: 1 }}
                />
                <Button
                  variant="subtle"
                  color="red"
                  mt={25}
                  aria-label={t('trainingEditor.questions.fields.removeOptionLabel', { number })}
                  disabled={options.length <= MIN_OPTIONS}
                  onClick={() => form.setValues(withoutOption(form.values, index))}
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
          disabled={options.length >= MAX_OPTIONS}
          onClick={() => form.setFieldValue('options', [...options, ''])}
        >
          {t('trainingEditor.questions.fields.addOption')}
        </Button>
      </Group>
    </Stack>
  );
}
