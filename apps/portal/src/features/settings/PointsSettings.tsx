import { POINT_RULE_LIMITS, POINT_RULES, type PointRuleName } from '@chorus/core';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { pointRulesQuery, type PointRulesBody } from '../points/api/points-queries';
import { useSavePointRules } from './use-save-point-rules';

const { points: POINTS, per: PER, max: MAX, dailyShareCap: CAP } = POINT_RULE_LIMITS;

/**
 * The Points section of the settings: each rule's value and whether it is on, the clicks' step
 * and most per item, and the daily cap. Saving makes a new version that applies from now on.
 */
export function PointsSettings() {
  const { t } = useTranslation();
  const rules = useQuery(pointRulesQuery());
  const titleId = useId();
  // Kept here: a save changes the saved rules, which starts the form afresh.
  const [done, setDone] = useState(false);

  return (
    <Paper withBorder p="lg">
      {rules.isPending ? (
        <PageLoader label={t('points.settings.loading')} />
      ) : rules.isError ? (
        <QueryError
          title={t('points.loadFailed')}
          error={rules.error}
          onRetry={() => void rules.refetch()}
        />
      ) : (
        // Saved rules that change (this admin's save, or another's) start the form afresh.
        <PointsForm
          key={JSON.stringify(rules.data.rules)}
          titleId={titleId}
          saved={rules.data.rules}
          done={done}
          setDone={setDone}
        />
      )}
    </Paper>
  );
}

function inRange(value: number, limits: { min: number; max: number }): boolean {
  return Number.isInteger(value) && value >= limits.min && value <= limits.max;
}

interface PointsFormProps {
  titleId: string;
  saved: PointRulesBody;
  /** The last save went through. */
  done: boolean;
  setDone: (done: boolean) => void;
}

function PointsForm({ titleId, saved, done, setDone }: PointsFormProps) {
  const { t } = useTranslation();
  const save = useSavePointRules();
  const [values, setValues] = useState<PointRulesBody>(saved);
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);
  const valid =
    POINT_RULES.every((name) => inRange(values[name].points, POINTS)) &&
    inRange(values.clicks.per, PER) &&
    inRange(values.clicks.max, MAX) &&
    inRange(values.dailyShareCap, CAP);

  const setRule = (name: PointRuleName, change: Partial<PointRulesBody['clicks']>) => {
    setDone(false);
    setValues((current) => ({ ...current, [name]: { ...current[name], ...change } }));
  };
  const number = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!valid) return;
    save.mutate(values, { onSuccess: () => setDone(true) });
  };

  return (
    <form aria-labelledby={titleId} onSubmit={submit} noValidate>
      <Stack>
        <Title id={titleId} order={2} size="h4">
          {t('points.settings.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('points.settings.intro')}
        </Text>
        {save.isError && (
          <Alert color="red" title={t('settings.saveFailed')}>
            {describeError(save.error, t)}
          </Alert>
        )}
        {POINT_RULES.map((name) => (
          <Group key={name} align="flex-end" gap="md">
            <NumberInput
              label={t(`points.rules.${name}`)}
              value={values[name].points}
              onChange={(value) => setRule(name, { points: number(value) })}
              min={POINTS.min}
              max={POINTS.max}
              allowDecimal={false}
              disabled={!values[name].enabled}
              error={
                inRange(values[name].points, POINTS)
                  ? undefined
                  : t('points.settings.range', POINTS)
              }
              w={220}
            />
            <Switch
              label={t('points.settings.enabled', { rule: t(`points.rules.${name}`) })}
              checked={values[name].enabled}
              onChange={(event) => setRule(name, { enabled: event.currentTarget.checked })}
              mb={8}
            />
          </Group>
        ))}
        <Group gap="md">
          <NumberInput
            label={t('points.settings.per')}
            value={values.clicks.per}
            onChange={(value) => setRule('clicks', { per: number(value) })}
            min={PER.min}
            max={PER.max}
            allowDecimal={false}
            error={inRange(values.clicks.per, PER) ? undefined : t('points.settings.range', PER)}
            w={220}
          />
          <NumberInput
            label={t('points.settings.max')}
            value={values.clicks.max}
            onChange={(value) => setRule('clicks', { max: number(value) })}
            min={MAX.min}
            max={MAX.max}
            allowDecimal={false}
            error={inRange(values.clicks.max, MAX) ? undefined : t('points.settings.range', MAX)}
            w={220}
          />
        </Group>
        <NumberInput
          label={t('points.settings.cap')}
          description={t('points.settings.capDescription')}
          value={values.dailyShareCap}
          onChange={(value) => {
            setDone(false);
            setValues((current) => ({ ...current, dailyShareCap: number(value) }));
          }}
          min={CAP.min}
          max={CAP.max}
          allowDecimal={false}
          error={inRange(values.dailyShareCap, CAP) ? undefined : t('points.settings.range', CAP)}
          w={220}
        />
        <Group justify="flex-end" gap="sm">
          <Text role="status" size="sm" c="green.8" fw={500}>
            {done && !dirty ? t('points.settings.saved') : ''}
          </Text>
          <Button
            variant="default"
            disabled={!dirty || save.isPending}
            onClick={() => setValues(saved)}
          >
            {t('settings.discard')}
          </Button>
          <Button type="submit" disabled={!dirty || !valid} loading={save.isPending}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
