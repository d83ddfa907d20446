import { Tabs, Text, Textarea, type TextareaProps } from '@mantine/core';
import { useState } from 'react';
import { Markdown } from './Markdown';

interface MarkdownEditorProps extends Omit<TextareaProps, 'value' | 'onChange'> {
  /** The Markdown text. */
  value: string;
  onChange: (value: string) => void;
  /** Names of the two tabs, and what the preview says while there is nothing to show. */
  writeLabel: string;
  previewLabel: string;
  emptyPreview: string;
  /** Accessible name of the tab list. */
  tabsLabel: string;
}

/**
 * A Markdown field with a Write tab (the text) and a Preview tab (the text as readers will see
 * it, rendered as safely as it will be for them). Its labels are given, as each feature words
 * them.
 */
export function MarkdownEditor({
  value,
  onChange,
  writeLabel,
  previewLabel,
  emptyPreview,
  tabsLabel,
  ...textarea
}: MarkdownEditorProps) {
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  return (
    <Tabs value={tab} onChange={(next) => setTab(next === 'preview' ? 'preview' : 'write')}>
      <Tabs.List aria-label={tabsLabel}>
        <Tabs.Tab value="write">{writeLabel}</Tabs.Tab>
        <Tabs.Tab value="preview">{previewLabel}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="sm">
        <Textarea
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          rows={14}
          resize="vertical"
          {...textarea}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="sm">
        {tab === 'preview' &&
          (value.trim() === '' ? (
            <Text c="dimmed">{emptyPreview}</Text>
          ) : (
            <Markdown>{value}</Markdown>
          ))}
      </Tabs.Panel>
    </Tabs>
  );
}
