import { Button, CopyButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface CopyTextButtonProps {
  value: string;
  /** What is copied, for a screen reader: "Copy the link to …"; "Copy" alone by default. */
  label?: string;
}

/** "Copy", then "Copied" for a moment once the value is on the clipboard. */
export function CopyTextButton({ value, label }: CopyTextButtonProps) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <Button
          size="compact-sm"
          variant={copied ? 'filled' : 'light'}
          color={copied ? 'teal' : undefined}
          onClick={copy}
          aria-label={copied ? undefined : label}
        >
          {copied ? t('sharing.copy.copied') : t('sharing.copy.copy')}
        </Button>
      )}
    </CopyButton>
  );
}
