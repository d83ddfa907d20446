import { Anchor, Text } from '@mantine/core';

const URL_PATTERN = /(https?:\/\/[^\s<>"']+)/g;
// Punctuation that ends a sentence rather than the link.
const TRAILING = /[.,;:!?)\]]+$/;

/** Plain text with its web addresses made into links; line breaks are kept. */
export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <Text component="div" size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts.map((part, index) => {
        // split() with a capturing group puts the addresses at the odd positions.
        if (index % 2 === 0) return part;
        const trailing = TRAILING.exec(part)?.[0] ?? '';
        const href = part.slice(0, part.length - trailing.length);
        return (
          <span key={index}>
            <Anchor href={href} target="_blank" rel="noreferrer">
              {href}
            </Anchor>
            {trailing}
          </span>
        );
      })}
    </Text>
  );
}
