import { SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkifiedText } from './LinkifiedText';

type Part = 'text' | 'html';

/**
 * A kept message's text part, or its HTML part as the recipient's mail client would show it.
 * The HTML is shown in a frame sandboxed without any permission: no scripts, forms, pop-ups or
 * access to the portal, whatever the mail holds.
 */
export function KeptMessage({
  message,
  initialPart = 'text',
}: {
  message: { subject: string; text: string; html: string | null };
  /** The part shown first. */
  initialPart?: Part;
}) {
  const { t } = useTranslation();
  const [part, setPart] = useState<Part>(initialPart);

  return (
    <Stack gap="sm">
      {message.html !== null && (
        <SegmentedControl
          aria-label={t('outbox.parts.label')}
          size="xs"
          w="fit-content"
          value={part}
          onChange={(value) => setPart(value as Part)}
          data={[
            { value: 'text', label: t('outbox.parts.text') },
            { value: 'html', label: t('outbox.parts.html') },
          ]}
        />
      )}
      {part === 'html' && message.html !== null ? (
        <iframe
          title={t('outbox.parts.frame', { subject: message.subject })}
          srcDoc={message.html}
          sandbox=""
          referrerPolicy="no-referrer"
          style={{ width: '100%', height: 560, border: 0, background: 'white' }}
        />
      ) : (
        <LinkifiedText text={message.text} />
      )}
    </Stack>
  );
}
