import { useForm } from '@mantine/form';
import { useCallback, type ReactNode, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/api-error';
import { describeError, problemsOf, sayServerMessage } from '../../api/describe-error';
import { useUnsavedChanges } from '../../components/UnsavedChangesGuard';
import { schemaProblems } from '../../lib/forms';
import type { Settings } from './api/settings-queries';
import { useUpdateSettings, type UpdateSettingsBody } from './use-update-settings';

export type SettingKey = keyof Settings;

/** A section's fields, keyed by the setting each edits, each in the shape its control holds. */
export type SectionValues = Partial<Record<SettingKey, unknown>>;

/** What is wrong with a field, in words for the admin. */
export type FieldErrors<V> = Partial<Record<keyof V & SettingKey, ReactNode>>;

export interface SettingsFormOptions<V extends SectionValues, S extends Partial<Settings>> {
  /** The section's title: the leave confirmation names the sections with unsaved changes. */
  name: string;
  settings: Settings;
  /** The section's fields as the settings stand. */
  valuesOf: (settings: Settings) => V;
  /**
   * The portal's own checks, with the API's limits, whose messages are i18n keys (a refinement's
   * `params` fill them in); its output is the section's settings as the API takes them.
   */
  schema: z.ZodType<S, V>;
}

export interface SettingsForm<V extends SectionValues> {
  values: V;
  setField: <K extends keyof V & SettingKey>(key: K, value: V[K]) => void;
  /** The portal's checks, then what the API refused, per field. */
  errors: FieldErrors<V>;
  /** A refusal that names no field of the section (not allowed, server down, ...). */
  error: unknown;
  /** The section differs from the settings as saved. */
  dirty: boolean;
  canSave: boolean;
  saving: boolean;
  /** The last save went through and nothing changed since. */
  saved: boolean;
  submit: (event: SubmitEvent<HTMLFormElement>) => void;
  reset: () => void;
}

/** A value in a canonical form: no setting's meaning depends on list or key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value))
    return value
      .map(canonical)
      .map((item) => JSON.stringify(item))
      .sort();
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, canonical(item)])
      .sort(([a], [b]) => String(a).localeCompare(String(b)));
  }
  return value;
}

export const sameSetting = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * Which of the fields sent a 400/422 is about, each with what is wrong in the portal's
 * language. The API lists each refused value as a problem naming its `field`; a refusal that
 * names no field sent is the one field's when one was sent, else the whole section's: undefined.
 */
export function refusedFields<K extends string>(
  error: unknown,
  sent: readonly K[],
  t: TFunction,
): Partial<Record<K, string>> | undefined {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 422)) return;
  const fields: Partial<Record<K, string>> = {};
  for (const problem of problemsOf(error.details)) {
    const field = sent.find((key) => key === problem.field);
    if (!field) continue;
    const said = sayServerMessage(t, problem) ?? describeError(error, t);
    fields[field] = fields[field] ? `${fields[field]}; ${said}` : said;
  }
  if (Object.keys(fields).length > 0) return fields;
  return sent.length === 1 ? ({ [sent[0]!]: describeError(error, t) } as typeof fields) : undefined;
}

/** The settings among `next` that differ from `from`. */
function changesFrom(from: Settings, next: Partial<Settings>): UpdateSettingsBody {
  return Object.fromEntries(
    (Object.keys(next) as SettingKey[])
      .filter((key) => !sameSetting(next[key], from[key]))
      .map((key) => [key, next[key]]),
  );
}

/** What a section form needs of the request that saves it (a react-query mutation). */
export interface SectionSave<Sent> {
  mutate: (sent: Sent, options: { onError: (error: unknown) => void }) => void;
  reset: () => void;
  variables: Sent | undefined;
  error: unknown;
  isPending: boolean;
  isSuccess: boolean;
  isError: boolean;
}

