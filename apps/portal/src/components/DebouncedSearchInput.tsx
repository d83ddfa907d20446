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
  // The last search this box made: its echo from the address must not undo later typing.
  const [made, setMade] = useState(value);
  const commit = useDebouncedCallback((search: string) => {
    setMade(search.trim());
    onChange(search);
  }, SEARCH_DEBOUNCE_MS);

  // The search in effect changed. When it is neither what was typed here nor the search this
  // box made (the address trims it), it came from elsewhere: show it, and drop any search still
  // waiting to be made.
  if (value !== applied) {
    setApplied(value);
    if (value !== text.trim() && value !== made) {
      commit.cancel();
      setText(value);
      setMade(value);
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
