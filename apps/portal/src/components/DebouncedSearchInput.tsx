import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

export const SEARCH_DEBOUNCE_MS = 300;

interface DebouncedSearchInputProps extends Omit<TextInputProps, 'type' | 'value' | 'onChange'> {
  /** The search in effect (kept in the page's address). */
  value: string;
  /** Called with the text once typing pauses. */
  onChange: (search: string) => void;
}

/**
 * A search box that searches once typing pauses. It keeps the text being typed, and follows
 * the search in effect whenever that changes from elsewhere (a navbar link, Back, Forward).
 */
export function DebouncedSearchInput({ value, onChange, ...props }: DebouncedSearchInputProps) {
  const [text, setText] = useState(value);
  const [applied, setApplied] = useState(value);
  const commit = useDebouncedCallback(onChange, SEARCH_DEBOUNCE_MS);

  // The search in effect changed. When it is not what was typed here (the address trims it),
  // it came from elsewhere: show it, and drop any search still waiting to be made.
  if (value !== applied) {
    setApplied(value);
    if (value !== text.trim()) {
      commit.cancel();
      setText(value);
    }
  }

  return (
    <TextInput
      type="search"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      {...props}
    />
  );
}
