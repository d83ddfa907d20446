import { Typography } from '@mantine/core';
import ReactMarkdown, { type Components } from 'react-markdown';

/** Links leave the portal in a new tab, without handing it a reference to this window. */
const COMPONENTS: Components = {
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ),
};

/**
 * Markdown written by admins and curators (the policy, lessons), rendered safely: raw HTML is
 * dropped, and react-markdown only lets http(s), mailto and relative links through.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <Typography>
      <ReactMarkdown skipHtml components={COMPONENTS}>
        {children}
      </ReactMarkdown>
    </Typography>
  );
}
