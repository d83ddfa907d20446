import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Markdown } from './Markdown';

const renderWithProviders = (node: ReactNode) => render(<MantineProvider>{node}</MantineProvider>);

describe('Markdown', () => {
  it('renders headings, lists and links, opening links in a new tab', () => {
    renderWithProviders(
      <Markdown>
        {'## Confidential\n\n- If in doubt, leave it out\n\n[Press](https://x.example/press)'}
      </Markdown>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Confidential' })).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('If in doubt, leave it out');
    const link = screen.getByRole('link', { name: 'Press' });
    expect(link).toHaveAttribute('href', 'https://x.example/press');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('drops raw HTML and script links', () => {
    renderWithProviders(
      <Markdown>
        {'<img src=x onerror=alert(1)> <b>bold</b>\n\n[click](javascript:alert(1))'}
      </Markdown>,
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByText('bold', { selector: 'b' })).not.toBeInTheDocument();
    expect(screen.getByText('click')).not.toHaveAttribute(
      'href',
      expect.stringContaining('javascript'),
    );
  });
});
