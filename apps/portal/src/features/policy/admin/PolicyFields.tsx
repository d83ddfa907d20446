import {
  LANGUAGE_NAMES,
  PREFERRED_LANGUAGES,
  isPreferredLanguage,
  type PreferredLanguage,
} from '@chorus/core';
import { Button, Checkbox, Group, Select, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PreferredLanguageSelect } from '../../../components/PreferredLanguageSelect';
import type { SchemaForm } from '../../../lib/forms';
import type { z } from 'zod';
import { PolicyTextFields } from './PolicyTextFields';
import { emptyText, type PolicyValues, type policySchema } from './policy-schema';

interface PolicyFieldsProps {
  form: SchemaForm<PolicyValues, z.output<typeof policySchema>>;
  /** Version 1: it always needs acknowledging, so the box cannot be cleared. */
  first: boolean;
}

/**
 * A new version's texts, one tab per language (a title, the text and a change summary each),
 * which of them is the main one, and whether everyone must acknowledge it.
 */
export function PolicyFields({ form, first }: PolicyFieldsProps) {
  const { t } = useTranslation();
  const { texts, mainLanguage } = form.values;
  const [tab, setTab] = useState('0');
  const unused = PREFERRED_LANGUAGES.filter(
    (code) => !texts.some((text) => text.language === code),
  );
  const hasProblem = (index: number) =>
    Object.keys(form.errors).some((path) => path.startsWith(`texts.${index}.`));

  const addText = () => {
    const language = unused[0];
    if (language === undefined) return;
    form.insertListItem('texts', emptyText(language));
    setTab(String(texts.length));
  };

  const removeText = (index: number) => {
    const removed = texts[index];
    form.removeListItem('texts', index);
    const remaining = texts.filter((_, at) => at !== index);
    if (removed?.language === mainLanguage && remaining[0]) {
      form.setFieldValue('mainLanguage', remaining[0].language);
    }
    setTab('0');
  };

  const setLanguage = (index: number, language: PreferredLanguage) => {
    if (texts[index]?.language === mainLanguage) form.setFieldValue('mainLanguage', language);
    form.setFieldValue(`texts.${index}.language`, language);
  };

  return (
    <Stack>
      <Select
        label={t('policyAdmin.fields.mainLanguage')}
        description={t('policyAdmin.fields.mainLanguageHint')}
        data={texts.map(({ language }) => ({ value: language, label: LANGUAGE_NAMES[language] }))}
        value={mainLanguage}
        onChange={(picked) => {
          if (isPreferredLanguage(picked)) form.setFieldValue('mainLanguage', picked);
        }}
        allowDeselect={false}
        w={{ base: '100%', xs: 280 }}
      />
      <Tabs value={tab} onChange={(next) => setTab(next ?? '0')} keepMounted={false}>
        <Group justify="space-between" wrap="nowrap" align="flex-end">
          <Tabs.List aria-label={t('policyAdmin.fields.texts')}>
            {texts.map(({ language }, index) => (
              <Tabs.Tab key={index} value={String(index)} c={hasProblem(index) ? 'red' : undefined}>
                {LANGUAGE_NAMES[language]}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Button variant="light" size="xs" onClick={addText} disabled={unused.length === 0}>
            {t('policyAdmin.fields.addLanguage')}
          </Button>
        </Group>
        {texts.map(({ language }, index) => (
          <Tabs.Panel key={index} value={String(index)} pt="md">
            <Stack>
              <Group align="flex-end">
                <PreferredLanguageSelect
                  label={t('policyAdmin.fields.language')}
                  value={language}
                  onChange={(picked) => setLanguage(index, picked)}
                  error={form.errors[`texts.${index}.language`]}
                  w={{ base: '100%', xs: 280 }}
                />
                {texts.length > 1 && (
                  <Button variant="subtle" color="red" onClick={() => removeText(index)}>
                    {t('policyAdmin.fields.removeLanguage', { language: LANGUAGE_NAMES[language] })}
                  </Button>
                )}
              </Group>
              <PolicyTextFields
                field={(name) => form.getInputProps(`texts.${index}.${name}`)}
                focusTitle={index === 0}
              />
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
      <Checkbox
        label={t('policyAdmin.fields.requiresAcknowledgment')}
        description={t(
          first
            ? 'policyAdmin.fields.firstAlwaysAcknowledged'
            : form.values.requiresAcknowledgment
              ? 'policyAdmin.fields.acknowledgeAgainHint'
              : 'policyAdmin.fields.noAcknowledgmentHint',
        )}
        {...form.getInputProps('requiresAcknowledgment', { type: 'checkbox' })}
        checked={first || form.values.requiresAcknowledgment}
        disabled={first}
      />
    </Stack>
  );
}
