import { POINT_RULE_LIMITS, POINT_RULES, type PointRuleName } from '@chorus/core';
import { Group, NumberInput, Paper, Switch } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import type { FormMessage } from '../../lib/forms';
import { pointRulesQuery, type PointRulesBody } from '../points/api/points-queries';
import { SettingsSection } from './SettingsSection';
import { sameSetting, useSectionForm } from './use-settings-form';
import { useSavePointRules } from './use-save-point-rules';

const { points: POINTS, per: PER, max: MAX, dailyShareCap: CAP } = POINT_RULE_LIMITS;

/** A whole number within `limits`, as a number input holds it (a number, or text while typed). */
function whole({ min, max }: { min: number; max: number }) {
  return z
    .union([z.number(), z.string()])
    .refine((value) => Number.isInteger(value) && Number(value) >= min && Number(value) <= max, {
      error: 'points.settings.range' satisfies FormMessage,
      params: { min, max },
    })
    .transform(Number);
}

const rule = z.object({ enabled: z.boolean(), points: whole(POINTS) });

type SimpleRule = Exclude<PointRuleName, 'clicks'>;

/** The rules as the API takes them, with its limits (`POINT_RULE_LIMITS`). */
export const pointRulesSchema = z.object({
  ...(Object.fromEntries(
    POINT_RULES.filter((name) => name !== 'clicks').map((name) => [name, rule]),
  ) as Record<SimpleRule, typeof rule>),
  clicks: rule.extend({ per: whole(PER), max: whole(MAX) }),
  dailyShareCap: whole(CAP),
}) satisfies z.ZodType<PointRulesBody, unknown>;

type PointRulesValues = z.input<typeof pointRulesSchema>;

/** Every field a refusal of the rules may name, as the API names them (`clicks.per`). */
const FIELDS = [
  ...POINT_RULES.flatMap((name) => [`${name}.enabled`, `${name}.points`]),
  'clicks.per',
  'clicks.max',
  'dailyShareCap',
] as const;

/**
 * The Points section of the settings: each rule's value and whether it counts, the clicks' step
 * and most per item, and the daily cap. Saving makes a new version that applies from now on.
 */
export function PointsSettings() {
  const { t } = useTranslation();
  const rules = useQuery(pointRulesQuery());

  if (rules.isPending) {
    return (
      <Paper withBorder p="lg">
        <PageLoader label={t('points.settings.loading')} />
      </Paper>
    );
  }
  if (rules.isError) {
    return (
      <Paper withBorder p="lg">
        <QueryError
          title={t('points.loadFailed')}
          error={rules.error}
          onRetry={() => void rules.refetch()}
        />
      </Paper>
    );
  }
  return <PointsForm saved={rules.data.rules} />;
}

function PointsForm({ saved }: { saved: PointRulesBody }) {
  const { t } = useTranslation();
  const save = useSavePointRules();
  const form = useSectionForm({
    name: t('points.settings.title'),
    loaded: saved as PointRulesValues,
    schema: pointRulesSchema,
    // The API keeps versions: a save sends the whole set, which applies from now on.
    changes: (next: PointRulesBody) => (sameSetting(next, saved) ? null : next),
    save,
    fieldsOf: () => FIELDS,
  });
  const numberProps = (path: (typeof FIELDS)[number], limits: { min: number; max: number }) => ({
    value: valueAt(form.values, path) as number | string,
    onChange: (value: number | string) => form.setField(path, value),
    error: form.errors[path],
    min: limits.min,
    max: limits.max,
    allowDecimal: false,
    w: 220,
  });

  return (
    <SettingsSection
      title={t('points.settings.title')}
      intro={t('points.settings.intro')}
      savedText={t('points.settings.saved')}
      form={form}
    >
      {POINT_RULES.map((name) => {
        const ruleName = t(`points.rules.${name}`);
        return (
          <Group key={name} align="flex-end" gap="md">
            <NumberInput
              label={ruleName}
              {...numberProps(`${name}.points`, POINTS)}
              disabled={!form.values[name].enabled}
            />
            <Switch
              // Named by what it turns on: its state is the switch's own, said by itself.
              label={t('points.settings.count', { rule: ruleName })}
              checked={form.values[name].enabled}
              onChange={(event) => form.setField(`${name}.enabled`, event.currentTarget.checked)}
              error={form.errors[`${name}.enabled`]}
              mb={8}
            />
          </Group>
        );
      })}
      <Group gap="md">
        <NumberInput label={t('points.settings.per')} {...numberProps('clicks.per', PER)} />
        <NumberInput label={t('points.settings.max')} {...numberProps('clicks.max', MAX)} />
      </Group>
      <NumberInput
        label={t('points.settings.cap')}
        description={t('points.settings.capDescription')}
        {...numberProps('dailyShareCap', CAP)}
      />
    </SettingsSection>
  );
}

/** The value at a field's path (`clicks.per`). */
function valueAt(values: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], values);
}
