import { useState, type SubmitEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { useUnsavedChanges } from '../../components/UnsavedChangesGuard';
import type { Settings } from './api/settings-queries';
import { useUpdateSettings, type UpdateSettingsBody } from './use-update-settings';

export type SettingKey = keyof Settings;

/** A section's fields, keyed by the setting each edits, each in the shape its control holds. */
export type SectionValues = Partial<Record<SettingKey, unknown>>;

/** What is wrong with a field, in words for the admin. */
export type FieldErrors<V> = Partial<Record<keyof V & SettingKey, string>>;

export interface SettingsFormOptions<V extends SectionValues> {
  /** The section's title: the leave confirmation names the sections with unsaved changes. */
  name: string;
  settings: Settings;
  /** The section's fields as the settings stand. */
  valuesOf: (settings: Settings) => V;
  /** The portal's own checks, with the API's limits; an empty object when all is well. */
  validate: (values: V) => FieldErrors<V>;
  /** Values that passed `validate`, as the API takes them. */
  toSettings: (values: V) => { [K in keyof V & SettingKey]: Settings[K] };
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
 * Which of the fields sent a 400/422 is about. The API words a refused setting as
 * "<setting> ...", several joined by "; " (a sentence may have a "; " of its own). A refusal that
 * names no field sent is the one field's when one was sent, else the whole section's: undefined.
 */
export function refusedFields(
  error: unknown,
  sent: readonly SettingKey[],
): Partial<Record<SettingKey, string>> | undefined {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 422)) return;
  if (!error.serverMessage) return;
  const fields: Partial<Record<SettingKey, string>> = {};
  let field = sent.length === 1 ? sent[0] : undefined;
  for (const part of error.serverMessage.split('; ')) {
    field = sent.find((key) => part === key || part.startsWith(`${key} `)) ?? field;
    if (!field) return;
    fields[field] = fields[field] ? `${fields[field]}; ${part}` : part;
  }
  return fields;
}

/**
 * One section of the settings page as a form: nothing is saved until Save, which sends the
 * section's changed settings alone, so it cannot undo another section's (or admin's) change.
 */
export function useSettingsForm<V extends SectionValues>({
  name,
  settings,
  valuesOf,
  validate,
  toSettings,
}: SettingsFormOptions<V>): SettingsForm<V> {
  const update = useUpdateSettings();
  const [values, setValues] = useState(() => valuesOf(settings));
  const [base, setBase] = useState(settings);
  const [refused, setRefused] = useState<FieldErrors<V>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const changesFrom = (from: Settings, current: V): UpdateSettingsBody => {
    const next = toSettings(current);
    return Object.fromEntries(
      (Object.keys(next) as (keyof typeof next)[])
        .filter((key) => !sameSetting(next[key], from[key]))
        .map((key) => [key, next[key]]),
    );
  };
  // The settings as saved are valid: values that are not differ from them.
  const differs = (from: Settings, current: V) =>
    Object.keys(validate(current)).length > 0 || Object.keys(changesFrom(from, current)).length > 0;
  const problems = validate(values);
  const valid = Object.keys(problems).length === 0;
  const changes = valid ? changesFrom(settings, values) : {};
  const dirty = differs(settings, values);

  // Saved elsewhere (this section's save, another admin, a refetch): a clean section follows.
  if (settings !== base) {
    setBase(settings);
    if (!differs(base, values)) setValues(valuesOf(settings));
  }

  useUnsavedChanges(name, dirty);

  const setField = <K extends keyof V & SettingKey>(key: K, value: V[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setRefused(({ [key]: _dropped, ...others }) => others as FieldErrors<V>);
    setSaved(false);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!valid || !dirty || update.isPending) return;
    setError(null);
    setRefused({});
    update.mutate(changes, {
      onSuccess: () => setSaved(true),
      onError: (refusal) => {
        const fields = refusedFields(refusal, Object.keys(changes) as SettingKey[]);
        if (fields) setRefused(fields as FieldErrors<V>);
        else setError(refusal);
      },
    });
  };

  const reset = () => {
    setValues(valuesOf(settings));
    setRefused({});
    setError(null);
    setSaved(false);
  };

  return {
    values,
    setField,
    errors: { ...refused, ...problems },
    error,
    dirty,
    canSave: valid && dirty && !update.isPending,
    saving: update.isPending,
    saved: saved && !dirty,
    submit,
    reset,
  };
}
