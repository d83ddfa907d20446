import { CONTENT_KINDS, SHARE_NETWORKS } from '@chorus/core';
import { Button, Chip, Group, Select, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { campaignsQuery } from '../campaigns/api/campaign-queries';
import { isContentKind, isShareNetwork } from '../../lib/value-guards';
import { GroupSelect } from '../groups/GroupSelect';
import { isNarrowed, type AnalyticsFilters } from './analytics-filters';
import { PERIOD_PRESETS, presetOf, presetPeriod, type Period } from './analytics-period';
import { PeriodFields } from './PeriodFields';

interface AnalyticsFiltersBarProps {
  filters: AnalyticsFilters;
  /** The period shown: the one asked for, or the API's default. */
  period: Period;
  /** Today in the organisation's time zone, which the presets end on. */
  today: string;
  /** Department and location: for those who see figures about people. */
  peopleFilters: boolean;
  onChange: (change: Partial<AnalyticsFilters>) => void;
}

const FIELD_WIDTH = { base: '100%', xs: 200 };

/** The period (a preset or any range of days) and what to narrow the figures down to. */
export function AnalyticsFiltersBar({
  filters,
  period,
  today,
  peopleFilters,
  onChange,
}: AnalyticsFiltersBarProps) {
  const { t } = useTranslation();
  const campaigns = useQuery(campaignsQuery());
  const presetsId = useId();
  const preset = presetOf(period, today);

  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Text size="sm" fw={500} id={presetsId}>
          {t('analytics.period.label')}
        </Text>
        <Chip.Group
          value={preset}
          onChange={(chosen) => {
            const next = PERIOD_PRESETS.find((candidate) => candidate === chosen);
            if (next) onChange(presetPeriod(next, today));
          }}
        >
          <Group gap="xs" role="radiogroup" aria-labelledby={presetsId}>
            {PERIOD_PRESETS.map((candidate) => (
              <Chip key={candidate} value={candidate} type="radio" size="sm">
                {t(`analytics.period.presets.${candidate}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Stack>
      <Group align="flex-end" gap="sm">
        <PeriodFields period={period} today={today} onChange={onChange} />
        {peopleFilters && (
          <>
            <GroupSelect
              kind="department"
              label={t('analytics.filters.department')}
              noneLabel={t('analytics.filters.allDepartments')}
              value={filters.department}
              onChange={(department) => onChange({ department })}
              w={FIELD_WIDTH}
            />
            <GroupSelect
              kind="location"
              label={t('analytics.filters.location')}
              noneLabel={t('analytics.filters.allLocations')}
              value={filters.location}
              onChange={(location) => onChange({ location })}
              w={FIELD_WIDTH}
            />
          </>
        )}
        <Select
          label={t('analytics.filters.network')}
          placeholder={t('analytics.filters.allNetworks')}
          data={SHARE_NETWORKS.map((network) => ({
            value: network,
            label: t(`networks.${network}`),
          }))}
          value={filters.network}
          onChange={(network) => onChange({ network: isShareNetwork(network) ? network : null })}
          clearable
          clearButtonProps={{ 'aria-label': t('analytics.filters.allNetworks') }}
          w={FIELD_WIDTH}
        />
        <Select
          label={t('analytics.filters.campaign')}
          placeholder={t('analytics.filters.allCampaigns')}
          data={(campaigns.data ?? []).map((campaign) => ({
            value: campaign.id,
            label: campaign.name,
          }))}
          value={filters.campaign}
          onChange={(campaign) => onChange({ campaign })}
          clearable
          searchable
          clearButtonProps={{ 'aria-label': t('analytics.filters.allCampaigns') }}
          error={campaigns.isError ? t('analytics.filters.campaignsFailed') : undefined}
          w={FIELD_WIDTH}
        />
        <Select
          label={t('analytics.filters.kind')}
          placeholder={t('analytics.filters.allKinds')}
          data={CONTENT_KINDS.map((kind) => ({ value: kind, label: t(`content.kinds.${kind}`) }))}
          value={filters.kind}
          onChange={(kind) => onChange({ kind: isContentKind(kind) ? kind : null })}
          clearable
          clearButtonProps={{ 'aria-label': t('analytics.filters.allKinds') }}
          w={FIELD_WIDTH}
        />
        {isNarrowed(filters) && (
          <Button
            variant="subtle"
            onClick={() =>
              onChange({
                department: null,
                location: null,
                network: null,
                campaign: null,
                kind: null,
              })
            }
          >
            {t('analytics.filters.clear')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
