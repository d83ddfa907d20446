import { useForm, type FormErrors, type LooseKeys, type UseFormReturnType } from '@mantine/form';
import type { ParseKeys, TFunction } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiError } from '../api/api-error';
import { describeError } from '../api/describe-error';

/**
 * How every portal form is built: values checked by a zod schema (limits from `@chorus/core`),
 * problems shown once the form has been sent and then kept current while the person types, a
 * refused save put on the field it concerns or above the buttons.
 *
 * Schema messages are i18n keys (`FormMessage`); the form translates them when it checks, so a
 * schema is a plain module constant that tests can read without i18n.
 */

/** An i18n key naming what is wrong with a field. */
export type FormMessage = ParseKeys;

/** Where the form keeps its form-level error (a refused save no field explains). */
export const FORM_ERROR = '_form';

/** A required text field: trimmed, not empty, at most `max` characters. */
export function requiredText(max: number, required: FormMessage) {
  return z
    .string()
    .trim()
    .min(1, { error: required })
    .max(max, { error: 'forms.tooLong' satisfies FormMessage });
}

/** An optional text field kept as text: trimmed, at most `max` characters, `''` when empty. */
export function text(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: 'forms.tooLong' satisfies FormMessage });
}

/** An optional text field: trimmed, at most `max` characters, `null` when left empty. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: 'forms.tooLong' satisfies FormMessage })
    .transform((value) => (value === '' ? null : value));
}

/** Only the values that differ from `before` (compared after the schema's trimming). */
export function changedValues<Values extends object>(
  before: Values,
  after: Values,
): Partial<Values> {
  const changes: Partial<Values> = {};
  for (const key of Object.keys(after) as (keyof Values)[]) {
    if (!sameValue(before[key], after[key])) changes[key] = after[key];
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return Object.is(a, b);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The statuses whose message is about what was sent, so it may belong to one field. */
const INPUT_REFUSED = new Set([400, 409, 422]);

export interface SchemaFormOptions<Values> {
  /**
   * Fields whose problem shows as soon as it arises, before the form is first sent (a date
   * range that runs backwards); the others wait for the first send.
   */
  liveFields?: readonly LooseKeys<Values>[];
  /** The field a refused save (400/409/422) is about, when the answer says; else form-level. */
  fieldOfError?: (error: ApiError) => LooseKeys<Values> | undefined;
}

type Submit<Output> = (
  values: Output,
  event: SyntheticEvent<HTMLFormElement> | undefined,
) => unknown;

export type SchemaForm<Values, Output> = Omit<UseFormReturnType<Values, Output>, 'onSubmit'> & {
  /**
   * Wraps a submit handler: checks the values first (showing the problems), then calls it with
   * the schema's output; a promise it returns keeps `submitting` and puts a rejection on the form.
   */
  onSubmit: (
    handler: Submit<Output>,
    onFailure?: Parameters<UseFormReturnType<Values, Output>['onSubmit']>[1],
  ) => (event?: SyntheticEvent<HTMLFormElement>) => void;
  /** The form-level error: a failed save that no field explains, already a sentence. */
  formError: string | undefined;
  /** Puts a failed save on its field (when `fieldOfError` knows it) or on the form. */
  setServerError: (error: unknown) => void;
};

/**
 * `useForm` with a schema. `onSubmit(handler)` receives the schema's output (trimmed, `null`s
 * for empty optional fields); when the handler returns a promise that rejects, the error goes
 * onto the form (`setServerError`) and `submitting` is true until it settles.
 */
export function useSchemaForm<Values extends Record<string, unknown>, Output>(
  schema: z.ZodType<Output, Values>,
  initialValues: Values,
  { liveFields = [], fieldOfError }: SchemaFormOptions<Values> = {},
): SchemaForm<Values, Output> {
  const { t } = useTranslation();
  const check = useMemo(() => translatedResolver(schema, t), [schema, t]);
  /** True from a send the schema refused until one it accepts: problems then follow the typing. */
  const refused = useRef(false);
  const revalidate = useRef<(values: Values) => void>(() => undefined);
  const onValuesChange = useCallback((values: Values) => revalidate.current(values), []);

  const form = useForm<Values, Output>({
    mode: 'controlled',
    initialValues,
    validate: check,
    onValuesChange,
    transformValues: (values) => schema.parse(values),
  });

  const { setErrors } = form;
  const live = liveFields.join('\n');
  useEffect(() => {
    const always = live === '' ? [] : live.split('\n');
    revalidate.current = (values) => {
      const problems = check(values);
      setErrors((errors) => {
        if (refused.current) return keepFormError(errors, problems);
        const next = { ...errors };
        for (const path of always) {
          if (problems[path] == null) delete next[path];
          else next[path] = problems[path];
        }
        return next;
      });
    };
  }, [check, live, setErrors]);

  const setServerError = useCallback(
    (error: unknown) => {
      const field =
        error instanceof ApiError && INPUT_REFUSED.has(error.status)
          ? fieldOfError?.(error)
          : undefined;
      const message = describeError(error, t);
      setErrors((errors) => ({ ...errors, [field ?? FORM_ERROR]: message }));
    },
    [fieldOfError, setErrors, t],
  );

  const onSubmit = (handler: Submit<Output>, onFailure?: Parameters<typeof form.onSubmit>[1]) =>
    form.onSubmit(
      (values, event) => {
        refused.current = false;
        const result = handler(values, event);
        if (!(result instanceof Promise)) return;
        // Mantine keeps `submitting` until the promise settles; the failure is shown, not thrown.
        return result.catch(setServerError);
      },
      (errors, values, event) => {
        refused.current = true;
        onFailure?.(errors, values, event);
      },
    );

  const formError = form.errors[FORM_ERROR];
  return {
    ...form,
    onSubmit,
    formError: typeof formError === 'string' ? formError : undefined,
    setServerError,
  };
}

function translatedResolver(schema: z.ZodType, t: TFunction): (values: unknown) => FormErrors {
  return (values) => schemaProblems(schema, values, t);
}

/**
 * The schema's problems with `values`, field by field, in words: the first for each field. A
 * message may name its rule's figures: `{{min}}` and `{{max}}` for a length or range, and a
 * refinement's own `params`.
 */
export function schemaProblems<Values>(
  schema: z.ZodType<unknown, Values>,
  values: Values,
  t: TFunction,
): FormErrors {
  const checked = schema.safeParse(values);
  const errors: FormErrors = {};
  for (const issue of checked.error?.issues ?? []) {
    errors[issue.path.join('.')] ??= t(issue.message as FormMessage, figuresOf(issue));
  }
  return errors;
}

function figuresOf(issue: z.core.$ZodIssue): Record<string, unknown> {
  switch (issue.code) {
    case 'too_small':
      return { min: Number(issue.minimum) };
    case 'too_big':
      return { max: Number(issue.maximum) };
    case 'custom':
      return issue.params ?? {};
    default:
      return {};
  }
}

function keepFormError(errors: FormErrors, problems: FormErrors): FormErrors {
  const formError = errors[FORM_ERROR];
  return formError == null ? problems : { ...problems, [FORM_ERROR]: formError };
}
