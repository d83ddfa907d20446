import { screen, within } from '@testing-library/react';
import { DEFAULT_POINT_RULES } from '@chorus/core';
import { mockApi, ok } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { PointsPage } from './PointsPage';
import { makePointRules } from './points-factories';

describe('how points are earned', () => {
  it('shows every rule with its definition and value, rules turned off as off, and the limits', async () => {
    const rules = structuredClone(DEFAULT_POINT_RULES);
    rules.ownWords.enabled = false;
    rules.verified.points = 3;
    mockApi({ 'GET /api/points/rules': () => ok(makePointRules({ rules })) });

    renderPage(PointsPage, { path: '/points' });

    const table = await screen.findByRole('table');
    const row = (name: string) =>
      within(table)
        .getAllByRole('row')
        .find((each) => within(each).queryByText(name))!;
    expect(row('A share')).toHaveTextContent('A share counts: you completed sharing a post.+1');
    expect(row('Verified share')).toHaveTextContent('+3');
    expect(row('In your own words')).toHaveTextContent('Off');
    expect(row('Clicks')).toHaveTextContent('every 10 clicks, at most 10 points per post');
    expect(screen.getByText('At most 3 shares a day count.')).toBeInTheDocument();
    expect(screen.getByText('Your own clicks never count.')).toBeInTheDocument();
  });

  it('dates the rules in force like every other day the portal shows', async () => {
    mockApi({
      'GET /api/points/rules': () =>
        ok(makePointRules({ effectiveFrom: '2026-11-03T12:00:00.000Z' })),
    });
    renderPage(PointsPage, { path: '/points', language: 'de' });

    expect(await screen.findByText(/3\. Nov\. 2026/)).toBeInTheDocument();
  });
});
