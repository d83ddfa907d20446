import { NativeSelect, SegmentedControl } from '@mantine/core';
import type { CSSProperties } from 'react';
import { usePhoneLayout } from './use-phone-layout';

interface ChoiceControlProps<Choice extends string> {
  /** The choices, in the order offered. */
  choices: readonly Choice[];
  value: Choice;
  onChange: (choice: Choice) => void;
  /** What the control chooses (its label on a phone, its accessible name elsewhere). */
  label: string;
  labelOf: (choice: Choice) => string;
  style?: CSSProperties;
}

/**
 * One of a few choices that changes what the page below shows: side by side on a wide screen,
 * and on a phone the phone's own picker, which no translation of the names can overflow.
 */
export function ChoiceControl<Choice extends string>({
  choices,
  value,
  onChange,
  label,
  labelOf,
  style,
}: ChoiceControlProps<Choice>) {
  const data = choices.map((choice) => ({ value: choice, label: labelOf(choice) }));
  const choose = (chosen: string) => {
    const choice = choices.find((candidate) => candidate === chosen);
    if (choice) onChange(choice);
  };
  return usePhoneLayout() ? (
    <NativeSelect
      label={label}
      value={value}
      onChange={(event) => choose(event.currentTarget.value)}
      data={data}
    />
  ) : (
    <SegmentedControl
      aria-label={label}
      value={value}
      onChange={choose}
      data={data}
      style={style}
    />
  );
}
