import { SHARE_NETWORKS, type CostPerClick, type ShareNetwork } from '@chorus/core';
import {
  Alert,
  Button,
  Fieldset,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { currentLanguage } from '../../i18n';
import type { Settings } from './use-settings';
import { useUpdateSettings } from './use-update-settings';

/** The most a click may be worth, as the API takes it. */
const MAX_COST_PER_CLICK = 1000;

const CURRENCIES = Intl.supportedValuesOf('currency');

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

const sameCosts = (a: CostPerClick, b: CostPerClick) =>
  SHARE_NETWORKS.every((network) => a[network] === b[network]);

/** Earned media value: the currency, and what a click from each network is worth. */
export function EarnedMediaSettings({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateSettings();
  const [inputs, setInputs] = useState<CostInputs>(settings.costPerClick);
  const costs = costPerClickFrom(inputs);
  const valid = SHARE_NETWORKS.every((network) => {
    const cost = inputs[network];
    return cost === undefined || cost === '' || (typeof cost === 'number' && cost >= 0);
  });
  const names = new Intl.DisplayNames(currentLanguage(i18n), { type: 'currency' });
  const currencies = (
    CURRENCIES.includes(settings.currency) ? CURRENCIES : [settings.currency, ...CURRENCIES]
  ).map((code) => ({ value: code, label: `${code} – ${names.of(code) ?? code}` }));
  const asked = update.isPending ? update.variables : {};

  const saveCurrency = (currency: string | null) => {
    if (!currency || currency === settings.currency) return;
    update.mutate(
      { currency },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'green',
            message: t('settings.analytics.currency.saved', { currency: saved.currency }),
          }),
      },
    );
  };

  const saveCosts = () =>
    update.mutate(
      { costPerClick: costs },
      {
        onSuccess: (saved) => {
          const valued = SHARE_NETWORKS.filter(
            (network) => saved.costPerClick[network] !== undefined,
          );
          notifications.show({
            color: 'green',
            message:
              valued.length === 0
                ? t('settings.analytics.costPerClick.savedNone')
                : t('settings.analytics.costPerClick.saved', {
                    networks: valued.map((network) => t(`networks.${network}`)).join(', '),
                  }),
          });
        },
      },
    );

  return (
    <Stack>
      {update.isError && (
        <Alert color="red" title={t('settings.saveFailed')}>
          {describeError(update.error, t)}
        </Alert>
      )}
      <Select
        label={t('settings.analytics.currency.label')}
        description={t('settings.analytics.currency.description')}
        data={currencies}
        value={asked.currency ?? settings.currency}
        onChange={saveCurrency}
        searchable
        allowDeselect={false}
        disabled={update.isPending}
        maw={360}
      />
      <Fieldset
        legend={t('settings.analytics.costPerClick.label', { currency: settings.currency })}
        variant="unstyled"
        p={0}
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
                onChange={(cost) => setInputs((current) => ({ ...current, [network]: cost }))}
                min={0}
                max={MAX_COST_PER_CLICK}
                decimalScale={2}
                allowNegative={false}
              />
            ))}
          </SimpleGrid>
          <Button
            variant="light"
            w="fit-content"
            disabled={!valid || sameCosts(costs, settings.costPerClick)}
            loading={update.isPending && asked.costPerClick !== undefined}
            onClick={saveCosts}
          >
            {t('settings.analytics.costPerClick.save')}
          </Button>
        </Stack>
      </Fieldset>
    </Stack>
  );
}