export interface SectionFormOptions<V extends object, Output, Sent> {
  /** The section's title: the leave confirmation names the sections with unsaved changes. */
  name: string;
  /** The section's fields as saved. */
  loaded: V;
  /**
   * The portal's own checks, with the API's limits, whose messages are i18n keys (a refinement's
   * `params` fill them in); its output is what the section means.
   */
  schema: z.ZodType<Output, V>;
  /** What to send for what the fields mean: null when that changes nothing saved. */
  changes: (next: Output) => Sent | null;
  save: SectionSave<Sent>;
  /** The fields (paths) a refusal of `sent` may name. */
  fieldsOf: (sent: Sent) => readonly string[];
}

/** A section form whose fields are named by path (`clicks.per`). */
export type SectionForm<V> = Omit<SettingsForm<V & SectionValues>, 'setField' | 'errors'> & {
  values: V;
  setField: (path: string, value: unknown) => void;
  errors: Partial<Record<string, ReactNode>>;
};

/**
 * One section of the settings page as a form: nothing is saved until Save, which sends what
 * `changes` makes of the section, so it cannot undo another section's (or admin's) change.
 * Its problems show as they arise; a refused field shows its refusal until it changes.
 */
export function useSectionForm<V extends object, Output, Sent>({
  name,
  loaded,
  schema,
  changes: changesOf,
  save,
  fieldsOf,
}: SectionFormOptions<V, Output, Sent>): SectionForm<V> {
  const { t } = useTranslation();
  const validate = useCallback((values: V) => schemaProblems(schema, values, t), [schema, t]);
  const form = useForm<V>({
    mode: 'controlled',
    initialValues: loaded,
    validate,
    validateInputOnChange: true,
  });

  // What the values mean; undefined while they break the section's rules.
  const meaning = (values: V) => schema.safeParse(values).data;
  const current = meaning(form.values);
  const changes = current === undefined ? null : changesOf(current);
  // The values as saved are valid: values that are not differ from them.
  const dirty = current === undefined || changes !== null;

  // Saved elsewhere (this section's save, another admin, a refetch): a clean section follows.
  const before = form.getInitialValues();
  if (!sameSetting(loaded, before)) {
    form.setInitialValues(loaded);
    const was = meaning(before);
    if (current !== undefined && was !== undefined && sameSetting(current, was)) {
      form.setValues(loaded);
    }
  }

  useUnsavedChanges(name, dirty);

  const sent = save.variables === undefined ? [] : fieldsOf(save.variables);
  const refusedOnFields = refusedFields(save.error, sent, t) !== undefined;

  const setField = (path: string, value: unknown) => {
    form.setFieldValue(path as never, value as never);
    if (save.isSuccess) save.reset();
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (current === undefined || changes === null || save.isPending) return;
    form.clearErrors();
    save.mutate(changes, {
      onError: (refusal) => {
        const fields = refusedFields(refusal, fieldsOf(changes), t);
        if (fields) form.setErrors(fields);
      },
    });
  };

  const reset = () => {
    form.reset();
    save.reset();
  };

  return {
    values: form.values,
    setField,
    errors: form.errors,
    error: save.isError && !refusedOnFields ? save.error : null,
    dirty,
    canSave: current !== undefined && dirty && !save.isPending,
    saving: save.isPending,
    saved: save.isSuccess && !dirty,
    submit,
    reset,
  };
}

/** A section of the settings (`PATCH /api/settings`): it sends only the settings it changed. */
export function useSettingsForm<V extends SectionValues, S extends Partial<Settings>>({
  name,
  settings,
  valuesOf,
  schema,
}: SettingsFormOptions<V, S>): SettingsForm<V> {
  const update = useUpdateSettings();
  const form = useSectionForm({
    name,
    loaded: valuesOf(settings),
    schema,
    changes: (next: S) => {
      const changes = changesFrom(settings, next);
      return Object.keys(changes).length > 0 ? changes : null;
    },
    save: update,
    fieldsOf: (sent: UpdateSettingsBody) => Object.keys(sent),
  });
  return form as SettingsForm<V>;
}
