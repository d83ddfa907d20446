import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describe-error';

interface NameFormProps {
  /** Label of the name field. */
  label: string;
  /** Label of the submit button. */
  submitLabel: string;
  /** Shown under the field when it is submitted empty. */
  requiredMessage: string;
  /** Title of the alert shown when the mutation failed. */
  failedTitle: string;
  maxLength: number;
  /** The mutation's pending and error state. */
  pending: boolean;
  error: unknown;
  /** Called with the trimmed, non-empty name; `clear` empties the field (call it on success). */
  onSubmit: (name: string, clear: () => void) => void;
}

/** A one-field "add by name" form: validates, shows the mutation's error and pending state. */
export function NameForm({
  label,
  submitLabel,
  requiredMessage,
  failedTitle,
  maxLength,
  pending,
  error,
  onSubmit,
}: NameFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    setMissing(trimmed === '');
    if (trimmed === '') return;
    onSubmit(trimmed, () => setName(''));
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="xs">
        {error != null && (
          <Alert color="red" title={failedTitle}>
            {describeError(error, t)}
          </Alert>
        )}
        <Group align="flex-start" wrap="nowrap">
          <TextInput
            label={label}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={missing ? requiredMessage : undefined}
            maxLength={maxLength}
            style={{ flex: 1 }}
          />
          <Button type="submit" mt={25} loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
