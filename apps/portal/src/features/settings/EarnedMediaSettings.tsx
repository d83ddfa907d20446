import {
  MAX_COST_PER_CLICK,
  SHARE_NETWORKS,
  type CostPerClick,
  type ShareNetwork,
} from '@chorus/core';
import { Fieldset, Input, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { currentLanguage } from '../../i18n';
import type { FormMessage } from '../../lib/forms';
import { SettingsSection } from './SettingsSection';
import type { Settings } from './api/settings-queries';
import { useSettingsForm } from './use-settings-form';

/** What is typed per network: a number, or '' for a network that is not valued. */
type CostInputs = Partial<Record<ShareNetwork, number | string>>;

/** The costs typed, as the API takes them: only the networks that have one. */
export function costPerClickFrom(inputs: CostInputs): CostPerClick {
  const costs: CostPerClick = {};
  for (const network of SHARE_NETWORKS) {
    const cost = inputs[network];
    if (typeof cost === 'number' && Number.isFinite(cost)) costs[network] = cost;
  }
  return costs;
}

/** A cost the API takes, or nothing typed (the network is not valued). */
const isCostInput = (cost: number | string | undefined) =>
  cost === undefined ||
  cost === '' ||
  (typeof cost === 'number' && Number.isFinite(cost) && cost >= 0 && cost <= MAX_COST_PER_CLICK);

const earnedMediaSchema = z.object({
  currency: z.string(),
  costPerClick: z
    .partialRecord(z.enum(SHARE_NETWORKS), z.union([z.number(), z.string()]))
    .refine((inputs) => SHARE_NETWORKS.every((network) => isCostInput(inputs[network])), {
      error: 'settings.analytics.costPerClick.invalid' satisfies FormMessage,
      params: { max: MAX_COST_PER_CLICK },
    })
    .transform(costPerClickFrom),
});

/** Earned media value: the currency, and what a click from each network is worth. */
export function EarnedMediaSettings({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const costsErrorId = useId();
  const form = useSettingsForm({
    name: t('settings.earnedMedia.title'),
    settings,
    valuesOf: ({ currency, costPerClick }) => ({
      currency,
      costPerClick: costPerClick as CostInputs,
    }),
    schema: earnedMediaSchema,
  });
  const { currency, costPerClick: inputs } = form.values;
  const costsError = form.errors.costPerClick;
  const someInvalid = SHARE_NETWORKS.some((network) => !isCostInput(inputs[network]));
  const names = new Intl.DisplayNames(currentLanguage(i18n), { type: 'currency' });
  const known = useMemo(() => Intl.supportedValuesOf('currency'), []);
  const currencies = (known.includes(currency) ? known : [currency, ...known]).map((code) => ({
    value: code,
    label: `${code} – ${names.of(code) ?? code}`,
  }));

  return (
    <SettingsSection
      title={t('settings.earnedMedia.title')}
      intro={t('settings.earnedMedia.intro')}
      form={form}
    >
      <Select
        label={t('settings.analytics.currency.label')}
        description={t('settings.analytics.currency.description')}
        data={currencies}
        value={currency}
        onChange={(code) => code && form.setField('currency', code)}
        error={form.errors.currency}
        searchable
        allowDeselect={false}
        maw={360}
      />
      <Fieldset
        legend={t('settings.analytics.costPerClick.label', { currency })}
        variant="unstyled"
        p={0}
        aria-describedby={costsError ? costsErrorId : undefined}
        // The legend reads like the other fields' labels.
        styles={{ legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)' } }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('settings.analytics.costPerClick.description')}
          </Text>
          <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="sm">
            {SHARE_NETWORKS.map((network) => (
              <NumberInput
                key={network}
                label={t(`networks.${network}`)}
                placeholder={t('settings.analytics.costPerClick.notValued')}
                value={inputs[network] ?? ''}
                onChange={(cost) => form.setField('costPerClick', { ...inputs, [network]: cost })}
                // Marks the costs the error below is about; all of them, for the API's refusal.
                error={costsError !== undefined && (!someInvalid || !isCostInput(inputs[network]))}
                min={0}
                max={MAX_COST_PER_CLICK}
                decimalScale={2}
                allowNegative={false}
              />
            ))}
          </SimpleGrid>
          {costsError && <Input.Error id={costsErrorId}>{costsError}</Input.Error>}
        </Stack>
      </Fieldset>
    </SettingsSection>
  );
}
