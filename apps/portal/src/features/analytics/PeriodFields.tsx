import { isIsoDate } from '@chorus/core';
import { TextInput } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from './analytics-period';

interface PeriodFieldsProps {
  period: Period;
  /** The organisation's today: no period reaches past it. */
  today: string;
  onChange: (period: Period) => void;
}

type End = keyof Period;

/** Why a typed day cannot be one end of the period, or null when it can. */
function problemWith(
  end: End,
  value: string,
  other: string,
  today: string,
): 'invalid' | 'afterToday' | 'fromAfterTo' | 'toBeforeFrom' | null {
  if (!isIsoDate(value)) return 'invalid';
  if (value > today) return 'afterToday';
  if (end === 'from' && value > other) return 'fromAfterTo';
  if (end === 'to' && value < other) return 'toBeforeFrom';
  return null;
}

/**
 * The first and last day of the period. A day is taken when it is complete: when the field is
 * left or Enter is pressed, never at each keystroke (typing 2026 passes through 0002, 0020 and
 * 0202). A day that cannot be an end says why and changes nothing, least of all the other end.
 */
export function PeriodFields({ period, today, onChange }: PeriodFieldsProps) {
  const { t } = useTranslation();
  // What is being typed, per end; null while the field shows the period's own day.
  const [drafts, setDrafts] = useState<Record<End, string | null>>({ from: null, to: null });
  const [problems, setProblems] = useState<Record<End, ReturnType<typeof problemWith>>>({
    from: null,
    to: null,
  });

  const commit = (end: End) => {
    const draft = drafts[end];
    if (draft === null) return;
    const other = end === 'from' ? period.to : period.from;
    const problem = problemWith(end, draft, other, today);
    setProblems((current) => ({ ...current, [end]: problem }));
    if (problem) return;
    setDrafts((current) => ({ ...current, [end]: null }));
    if (draft !== period[end]) onChange({ ...period, [end]: draft });
  };

  const field = (end: End) => ({
    type: 'date',
    label: t(`analytics.period.${end}`),
    value: drafts[end] ?? period[end],
    max: today,
    onChange: (event: { currentTarget: HTMLInputElement }) => {
      const { value } = event.currentTarget;
      setDrafts((current) => ({ ...current, [end]: value }));
    },
    onBlur: () => commit(end),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter') commit(end);
    },
    error: problems[end] && t(`analytics.period.problems.${problems[end]}`, { today }),
    w: { base: '100%', xs: 170 },
  });

  return (
    <>
      <TextInput {...field('from')} />
      <TextInput {...field('to')} />
    </>
  );
}
