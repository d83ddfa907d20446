import { screen, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

describe('home', () => {
  it('greets the user and explains each of their roles', async () => {
    mockApi({
      'GET /api/me': () => json(200, makeUser({ name: 'Ada', roles: ['employee', 'analyst'] })),
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada' })).toBeInTheDocument();
    const roles = screen.getByRole('list', { name: 'Your roles' });
    expect(
      within(roles)
        .getAllByRole('listitem')
        .map((badge) => badge.textContent),
    ).toEqual(['Employee', 'Analyst']);
    expect(screen.getByText('Shares approved content to their own networks.')).toBeInTheDocument();
    expect(screen.getByText('Measures participation and reach.')).toBeInTheDocument();
    expect(screen.queryByText('Curates content and suggested posts.')).not.toBeInTheDocument();
    expect(screen.queryByText('Manages people, policy and settings.')).not.toBeInTheDocument();
  });
});
