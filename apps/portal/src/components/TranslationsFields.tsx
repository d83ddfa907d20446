import { LANGUAGE_NAMES, UI_LANGUAGES } from '@chorus/core';
import { Fieldset, SimpleGrid, TextInput, type TextInputProps } from '@mantine/core';

interface TranslationsFieldsProps {
  legend: string;
  description: string;
  /** The input props of one language's field, from the form (`names.da`, say). */
  inputProps: (language: (typeof UI_LANGUAGES)[number]) => TextInputProps;
  maxLength: number;
  /** What a language without a translation reads: the main text. */
  placeholder: string;
}

/**
 * One field per UI language for a text's translations, each labelled with the language's own
 * name and written in it; an empty field reads the main text, shown as the placeholder.
 */
export function TranslationsFields({
  legend,
  description,
  inputProps,
  maxLength,
  placeholder,
}: TranslationsFieldsProps) {
  return (
    <Fieldset legend={legend} variant="unstyled">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        <p style={{ gridColumn: '1 / -1', margin: 0, fontSize: 'var(--mantine-font-size-sm)' }}>
          {description}
        </p>
        {UI_LANGUAGES.map((language) => (
          <TextInput
            key={language}
            label={LANGUAGE_NAMES[language]}
            lang={language}
            placeholder={placeholder}
            maxLength={maxLength}
            {...inputProps(language)}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
