import { screen, within } from '@testing-library/react';
import { makeUser } from '../../../test/factories';
import { mockApi, ok } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { renderPage } from '../../../test/render-page';
import { CompliancePage } from './CompliancePage';
import type { PolicyCoverage } from '../api/policy-coverage-queries';
import type { DistributionRow } from '../api/training-distribution-queries';

const analyst = makeUser({ name: 'Hedy Lamarr', roles: ['analyst'] });
const SALES = '00000000-0000-4000-9000-000000000001';
const SUPPORT = '00000000-0000-4000-9000-000000000002';

const coverage: PolicyCoverage = {
  requiredVersion: 2,
  departments: [
    {
      departmentId: SALES,
      department: 'Sales',
      people: 10,
      enrolled: 8,
      acknowledged: 7,
      enrolledAcknowledged: 6,
      languages: [
        { language: 'en', people: 4 },
        { language: 'sv', people: 3 },
      ],
    },
    {
      departmentId: SUPPORT,
      department: 'Support',
      people: 5,
      enrolled: 0,
      acknowledged: 1,
      enrolledAcknowledged: 0,
      languages: [{ language: 'da', people: 1 }],
    },
    {
      departmentId: null,
      department: null,
      people: 1,
      enrolled: 1,
      acknowledged: 1,
      enrolledAcknowledged: 1,
      languages: [{ language: 'sv', people: 1 }],
    },
  ],
};

const distribution: DistributionRow[] = [
  { departmentId: SALES, department: 'Sales', people: 10, enrolled: 8, byStage: [2, 3, 4, 1] },
  { departmentId: null, department: null, people: 1, enrolled: 1, byStage: [0, 0, 0, 1] },
];

function complianceApi(answers: { coverage?: PolicyCoverage; distribution?: DistributionRow[] }) {
  return mockApi({
    'GET /api/policy/coverage': () => ok(answers.coverage ?? coverage),
    'GET /api/training/distribution': () => ok(answers.distribution ?? distribution),
  });
}

function renderCompliance() {
  return renderPage(CompliancePage, { path: '/compliance', user: analyst });
}

/** Each row as its header cell followed by its cells' text. */
function rowsOf(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
        (cell) => cell.textContent,
      ),
    );
}

describe('policy and training figures', () => {
  it('shows acknowledgments by department and language signed, with totals, and offers the CSV', async () => {
    complianceApi({});
    renderCompliance();

    expect(
      await screen.findByRole('heading', { name: 'Policy & training', level: 1 }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Acknowledgments by department' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Department',
      'People',
      'Enrolled',
      'Up to date',
      'Up to date, all people',
      'Signed in',
    ]);
    expect(rowsOf(table)).toEqual([
      ['Sales', '10', '8', '6 of 8 · 75%', '7 of 10 · 70%', 'English 4, Svenska 3'],
      ['Support', '5', '0', '0 of 0 · –', '1 of 5 · 20%', 'Dansk 1'],
      ['No department', '1', '1', '1 of 1 · 100%', '1 of 1 · 100%', 'Svenska 1'],
      ['Total', '16', '9', '7 of 9 · 78%', '9 of 16 · 56%', 'English 4, Svenska 4, Dansk 1'],
    ]);
    expect(
      within(table).getByRole('progressbar', { name: 'Enrolled people up to date in Sales' }),
    ).toHaveAttribute('aria-valuenow', '75');
    expect(screen.getByText(/acknowledged version 2 or a later one/)).toBeInTheDocument();
    expect(
      screen.getByText(/acknowledged the latest version that requires acknowledgment/),
    ).toBeInTheDocument();

    const csv = screen.getByRole('link', { name: 'Export acknowledgments (CSV)' });
    expect(csv).toHaveAttribute('href', '/api/policy/acknowledgments.csv');
    expect(csv).toHaveAttribute('download');
  });

  it('shows people by training stage with totals', async () => {
    complianceApi({});
    renderCompliance();

    const table = await screen.findByRole('table', { name: 'Training stages by department' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Department', 'People', 'Not started', 'Stage 1', 'Stage 2', 'Stage 3']);
    expect(rowsOf(table)).toEqual([
      ['Sales', '10', '2', '3', '4', '1'],
      ['No department', '1', '0', '0', '0', '1'],
      ['Total', '11', '2', '3', '4', '2'],
    ]);
    expect(screen.getByText(/the highest stage they passed/)).toBeInTheDocument();
  });

  it('says when no policy is published yet', async () => {
    complianceApi({ coverage: { requiredVersion: 0, departments: [] } });
    renderCompliance();

    expect(await screen.findByText(/No policy is published yet/)).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Acknowledgments by department' }),
    ).not.toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Training stages by department' }),
    ).toBeInTheDocument();
  });

  it('is for analysts and administrators', async () => {
    const api = mockApi({
      'GET /api/me': () => ok(makeUser({ roles: ['curator'] })),
    });
    // Who may open a page is decided by the routes' guard: the whole portal is under test.
    renderApp('/compliance');

    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/policy/coverage')).toHaveLength(0);
  });
});
