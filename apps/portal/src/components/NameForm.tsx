import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { z } from 'zod';
import { requiredText, useSchemaForm, type FormMessage } from '../lib/forms';
import { FormErrorAlert } from './FormErrorAlert';

interface NameFormProps {
  /** Label of the name field. */
  label: string;
  /** Label of the submit button. */
  submitLabel: string;
  maxLength: number;
  /** The i18n key of the problem shown when the name is left empty. */
  requiredMessage: FormMessage;
  /** Title of the alert shown when adding failed. */
  errorTitle: string;
  /** Adds by the trimmed, non-empty name; the field empties when it resolves. */
  onAdd: (name: string) => Promise<unknown>;
}

/** A one-field "add by name" form: checks the name, pending while adding, shows why it failed. */
export function NameForm({
  label,
  submitLabel,
  maxLength,
  requiredMessage,
  errorTitle,
  onAdd,
}: NameFormProps) {
  const schema = useMemo(
    () => z.object({ name: requiredText(maxLength, requiredMessage) }),
    [maxLength, requiredMessage],
  );
  const form = useSchemaForm(schema, { name: '' });

  const add = async ({ name }: { name: string }) => {
    await onAdd(name);
    form.reset();
  };

  return (
    <form onSubmit={form.onSubmit(add)} noValidate>
      <Stack gap="xs">
        <FormErrorAlert form={form} title={errorTitle} />
        <Group align="flex-start" wrap="nowrap">
          <TextInput
            label={label}
            {...form.getInputProps('name')}
            maxLength={maxLength}
            style={{ flex: 1 }}
          />
          <Button type="submit" mt={25} loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
