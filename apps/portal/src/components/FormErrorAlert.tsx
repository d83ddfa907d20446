import { Alert } from '@mantine/core';
import type { SchemaForm } from '../lib/forms';

/** The form-level error of a schema form (a save no field explains); nothing while there is none. */
export function FormErrorAlert<Values, Output>({
  form,
  title,
}: {
  form: SchemaForm<Values, Output>;
  /** What failed, e.g. "Could not save the lesson". */
  title: string;
}) {
  if (form.formError === undefined) return null;
  return (
    <Alert color="red" title={title}>
      {form.formError}
    </Alert>
  );
}
